import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const distDir = inject('distDir');

/** Text each Markdown parser carries in any build of it, minified or not. */
const PARSER_SIGNATURES = Object.freeze({
  marked: ['marked(): input parameter', 'markedjs/marked'],
  'markdown-it': ['markdown-it', 'html_block', 'linkify-it'],
});

describe('the built site', () => {
  it('ships no Markdown parser: every slide and note arrives rendered', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.(js|html)$/.test(file),
    );
    // The speaker view, which shows the notes, is built too: its code is checked with the rest.
    expect(files.some((file) => file.includes('speaker-view'))).toBe(true);
    const found = files.flatMap((file) => {
      const text = readFileSync(join(distDir, file), 'utf8');
      return Object.entries(PARSER_SIGNATURES)
        .filter(([, signatures]) => signatures.some((signature) => text.includes(signature)))
        .map(([parser]) => `${file}: ${parser}`);
    });
    expect(found).toEqual([]);
  });
});
