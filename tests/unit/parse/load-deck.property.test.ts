// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasets } from '../../../src/data/datasets.ts';
import { bibliography } from '../../../src/data/references.ts';
import { PICTURE_OK, type PictureFile } from '../../../src/deck/picture-file.ts';
import { loadDeck, type SlideSource } from '../../../src/parse/load-deck.ts';
import { createMarkdownParser } from '../../../src/parse/markdown/create-markdown-parser.ts';
import type { ParseEnv } from '../../../src/parse/markdown/parse-env.ts';
import { renderDeck } from '../../../src/render/render-deck.ts';
import { renderHandout } from '../../../src/render/render-handout.ts';
import { renderTokens } from '../../../src/render/render-markdown.ts';
import { deckContext, TEST_SOURCES } from '../../support/render-sources.ts';

// Fixed seed and bounded runs: the same inputs on every machine, in a few seconds per property.
const RUNS = { seed: 20_240_607, numRuns: 150 } as const;
// Parsing every rendered deck with happy-dom takes a while on a busy two-core machine.
const SLOW = { timeout: 60_000 };

/** Markdown the loader accepts, though it spells out markup, scripts and script URLs as text or code. */
const SAFE_PIECES = [
  '## A heading [@sepucha2008]',
  'Cited [@sepucha2008; @mulley2012].',
  '- a list item\n- another',
  '1. a numbered item',
  '> a quote',
  '| goal | patients |\n|:--|--:|\n| live | 59% |',
  '![A lamp](../assets/lamp.svg)',
  '![A lamp" onerror="alert(1)](../assets/lamp.svg)',
  '::: steps\n- one\n- two\n:::',
  '::: chart sepucha-2008\n:::',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '    <img src=x onerror=alert(1)>',
  '\\<script>alert(1)\\</script>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;img src=x onerror=alert(1)&#62;',
  '[x](java\tscript:alert(1))',
  'javascript:alert(1) as plain text',
  '[x](https://example.com "title\' onmouseover=alert(1)")',
  '[x](https://example.com/?q="><script>alert(1)</script>)',
  '<https://example.com/"onmouseover="alert(1)>',
  '[x](#/references)',
  '[x](mailto:a@example.com)',
  '"quotes" & \'apostrophes\' <- not a tag',
];

/** Markdown that must be reported: raw HTML, and links that would run script or carry a document. */
const UNSAFE_PIECES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://example.com"></iframe>',
  '<style>body{}</style>',
  '<!-- hidden -->',
  'Some <b\nonclick=alert(1)>bold</b> text',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '[x](data:image/png;base64,AAAA)',
  '<javascript:alert(1)>',
  '[x][r]\n\n[r]: javascript:alert(1)',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml,<svg onload=alert(1)>)',
];

/** Lines that split and mark slides, or open directives, wherever they fall. */
const STRUCTURE = ['---', '', 'Note:', 'Note: say this', '::: steps', '::: chart', '::: references', ':::'];

const FRONT_MATTER = '---\ntitle: A section\n---\n\n';
const REFERENCES_FILE: SlideSource = {
  file: 'slides/09-references.md',
  source: '---\ntitle: References\nid: references\n---\n\n## References\n\n::: references\n:::\n',
};

/** Front matter an attacker might try: values are validated, or escaped where they reach the page. */
const ODD_FRONT_MATTERS = [
  '---\ntitle: "<script>alert(1)</script>"\nbackground: "red;background:url(javascript:alert(1))"\n---\n',
  "---\ntitle: Pictured\nimage: ../assets/lamp.svg\nalt: '\"><script>alert(1)</script>'\n---\n",
  '---\ntitle: x\nid: "a\\"b"\nlayout: "x onload=alert(1)"\n---\n',
  '---\ntitle: [unclosed\n---\n',
  '---\n&a [*a]\n---\n',
  '---\ntitle: x\nimage: "\\uD800"\nalt: lone surrogate\n---\n',
  '',
];

