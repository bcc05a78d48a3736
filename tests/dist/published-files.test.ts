import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { findSvgHazard } from '../../src/site/find-svg-hazard.ts';
import { bytesMatchExtension } from '../../src/site/sniff-picture.ts';

const distDir = inject('distDir');
const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
  statSync(join(distDir, file)).isFile(),
);

/** What the site is made of: its pages, its code and styles, fonts and pictures. */
const PUBLISHED_TYPES = new Set(['.html', '.js', '.css', '.woff2', '.svg', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif']);
const PAGES = ['handout.html', 'index.html'];

describe('the published site', () => {
  it('holds only pages, code, styles, fonts and pictures: no project file besides', () => {
    expect(files.filter((file) => !PUBLISHED_TYPES.has(extname(file).toLowerCase()))).toEqual([]);
  });

  it('has no HTML page but its own two', () => {
    expect(files.filter((file) => file.endsWith('.html')).sort()).toEqual(PAGES);
  });

  it('publishes every picture as the type its name says, and every SVG still', () => {
    const pictures = files.filter((file) => /\.(svg|png|jpe?g|gif|webp|avif)$/i.test(file));
    expect(pictures.length).toBeGreaterThan(0);
    const wrong = pictures.filter((file) => !bytesMatchExtension(readFileSync(join(distDir, file)), extname(file)));
    expect(wrong).toEqual([]);
    const unsafe = pictures
      .filter((file) => file.endsWith('.svg'))
      .map((file) => [file, findSvgHazard(readFileSync(join(distDir, file), 'utf8'))])
      .filter(([, hazard]) => hazard !== undefined);
    expect(unsafe).toEqual([]);
  });
});
