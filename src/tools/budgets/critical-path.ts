import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { SCREENS } from '../../deck/geometry.ts';
import { type AssetType, assetTypeOf } from './asset-type.ts';
import { type ByteSize, measureFile, type SizedFile, sumByType, sumSizes } from './byte-size.ts';
import { findFirstPaintFonts, type Stylesheet } from './first-paint-fonts.ts';
import { resolveInSite } from './resolve-in-site.ts';

/** Why a file is on the critical path. */
export type CriticalReason =
  | 'page'
  | 'stylesheet'
  | 'script'
  | 'modulepreload'
  | 'preload'
  | 'static import'
  | 'first-paint font';

export interface CriticalFile extends SizedFile {
  readonly reason: CriticalReason;
}

/** What the browser must fetch before it can show the first slide, from the built files alone. */
export interface CriticalPath {
  /** In the order found: the page, then what its head names, then imports, then fonts. */
  readonly files: readonly CriticalFile[];
  readonly byType: Readonly<Record<AssetType, ByteSize>>;
  readonly total: ByteSize;
}

/** The viewport the page's stylesheets are evaluated at: the bench's desktop window. */
const VIEWPORT = SCREENS.laptop;

/**
 * Measures the critical path of `page` in the built site `distDir`: the page itself; the stylesheets,
 * scripts, module preloads and preloads its `<head>` names; every module those scripts import statically
 * (`import … from "./x.js"`, followed recursively; dynamic `import()` is lazy and not counted); and the
 * font files the stylesheets make the browser fetch for the text laid out at first paint (see
 * `findFirstPaintFonts`). Deterministic: no browser, no timing. Throws when the page or a file it names
 * is missing from `distDir`.
 */
export async function measureCriticalPath(distDir: string, page = 'index.html'): Promise<CriticalPath> {
  const files = new Map<string, CriticalFile>();
  const add = (path: string, reason: CriticalReason): boolean => {
    if (files.has(path)) return false;
    const file = join(distDir, path);
    if (!existsSync(file))
      throw new Error(`${page} needs ${path}, which is not in ${distDir}: rebuild the site.`);
    files.set(path, { path, type: assetTypeOf(path), reason, ...measureFile(file) });
    return true;
  };
  add(page, 'page');
  const window = new Window({
    ...VIEWPORT,
    url: 'http://site.invalid/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  try {
    window.document.write(readFileSync(join(distDir, page), 'utf8'));
    const head = window.document.head;
    for (const [selector, reason] of HEAD_REFERENCES) {
      for (const element of head.querySelectorAll(selector)) {
        const path = resolveInSite(page, element.getAttribute('href') ?? element.getAttribute('src') ?? '');
        if (path) add(path, reason);
      }
    }
    for (const script of [...files.values()].filter((file) => file.type === 'script')) {
      addStaticImports(distDir, script.path, add);
    }
    const stylesheets = inlineStylesheets(window, distDir, page);
    for (const font of findFirstPaintFonts(window, stylesheets)) add(font, 'first-paint font');
  } finally {
    await window.happyDOM.close();
  }
  const list = [...files.values()];
  return { files: list, byType: sumByType(list), total: sumSizes(list) };
}

const HEAD_REFERENCES: readonly (readonly [string, CriticalReason])[] = [
  ['link[rel~="stylesheet"][href]', 'stylesheet'],
  ['script[src]', 'script'],
  ['link[rel~="modulepreload"][href]', 'modulepreload'],
  ['link[rel~="preload"][href]', 'preload'],
];

/** `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"`; never `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:import|export)(?![\w$])\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{0,2}\/[^"']+)["']/g;

/** Adds what `script` imports statically, and what those import, that exists in the built site. */
function addStaticImports(
  distDir: string,
  script: string,
  add: (path: string, reason: CriticalReason) => boolean,
): void {
  const code = readFileSync(join(distDir, script), 'utf8');
  for (const [, specifier = ''] of code.matchAll(STATIC_IMPORT)) {
    const path = resolveInSite(script, specifier);
    // A match inside a string literal names no file: only real files count.
    if (!path || !existsSync(join(distDir, path))) continue;
    if (add(path, 'static import')) addStaticImports(distDir, path, add);
  }
}

/** Replaces each `<link rel="stylesheet">` with a `<style>` of its text, so styles compute. */
function inlineStylesheets(window: Window, distDir: string, page: string): Stylesheet[] {
  const stylesheets: Stylesheet[] = [];
  for (const link of window.document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const path = resolveInSite(page, link.getAttribute('href') ?? '');
    if (!path) continue;
    const sheet = { path, text: readFileSync(join(distDir, path), 'utf8') };
    const style = window.document.createElement('style');
    style.textContent = sheet.text;
    link.replaceWith(style);
    stylesheets.push(sheet);
  }
  return stylesheets;
}
