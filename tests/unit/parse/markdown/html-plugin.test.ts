import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/deck/format-diagnostic.ts';
import { PICTURE_OK } from '../../../../src/deck/picture-file.ts';
import { loadDeck } from '../../../../src/parse/load-deck.ts';

/** The report for a one-file deck whose body is `markdown`, starting on line 5; [] when it loads. */
function report(markdown: string): string[] {
  const result = loadDeck([{ file: 'slides/01-a.md', source: `---\ntitle: A\n---\n\n${markdown}\n` }], {
    inspectPicture: () => PICTURE_OK,
  });
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

describe('raw HTML in a slide', () => {
  it('is reported at the line of the tag, even in a list, a heading or a table', () => {
    expect(report('- one\n- two <b>bold</b>')).toEqual([
      'slides/01-a.md:6: raw HTML "<b>" is not allowed in slides\n  hint: use Markdown; to show a tag as text put it in `backticks`',
    ]);
    expect(report('## Hi <i>there</i>').map((line) => line.split('\n')[0])).toEqual([
      'slides/01-a.md:5: raw HTML "<i>" is not allowed in slides',
    ]);
    expect(report('| a |\n| - |\n| <br> |').map((line) => line.split('\n')[0])).toEqual([
      'slides/01-a.md:7: raw HTML "<br>" is not allowed in slides',
    ]);
  });

  it('is reported once per line, with a long tag shortened', () => {
    expect(report(`<div class="${'x'.repeat(50)}">a</div>`).map((line) => line.split('\n')[0])).toEqual([
      'slides/01-a.md:5: raw HTML "<div class="xxxxxxxxxxxxxxxxxxxxxxxxxxx…" is not allowed in slides',
    ]);
  });

  it('is fine inside code spans, code blocks and fences, escaped, or as an entity', () => {
    expect(report('`<script>alert(1)</script>`')).toEqual([]);
    expect(report('```html\n<script>alert(1)</script>\n```')).toEqual([]);
    expect(report('    <img src=x onerror=alert(1)>')).toEqual([]);
    expect(report('\\<b> and &lt;b&gt;')).toEqual([]);
  });

  it('is not confused with an autolink or a comparison', () => {
    expect(report('<https://example.com> and <me@example.com>')).toEqual([]);
    expect(report('if a <b then a < b')).toEqual([]);
  });
});
