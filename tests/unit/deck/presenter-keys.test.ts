import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  actionOfKey,
  DECK_KEYS,
  formatKeyTable,
  keysLabel,
  SPEAKER_VIEW_KEYS,
} from '../../../src/deck/presenter-keys.ts';

const README = readFileSync(join(process.cwd(), 'README.md'), 'utf8');

/** The Markdown tables of the README's "Presenting" section, in order. */
function presentingTables(): string[] {
  const section = README.slice(
    README.indexOf('## Presenting'),
    README.indexOf('\n## ', README.indexOf('## Presenting') + 1),
  );
  return [...section.matchAll(/^\| key \| does \|\n(?:\|.*\|\n?)+/gm)].map((match) => match[0].trim());
}

const press = (
  key: string,
  modifiers: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
) => ({
  key,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

describe('the key tables of the README', () => {
  it('are the deck’s keys and the speaker view’s, as the page handles and lists them', () => {
    expect(presentingTables()).toEqual([formatKeyTable(DECK_KEYS), formatKeyTable(SPEAKER_VIEW_KEYS)]);
  });
});

describe('the deck’s keys', () => {
  it('include what a clicker sends and the keys to the first and last slide', () => {
    expect(actionOfKey(DECK_KEYS, press('PageDown'))).toBe('next');
    expect(actionOfKey(DECK_KEYS, press('PageUp'))).toBe('previous');
    expect(actionOfKey(DECK_KEYS, press('Home'))).toBe('first');
    expect(actionOfKey(DECK_KEYS, press('End'))).toBe('last');
  });

  it('match a letter in either case, and ? as typed', () => {
    expect(actionOfKey(DECK_KEYS, press('N'))).toBe('next');
    expect(actionOfKey(DECK_KEYS, press('b'))).toBe('blackout');
    expect(actionOfKey(DECK_KEYS, press('?'))).toBe('help');
  });

  it('leave reveal.js’s other defaults and the browser’s shortcuts alone', () => {
    for (const key of ['h', 'j', 'k', 'l', 'v', 'F1', '/', ':', 'a'])
      expect(actionOfKey(DECK_KEYS, press(key))).toBeUndefined();
    expect(actionOfKey(DECK_KEYS, press('ArrowRight', { altKey: true }))).toBeUndefined();
    expect(actionOfKey(DECK_KEYS, press('ArrowRight', { shiftKey: true }))).toBeUndefined();
    expect(actionOfKey(DECK_KEYS, press(' ', { shiftKey: true }))).toBeUndefined();
    expect(actionOfKey(DECK_KEYS, press('?', { shiftKey: true }))).toBe('help');
    expect(actionOfKey(DECK_KEYS, press('N', { shiftKey: true }))).toBe('next');
    expect(actionOfKey(DECK_KEYS, press('f', { ctrlKey: true }))).toBeUndefined();
    expect(actionOfKey(DECK_KEYS, press('s', { metaKey: true }))).toBeUndefined();
  });

  it('give each key one action, in each table', () => {
    for (const table of [DECK_KEYS, SPEAKER_VIEW_KEYS]) {
      const keys = table.flatMap((binding) => binding.keys.map((each) => each.key));
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('are written as a person reads them', () => {
    expect(DECK_KEYS.map(keysLabel).slice(0, 2)).toEqual([
      '→, ↓, Space, Page Down or N',
      '←, ↑, Page Up or P',
    ]);
  });
});
