import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The baselines the deck's first paint is compared with, as pages of the folder `createPlainPages` makes. */
export const PLAIN_PAGES = {
  /** The built page with its scripts (and module preloads) removed: HTML and CSS alone. */
  plain: 'plain.html',
  /** The built page with scripts and styles removed: HTML alone, in the browser's default style. */
  bare: 'bare.html',
} as const;

const SCRIPTS = [/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, /<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi];
const STYLES = [/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, /<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi];

/**
 * Copies the built site in `distDir` (without PDFs) into a new temporary folder and writes the plain
 * pages of `PLAIN_PAGES` beside its `index.html`, byte for byte the same but for what they remove, so
 * they load the same stylesheet and fonts. Returns the folder; the caller removes it. Throws when
 * `distDir` has no `index.html`.
 */
export function createPlainPages(distDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-plain-'));
  try {
    cpSync(distDir, dir, { recursive: true, filter: (source) => !source.endsWith('.pdf') });
    const plain = removeAll(readFileSync(join(dir, 'index.html'), 'utf8'), SCRIPTS);
    writeFileSync(join(dir, PLAIN_PAGES.plain), plain);
    writeFileSync(join(dir, PLAIN_PAGES.bare), removeAll(plain, STYLES));
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

function removeAll(html: string, patterns: readonly RegExp[]): string {
  return patterns.reduce((text, pattern) => text.replace(pattern, ''), html);
}
