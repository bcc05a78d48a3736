import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/deck/format-diagnostic.ts';
import { PICTURE_OK } from '../../../../src/deck/picture-file.ts';
import { loadDeck } from '../../../../src/parse/load-deck.ts';

function load(markdown: string) {
  return loadDeck([{ file: 'slides/02-who.md', source: `---\ntitle: Who\n---\n\n${markdown}\n` }], {
    inspectPicture: () => PICTURE_OK,
  });
}

/** The report for a one-file deck whose body is `markdown`, starting on line 5; [] when it loads. */
function report(markdown: string): string[] {
  const result = load(markdown);
  return result.ok ? [] : result.diagnostics.map(formatDiagnostic);
}

const firstLines = (markdown: string) => report(markdown).map((line) => line.split('\n')[0]);

describe('a poll in a slide', () => {
  it('gives the slide its options, in order, named by the slide id', () => {
    const result = load('## Who?\n\n::: poll many\n- a *patient*\n- a `clinician`\n:::');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const slide = result.deck.sections[0]?.slides[0];
    expect(slide?.poll).toEqual({ id: 'who', choice: 'many', options: ['a patient', 'a clinician'] });
    // The options are the steps of the "hands up" list.
    expect(slide?.stepCount).toBe(2);
  });

  it('picks one option unless it says many', () => {
    const result = load('::: poll\n- yes\n- no\n:::');
    expect(result.ok && result.deck.sections[0]?.slides[0]?.poll?.choice).toBe('one');
  });

  it('reports an unknown kind with the two it may be', () => {
    expect(report('::: poll several\n- yes\n- no\n:::')).toEqual([
      'slides/02-who.md:5: unknown poll kind "several" in "::: poll several"\n' +
        '  hint: write "::: poll" (each person picks one option) or "::: poll many" (one or more)',
    ]);
  });

  it('reports a poll without a list, and text beside the list, at their lines', () => {
    expect(firstLines('::: poll\nWho are you?\n:::')).toEqual([
      'slides/02-who.md:5: "::: poll" has no list of options',
      'slides/02-who.md:6: a poll holds only its list of options',
    ]);
    expect(firstLines('::: poll\n- yes\n- no\n\nor not\n:::')).toEqual([
      'slides/02-who.md:9: a poll holds only its list of options',
    ]);
  });

  it('reports too few or too many options', () => {
    expect(firstLines('::: poll\n- only\n:::')).toEqual(['slides/02-who.md:6: a poll has 1 option']);
    const thirteen = Array.from({ length: 13 }, (_, i) => `- option ${i + 1}`).join('\n');
    expect(firstLines(`::: poll\n${thirteen}\n:::`)).toEqual(['slides/02-who.md:6: a poll has 13 options']);
  });

  it('reports an empty, a long, a nested and a repeated option at its line', () => {
    expect(firstLines('::: poll\n- yes\n-\n- no\n:::')).toEqual([
      'slides/02-who.md:7: a poll option is empty',
    ]);
    expect(firstLines(`::: poll\n- yes\n- ${'x'.repeat(81)}\n:::`)).toEqual([
      'slides/02-who.md:7: a poll option is 81 characters long',
    ]);
    expect(firstLines('::: poll\n- yes\n  - really\n- no\n:::')).toEqual([
      'slides/02-who.md:7: a poll option is one line of text',
    ]);
    expect(firstLines('::: poll\n- Yes\n- no\n- yes\n:::')).toEqual([
      'slides/02-who.md:8: the poll option "yes" is there twice',
    ]);
  });

  it('reports a second poll on one slide', () => {
    expect(firstLines('::: poll\n- a\n- b\n:::\n\n::: poll\n- c\n- d\n:::')).toEqual([
      'slides/02-who.md:10: a second "::: poll" on one slide',
    ]);
  });

  it('keeps an option that names a prototype member as plain text', () => {
    const result = load('::: poll\n- `__proto__`\n- constructor\n:::');
    expect(result.ok && result.deck.sections[0]?.slides[0]?.poll?.options).toEqual([
      '__proto__',
      'constructor',
    ]);
  });
});
