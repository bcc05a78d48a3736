// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DECK_OPTIONS } from '../../../src/browser/deck/deck-options.ts';
import {
  allowInlineCode,
  createContentSecurityPolicy,
  DECK_SLIDE_SIZE,
  hashSource,
} from '../../../src/site/content-security-policy.ts';
import { cspPlugin } from '../../../src/site/csp-plugin.ts';
import { findInlineCode } from '../../../src/site/find-inline-code.ts';

/** The policy's directives by name, each with its list of sources. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('the inline code of a page', () => {
  it('finds no style element in a style written inside a script, as a string of its code', () => {
    const page = '<script type="module">w("<style>b{}</style>")</script><style>p{}</style>';
    expect(findInlineCode(page)).toEqual({ scripts: ['w("<style>b{}</style>")'], styles: ['p{}'] });
  });
});

describe("the deck's Content Security Policy", () => {
  const policy = directives(createContentSecurityPolicy({ slideSize: DECK_SLIDE_SIZE }));

  it('loads everything from the site itself, and no plugins, bases or form targets elsewhere', () => {
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['img-src']).toEqual(["'self'", 'data:']);
    for (const name of ['font-src', 'connect-src', 'frame-src']) expect(policy[name]).toEqual(["'self'"]);
  });

  it('runs no inline script and no eval: the speaker view is a page of the site', () => {
    expect(policy['script-src']).toEqual(["'self'"]);
  });

  it('allows style elements by hash only, and relaxes only style attributes', () => {
    const styles = policy['style-src'] ?? [];
    expect(styles).toEqual([
      "'self'",
      hashSource('@page{size:1344px 756px; margin: 0px;}'),
      hashSource(
        '.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: 1280px; max-height:720px}',
      ),
    ]);
    // reveal.js's scroll view re-parses the style attributes it set: see createContentSecurityPolicy.
    expect(policy['style-src-attr']).toEqual(["'unsafe-inline'"]);
  });

  it('hashes the print view’s styles for the slide size reveal.js is really given', () => {
    const { width, height, margin } = DECK_OPTIONS;
    expect(DECK_SLIDE_SIZE).toEqual({ width, height, margin });
  });

  it('is added to built pages only: the dev server injects inline scripts the policy would block', () => {
    expect(cspPlugin().apply).toBe('build');
  });
});

describe('the policy of the single file, whose bundle is inline', () => {
  const base = "default-src 'self'; script-src 'self' 'sha256-a='; font-src 'self'; object-src 'none'";
  const code = { scripts: ['run()'], styles: ['p{}'] };

  it('adds the hashes of the page’s own script and style, and keeps every other directive', () => {
    const policy = directives(allowInlineCode(base, code));
    expect(policy['script-src']).toEqual(["'self'", "'sha256-a='", hashSource('run()')]);
    // No style-src yet: it starts from default-src, as the browser would have read it.
    expect(policy['style-src']).toEqual(["'self'", hashSource('p{}')]);
    expect(policy['font-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it('loads fonts from data: URLs only when the page embeds them', () => {
    expect(directives(allowInlineCode(base, code, { embeddedFonts: true }))['font-src']).toEqual([
      "'self'",
      'data:',
    ]);
  });
});
