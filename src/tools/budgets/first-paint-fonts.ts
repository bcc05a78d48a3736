import type { Window } from 'happy-dom';
import { resolveInSite } from './resolve-in-site.ts';

/** A stylesheet of the page: where it is in the built site (for its relative URLs) and its text. */
export interface Stylesheet {
  /** Path inside the built site: `assets/index-DKlBr0cj.css`. */
  readonly path: string;
  readonly text: string;
}

/** One `@font-face` rule, reduced to what font matching needs. */
interface FontFace {
  readonly family: string;
  readonly style: 'normal' | 'italic' | 'oblique';
  /** Inclusive weight range: `[400, 400]`, or `[100, 900]` for a variable font. */
  readonly weight: readonly [number, number];
  /** The first `src` URL, resolved to a path inside the built site: the file Chromium fetches. */
  readonly file: string;
}

type ElementLike = Window['document']['body'];

/**
 * The font files the page's stylesheets make the browser fetch to draw the text it lays out at first
 * paint, the first slide's included. The rule, deterministic and independent of reveal.js's classes:
 * every text in `<body>` counts unless an element around it has `display: none`, the first slide's own
 * `display` being ignored (reveal.js shows it); so with a page that shows every slide before its script
 * runs, every slide's text counts, as Chromium then fetches their fonts too. Each text takes the first
 * family of its computed `font-family` that has `@font-face` rules, and of those the face CSS font
 * matching picks for its style and weight (`unicode-range` is not considered); that face's first `src` is
 * the file fetched. Styles are computed by happy-dom at `window`'s size, with the browser's font defaults
 * added. `window` holds the page with `stylesheets` applied as `<style>` elements. Returns paths inside
 * the built site, each once, in the order first used.
 */
export function findFirstPaintFonts(window: Window, stylesheets: readonly Stylesheet[]): string[] {
  const faces = stylesheets.flatMap(parseFontFaces);
  const defaults = window.document.createElement('style');
  defaults.textContent = BROWSER_FONT_DEFAULTS;
  window.document.head.prepend(defaults);
  const firstSlide = window.document.querySelector('.slides > section');
  const files = new Set<string>();
  const visit = (element: ElementLike): void => {
    if (NOT_DRAWN.has(element.localName)) return;
    const style = window.getComputedStyle(element);
    if (element !== firstSlide && style.display === 'none') return;
    if (hasOwnText(element)) {
      const face = matchFace(faces, style.fontFamily, parseWeight(style.fontWeight), style.fontStyle);
      if (face) files.add(face.file);
    }
    for (const child of element.children) visit(child as ElementLike);
  };
  visit(window.document.body);
  return [...files];
}

/**
 * The browser's own font rules (HTML's rendering section), which happy-dom does not apply. Inside
 * `:where()` they weigh nothing, so any rule of the page's own overrides them, as in a browser. `bolder`
 * is taken as `bold`: the same face for text of normal weight.
 */
const BROWSER_FONT_DEFAULTS = `
  :where(h1, h2, h3, h4, h5, h6, b, strong, th) { font-weight: bold; }
  :where(em, i, cite, var, dfn, address) { font-style: italic; }
  :where(code, kbd, samp, pre) { font-family: monospace; }
`;

/** Elements whose text is never drawn. */
const NOT_DRAWN = new Set(['script', 'style', 'template', 'noscript', 'title']);

function hasOwnText(element: ElementLike): boolean {
  return [...element.childNodes].some(
    (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
  );
}

const FONT_FACE = /@font-face\s*\{([^}]*)\}/g;
const FIRST_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/;

function parseFontFaces(sheet: Stylesheet): FontFace[] {
  return [...sheet.text.matchAll(FONT_FACE)].flatMap(([, block = '']) => {
    const family = unquote(declaration(block, 'font-family') ?? '');
    const url = FIRST_URL.exec(declaration(block, 'src') ?? '')?.[2];
    if (!family || !url) return [];
    const file = resolveInSite(sheet.path, url);
    if (!file) return [];
    const [low = 400, high = low] = (declaration(block, 'font-weight') ?? '400')
      .split(/\s+/)
      .map(parseWeight);
    const style = (declaration(block, 'font-style') ?? 'normal').split(/\s+/)[0];
    return [
      {
        family,
        style: style === 'italic' || style === 'oblique' ? style : 'normal',
        weight: [low, high],
        file,
      },
    ];
  });
}

function declaration(block: string, property: string): string | undefined {
  return new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(block)?.[1]?.trim();
}

function unquote(family: string): string {
  return family.trim().replace(/^(['"])(.*)\1$/, '$2');
}

/** `normal` 400, `bold` 700, `bolder`/`lighter` as from 400, numbers as they are. */
function parseWeight(weight: string): number {
  const named: Record<string, number> = { normal: 400, bold: 700, bolder: 700, lighter: 100 };
  return named[weight] ?? (Number.parseFloat(weight) || 400);
}

/** The face CSS Fonts 4 font matching picks: first family with faces, then style, then weight. */
function matchFace(
  faces: readonly FontFace[],
  fontFamily: string,
  weight: number,
  fontStyle: string,
): FontFace | undefined {
  for (const family of fontFamily.split(',').map(unquote)) {
    const ofFamily = faces.filter((face) => face.family.toLowerCase() === family.toLowerCase());
    if (ofFamily.length === 0) continue;
    const slanted = fontStyle === 'italic' || fontStyle.startsWith('oblique');
    const styleOrder = slanted ? STYLES_FOR_SLANTED : STYLES_FOR_NORMAL;
    const style = styleOrder.find((each) => ofFamily.some((face) => face.style === each));
    return matchWeight(
      ofFamily.filter((face) => face.style === style),
      weight,
    );
  }
  return undefined;
}

const STYLES_FOR_NORMAL = ['normal', 'oblique', 'italic'] as const;
const STYLES_FOR_SLANTED = ['italic', 'oblique', 'normal'] as const;

function matchWeight(faces: readonly FontFace[], desired: number): FontFace | undefined {
  const exact = faces.find((face) => face.weight[0] <= desired && desired <= face.weight[1]);
  if (exact) return exact;
  const below = faces.filter((face) => face.weight[1] < desired).sort((a, b) => b.weight[1] - a.weight[1]);
  const above = faces.filter((face) => face.weight[0] > desired).sort((a, b) => a.weight[0] - b.weight[0]);
  if (desired >= 400 && desired <= 500) {
    return above.find((face) => face.weight[0] <= 500) ?? below[0] ?? above[0];
  }
  return desired < 400 ? (below[0] ?? above[0]) : (above[0] ?? below[0]);
}