const text = fc.string({ unit: 'binary', maxLength: 40 });
const safeLine = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SAFE_PIECES) },
  { weight: 1, arbitrary: text },
);
const anyLine = fc.oneof(
  fc.constantFrom(...SAFE_PIECES),
  fc.constantFrom(...UNSAFE_PIECES),
  fc.constantFrom(...STRUCTURE),
  text,
);

/** A slide's Markdown, perhaps with notes: paragraphs apart, so each piece is its own block. */
const slide = fc
  .tuple(fc.array(safeLine, { minLength: 1, maxLength: 4 }), fc.array(safeLine, { maxLength: 2 }))
  .map(([content, notes]) => [...content, ...(notes.length > 0 ? ['Note:', ...notes] : [])].join('\n\n'));
const safeBody = fc.array(slide, { minLength: 1, maxLength: 3 }).map((slides) => slides.join('\n\n---\n\n'));

/** A deck of well-formed files whose text is drawn from the safe pieces and from arbitrary strings. */
const safeDeck = fc.array(safeBody, { minLength: 1, maxLength: 3 }).map((bodies): SlideSource[] => [
  ...bodies.map((markdown, index) => ({
    file: `slides/0${index + 1}-part-${index + 1}.md`,
    source: FRONT_MATTER + markdown,
  })),
  REFERENCES_FILE,
]);

/** Anything at all in a slide folder: any names, any front matter, any lines, files that are not UTF-8. */
const anyDeck = fc.array(
  fc.record({
    file: fc.oneof(
      fc.constantFrom('slides/01-a.md', 'slides/02-b.md', 'slides/x.md'),
      text.map((name) => `slides/${name}`),
    ),
    source: fc.oneof(
      fc
        .tuple(
          fc.constantFrom(FRONT_MATTER, ...ODD_FRONT_MATTERS),
          fc.array(anyLine, { maxLength: 10 }),
          fc.constantFrom('\n', '\n\n'),
        )
        .map(([frontMatter, lines, separator]) => frontMatter + lines.join(separator)),
      text,
      fc.constant(null),
    ),
  }),
  { maxLength: 4 },
);

const MISSING: PictureFile = { kind: 'missing' };
const options = { inspectPicture: (path: string) => (path === 'assets/lamp.svg' ? PICTURE_OK : MISSING) };

