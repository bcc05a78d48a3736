import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { SOCIAL_CARD } from '../../src/render/render-social-meta.ts';
import { talk } from '../../src/data/talk.ts';

const distDir = inject('distDir');

function builtHead(): Document {
  const window = new Window();
  window.document.write(readFileSync(join(distDir, 'index.html'), 'utf8'));
  return window.document as unknown as Document;
}

describe('sharing a link to the built deck', () => {
  it('gives previews the talk’s title, description, author and card', () => {
    const head = builtHead();
    expect(head.title).toBe(talk.title);
    expect(head.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(talk.description);
    expect(head.querySelector('meta[name="author"]')?.getAttribute('content')).toBe(talk.speaker);
    expect(head.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(talk.title);
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(
      /social-card\.png$/,
    );
  });

  it('ships the card made from the title slide at 1200 × 630, with the slide drawn on it', () => {
    const card = PNG.sync.read(readFileSync(join(distDir, SOCIAL_CARD.fileName)));
    expect([card.width, card.height]).toEqual([SOCIAL_CARD.width, SOCIAL_CARD.height]);
    let dark = 0;
    for (let i = 0; i < card.data.length; i += 4) if ((card.data[i] ?? 255) < 80) dark++;
    // The title's letters: a blank or failed capture has none.
    expect(dark).toBeGreaterThan(5000);
  });
});
