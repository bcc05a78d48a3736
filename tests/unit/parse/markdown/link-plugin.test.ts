import { describe, expect, it } from 'vitest';
import { bibliography } from '../../../../src/data/references.ts';
import { PICTURE_OK } from '../../../../src/deck/picture-file.ts';
import { isSafeUrl, urlScheme } from '../../../../src/deck/safe-url.ts';
import { createMarkdownParser } from '../../../../src/parse/markdown/create-markdown-parser.ts';
import type { ParseEnv } from '../../../../src/parse/markdown/parse-env.ts';
import { renderTokens } from '../../../../src/render/render-markdown.ts';
import { deckContext } from '../../../support/render-sources.ts';

describe('a link’s scheme', () => {
  it('is read as a browser reads it, through case, tabs, newlines and leading control characters', () => {
    expect(urlScheme('JavaScript:alert(1)')).toBe('javascript');
    expect(urlScheme('java\tscr\nipt:alert(1)')).toBe('javascript');
    expect(urlScheme('\u0001 javascript:alert(1)')).toBe('javascript');
    expect(urlScheme('#/coproduction')).toBeUndefined();
    expect(urlScheme('../assets/a.svg')).toBeUndefined();
  });

  it('is safe only when it is none, http(s), mailto or tel', () => {
    expect(
      ['https://a.org', 'http://a.org', 'mailto:a@b.org', 'tel:+44', '#/x', 'a.html'].every(isSafeUrl),
    ).toBe(true);
    expect(['javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd'].some(isSafeUrl)).toBe(
      false,
    );
  });
});

describe('the rendered link', () => {
  const env = (): ParseEnv => ({
    file: 'slides/01-a.md',
    lineOffset: 0,
    bibliography,
    datasets: new Map(),
    inspectPicture: () => PICTURE_OK,
    pictureFolders: ['assets', 'slides'],
    closestCitationKey: () => undefined,
    diagnostics: [],
    citedKeys: new Set(),
    slideLinks: [],
  });
  const render = (markdown: string, context: ParseEnv) =>
    renderTokens(createMarkdownParser().parse(markdown, context), deckContext());

  it('keeps a safe href and drops an unsafe one, after reporting it', () => {
    const context = env();
    const html = render(
      '[a](https://a.org) [b](javascript:alert(1)) ![c](data:image/png;base64,AA)',
      context,
    );
    expect(html).toBe('<p><a href="https://a.org">a</a> <a>b</a> <img alt="c"></p>\n');
    expect(context.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'image "data:image/png;base64,AA" is not a file in the project',
      'link "javascript:alert(1)" uses "javascript:", which is not allowed in slides',
    ]);
  });

  it('to a slide is kept for the loader to check, with its line', () => {
    const context = env();
    render('See\n[the start](#/title) and [step 2](#/coproduction/2), not [#/3](#/3).', context);
    expect(context.slideLinks).toEqual([
      { id: 'title', file: 'slides/01-a.md', line: 2 },
      { id: 'coproduction', file: 'slides/01-a.md', line: 2 },
    ]);
  });
});