describe('the loader, for any input', () => {
  it('returns a deck or diagnostics with a place and a message, and never throws', SLOW, () => {
    fc.assert(
      fc.property(fc.oneof(anyDeck, safeDeck), fc.boolean(), (files, everyFileExists) => {
        const result = loadDeck(files, everyFileExists ? { inspectPicture: () => PICTURE_OK } : options);
        if (result.ok) return;
        expect(result.diagnostics.length).toBeGreaterThan(0);
        for (const diagnostic of result.diagnostics) {
          expect(diagnostic.message).not.toBe('');
          expect(Number.isInteger(diagnostic.line) && diagnostic.line >= 0).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it(
    'emits HTML without a script element, an event handler or a script URL, whatever the Markdown',
    SLOW,
    () => {
      let rendered = 0;
      fc.assert(
        fc.property(safeDeck, (files) => {
          const result = loadDeck(files, options);
          if (!result.ok) return;
          rendered++;
          expect(findUnsafeMarkup(renderDeck(result.deck, TEST_SOURCES))).toEqual([]);
          const talk = { title: 'T', speaker: 'S', organisation: 'O', language: 'en' };
          const handout = renderHandout(result.deck, { ...TEST_SOURCES, talk });
          expect(findUnsafeMarkup(handout.slice(handout.indexOf('<body')))).toEqual([]);
        }),
        RUNS,
      );
      // The property says something only if most generated decks were accepted and rendered.
      expect(rendered).toBeGreaterThan(RUNS.numRuns / 2);
    },
  );

  it('reports raw HTML and script links wherever they stand, rather than showing them', () => {
    const withUnsafePiece = fc
      .tuple(safeDeck, fc.nat(), fc.nat(), fc.constantFrom(...UNSAFE_PIECES))
      .map(([files, at, line, piece]) =>
        files.map((file, index) => {
          if (index !== at % (files.length - 1) || file.source === null) return file;
          const lines = file.source.split('\n\n');
          lines.splice(1 + (line % lines.length), 0, piece);
          return { ...file, source: lines.join('\n\n') };
        }),
      );
    fc.assert(
      fc.property(withUnsafePiece, (files) => {
        expect(loadDeck(files, options).ok).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('the Markdown renderer, even for tokens of input the loader reports', () => {
  const md = createMarkdownParser();

  it('never emits a script element, an event handler or a script URL', SLOW, () => {
    fc.assert(
      fc.property(fc.array(anyLine, { maxLength: 12 }), fc.boolean(), (lines, handout) => {
        const env: ParseEnv = {
          file: 'slides/01-any.md',
          lineOffset: 0,
          bibliography,
          datasets,
          inspectPicture: () => PICTURE_OK,
          pictureFolders: ['assets', 'slides'],
          closestCitationKey: () => undefined,
          diagnostics: [],
          citedKeys: new Set(),
          slideLinks: [],
        };
        const tokens = md.parse(lines.join('\n\n'), env);
        const context = {
          ...deckContext([...env.citedKeys]),
          ...(handout ? { target: 'handout' as const } : {}),
        };
        expect(findUnsafeMarkup(renderTokens(tokens, context))).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe('the safety check itself', () => {
  it('finds each kind of unsafe markup', () => {
    expect(
      findUnsafeMarkup(
        '<script>x</script><img src=x onerror=y><a href=" java\tscript:x">a</a>' +
          '<iframe srcdoc="x"></iframe><p style="color:red">p</p><a href="data:text/html,x">d</a>',
      ),
    ).toEqual([
      'raw <script',
      'raw on…= attribute',
      'element <script>',
      'onerror= on <img>',
      'href=" javascript:x" on <a>',
      'element <iframe>',
      'srcdoc= on <iframe>',
      'style="color:red" on <p>',
      'href="data:text/html,x" on <a>',
    ]);
  });

  it('passes a title that only looks like an attribute, inside quotes', () => {
    expect(findUnsafeMarkup('<a href="https://x" title="a\' onmouseover=b">x</a>')).toEqual([]);
  });
});

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'object',
  'embed',
  'base',
  'form',
  'meta',
  'link',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'cite',
]);
// markdown-it aligns table columns with a style attribute; an author can make no other (the CSP lets
// style attributes through, for reveal.js's scroll view).
const ALLOWED_STYLES = new Set(['text-align:left', 'text-align:center', 'text-align:right']);

/**
 * Lists every piece of markup in `html` that could run script or load something unexpected: parsed as a
 * browser would (happy-dom), plus a regex over the raw text for tags a parser might mend away.
 */
function findUnsafeMarkup(html: string): string[] {
  const problems: string[] = [];
  // Text is escaped, so every "<" in the output opens a tag and every '"' delimits an attribute value.
  if (/<\s*script/i.test(html)) problems.push('raw <script');
  if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html.replace(/"[^"]*"/g, '""'))) problems.push('raw on…= attribute');
  const document = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  for (const element of document.body.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`element <${tag}>`);
    for (const { name, value } of element.attributes) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on') || attribute === 'srcdoc') problems.push(`${attribute}= on <${tag}>`);
      if (URL_ATTRIBUTES.has(attribute) && isScriptUrl(value)) {
        problems.push(`${attribute}="${value.replace(/\t/g, '')}" on <${tag}>`);
      }
      if (attribute === 'style' && !ALLOWED_STYLES.has(value)) problems.push(`style="${value}" on <${tag}>`);
    }
  }
  return problems;
}

/** Whether a URL would run script or carry a document: checked apart from the code under test. */
function isScriptUrl(url: string): boolean {
  const squashed = [...url]
    .filter((char) => char.charCodeAt(0) > 0x20)
    .join('')
    .toLowerCase();
  return /^(javascript|vbscript|data|file):/.test(squashed);
}
