import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { siteUrl as placeholder } from '../../src/data/talk.ts';
import { deckSite } from '../../src/site/deck-site.ts';
import { FOLLOW_ALONG_UNSET } from '../../src/render/render-directive.ts';
import { buildForProduction } from '../support/build-for-production.ts';
import { decodeQrSvg } from '../support/decode-qr-code.ts';
import { TEST_SITE_URL } from '../support/test-site-url.ts';

const SITE_URL = TEST_SITE_URL;

const projectRoot = inject('projectRoot');
let outDir: string;

beforeAll(async () => {
  outDir = await buildForProduction(projectRoot, 'deck-site-url-', {}, {
    configFile: false,
    base: './',
    logLevel: 'silent',
    plugins: deckSite({ env: { SITE_URL } }),
    build: { assetsInlineLimit: 0 },
  });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function page(file: string): Document {
  const window = new Window({ url: `${SITE_URL}${file}` });
  window.document.write(readFileSync(join(outDir, file), 'utf8'));
  return window.document as unknown as Document;
}

/** What a phone reads from each follow-along QR code on the page. */
function decodeQrCodes(document: Document): (string | undefined)[] {
  return [...document.querySelectorAll('svg.qr-code')].map((svg) => decodeQrSvg(svg.outerHTML));
}

describe('a build with SITE_URL set', () => {
  it.each(['index.html', 'handout.html'])('points %s’s follow-along QR code and link at SITE_URL', (file) => {
    const document = page(file);
    const codes = decodeQrCodes(document);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes).toEqual(codes.map(() => SITE_URL));
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')].map((a) => a.href);
    expect(links).toContain(SITE_URL);
  });

  it('names SITE_URL as the canonical address and in the link preview', () => {
    const head = page('index.html');
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(SITE_URL);
    expect(head.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(SITE_URL);
    expect(head.querySelector('meta[property="og:image"]')?.getAttribute('content')).toMatch(
      new RegExp(`^${SITE_URL}`),
    );
  });

  it('leaves the placeholder address in no built file', () => {
    const carrying = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => {
      try {
        return readFileSync(join(outDir, file), 'latin1').includes(new URL(placeholder).host);
      } catch {
        return false; // a folder
      }
    });
    expect(carrying).toEqual([]);
  });
});

describe('a build with no site address set', () => {
  const defaultPage = (file: string): Document => {
    const window = new Window({ url: `http://127.0.0.1/${file}` });
    window.document.write(readFileSync(join(inject('distDir'), file), 'utf8'));
    return window.document as unknown as Document;
  };

  it.each(['index.html', 'handout.html'])(
    'says on %s’s follow-along slides that the address is not set, with no QR code to a dead page',
    (file) => {
      const document = defaultPage(file);
      const slides = [...document.querySelectorAll('.follow-along')];
      expect(slides.length).toBeGreaterThan(0);
      for (const slide of slides) {
        expect(slide.textContent).toContain(FOLLOW_ALONG_UNSET);
        expect(slide.querySelector('svg')).toBeNull();
      }
      expect(document.documentElement.outerHTML).not.toContain(placeholder);
    },
  );
});
