import { createHash } from 'node:crypto';
import { SLIDE_MARGIN, SLIDE_SIZE } from '../deck/geometry.ts';
import type { InlineCode } from './find-inline-code.ts';

/** A slide size as reveal.js is configured with it. */
export interface SlideSize {
  readonly width: number;
  readonly height: number;
  /** Fraction of the size kept empty around a slide. */
  readonly margin: number;
}

/** The deck's slide size, from src/deck/geometry.ts, as the runtime gives it to reveal.js. */
export const DECK_SLIDE_SIZE: SlideSize = Object.freeze({ ...SLIDE_SIZE, margin: SLIDE_MARGIN });

/** What the policy must allow besides the site's own files. */
export interface PolicyInputs {
  /** The slide size, which reveal.js's print view writes into two `<style>` elements. */
  readonly slideSize: SlideSize;
  /** The text of each inline script the page holds, allowed by its hash. Default: none. */
  readonly inlineScripts?: readonly string[];
}

/** Returns a CSP hash source (`'sha256-…'`) for an inline script or style element. */
export function hashSource(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/**
 * The two style elements reveal.js's print view (`?print-pdf`) adds: the page size and the largest
 * picture. Computed the way reveal.js 6 computes them (js/controllers/printview.js).
 */
export function printViewStyles({ width, height, margin }: SlideSize): string[] {
  const pageWidth = Math.floor(width * (1 + margin));
  const pageHeight = Math.floor(height * (1 + margin));
  return [
    `@page{size:${pageWidth}px ${pageHeight}px; margin: 0px;}`,
    `.reveal section>img, .reveal section>video, .reveal section>iframe{max-width: ${width}px; max-height:${height}px}`,
  ];
}

/**
 * Returns the deck's Content Security Policy. Everything comes from the site itself; no inline script
 * runs, and no eval at all:
 * - script: the site's own files, and the page's own inline scripts by their hashes (index.html's one
 *   line that holds a deep link's first paint). The speaker view is a page of the site (`?speaker`), not
 *   one written into a popup.
 * - style elements, by hash only: the two reveal.js's print view (`?print-pdf`) adds for the PDF's page
 *   size.
 * - style attributes (`style-src-attr 'unsafe-inline'`), the one relaxation: when the window narrows
 *   out of the reading view, reveal.js 6 puts back the slides by re-parsing their saved HTML
 *   (`slides.innerHTML = slideHTMLBeforeActivation`), with the style attributes it had set through the
 *   CSSOM; their values depend on the window and chart sizes, so no hash can list them. Attributes
 *   cannot load or run anything, and slide markup is the build's own: Markdown with raw HTML refused.
 *   reveal.js and Chart.js otherwise style through the CSSOM, which CSP does not restrict.
 * - `img-src data:`: reveal.css draws its loading spinner and some controls from data: URLs.
 * - `frame-src 'self'`: the speaker view shows the current and next slide in iframes of the deck.
 */
export function createContentSecurityPolicy({ slideSize, inlineScripts = [] }: PolicyInputs): string {
  const styles = printViewStyles(slideSize);
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...hashSources(inlineScripts)],
    'style-src': ["'self'", ...hashSources(styles)],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'frame-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'none'"],
  };
  return formatPolicy(Object.entries(directives));
}

/**
 * Returns `policy` widened to run a page's own inline code, allowed by hash, and, when the page embeds
 * its fonts, to load fonts from data: URLs: for the single-file build, whose whole bundle is inline. A
 * directive the policy lacks starts from its `default-src`, as the browser would have read it.
 */
export function allowInlineCode(policy: string, code: InlineCode, { embeddedFonts = false } = {}): string {
  const directives = new Map(
    policy.split(';').map((directive): [string, string[]] => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
  const additions: [string, readonly string[]][] = [
    ['script-src', hashSources(code.scripts)],
    ['style-src', hashSources(code.styles)],
    ['font-src', embeddedFonts ? ['data:'] : []],
  ];
  for (const [name, sources] of additions) {
    if (sources.length === 0) continue;
    const current = directives.get(name) ?? directives.get('default-src') ?? [];
    directives.set(name, [...new Set([...current, ...sources])]);
  }
  return formatPolicy([...directives]);
}

function hashSources(codes: readonly string[]): string[] {
  return [...new Set(codes.map(hashSource))];
}

function formatPolicy(directives: readonly (readonly [string, readonly string[]])[]): string {
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}
