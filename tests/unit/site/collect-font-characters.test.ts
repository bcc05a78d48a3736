import { describe, expect, it } from 'vitest';
import { collectFontCharacters } from '../../../src/site/collect-font-characters.ts';

describe('the characters a font subset keeps', () => {
  it('keeps all of printable ASCII, from space to tilde, even with no text', () => {
    const characters = collectFontCharacters([]);
    expect(characters).toHaveLength(95);
    expect(characters.startsWith(' !"#')).toBe(true);
    expect(characters.endsWith('|}~')).toBe(true);
  });

  it('adds the typographic quotes, dashes and letters the texts use, once each, in code point order', () => {
    const characters = collectFontCharacters(['Sepucha’s “goals” – 17–21…', 'Café ’']);
    expect(characters.slice(95)).toBe('é–’“”…');
  });

  it('keeps a no-break space but no control character, line separator or byte-order mark', () => {
    const characters = collectFontCharacters(['a\u00a0b\n\t\u2028\ufeff\u0007']);
    expect(characters.slice(95)).toBe('\u00a0');
  });

  it('keeps a character beyond the Basic Multilingual Plane whole', () => {
    expect(collectFontCharacters(['𝑥']).slice(95)).toBe('𝑥');
  });
});
