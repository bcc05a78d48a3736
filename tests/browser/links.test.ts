import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Window } from 'happy-dom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, type OpenedPage, openPage } from './support/launch-browser.ts';
import { TALK } from './support/talk-slides.ts';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
const CHART_SLIDE = TALK.chart.id;

/** Attributes whose value is a space-separated list of ids in the same page. */
const ID_REFERENCES = ['aria-controls', 'aria-labelledby', 'aria-describedby', 'aria-owns', 'for', 'headers'];

/** A stand-in origin to resolve the site's relative URLs against. */
const SITE = 'http://site.invalid/';

let window: Window;
let pages: Map<string, Document>;
let browser: Browser;
const openedPages: OpenedPage[] = [];

beforeAll(async () => {
  window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
    },
  });
  const parser = new window.DOMParser();
  pages = new Map(
    readdirSync(distDir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => [
        name,
        parser.parseFromString(readFileSync(join(distDir, name), 'utf8'), 'text/html') as unknown as Document,
      ]),
  );
  browser = await launchBrowser(inject('chromiumPath'));
});

afterEach(async () => {
  await Promise.all(openedPages.splice(0).map((opened) => opened.close()));
});

afterAll(async () => {
  await window?.happyDOM.close();
  await browser?.close();
});

describe('the links of the built site', () => {
  it('lead every "#/slide" link to a slide of the deck and every "#id" link to an element', () => {
    const broken = [...pages].flatMap(([name, document]) =>
      [...document.querySelectorAll('a[href]')].flatMap((link) => {
        const href = link.getAttribute('href') ?? '';
        const target = resolveInSite(name, href);
        if (!target?.hash) return [];
        const targetPage = pages.get(target.file);
        return targetPage && hashResolves(targetPage, target.hash) ? [] : [`${name}: ${href}`];
      }),
    );
    expect(broken).toEqual([]);
  });

  it('name only files that are in dist/, from the pages and from the style sheets', () => {
    const fromPages = [...pages].flatMap(([name, document]) =>
      [...document.querySelectorAll('[href], [src]')].flatMap((element) =>
        ['href', 'src'].flatMap((attribute) => {
          const url = element.getAttribute(attribute);
          const target = url === null ? undefined : resolveInSite(name, url);
          return target && !isFile(target.file) ? [`${name}: ${url}`] : [];
        }),
      ),
    );
    const styleSheets = listFiles(distDir).filter((file) => file.endsWith('.css'));
    const fromStyleSheets = styleSheets.flatMap((file) => {
      const name = posix.relative(distDir, file);
      return [...readFileSync(file, 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].flatMap((match) => {
        const target = resolveInSite(name, match[2] ?? '');
        return target && !isFile(target.file) ? [`${name}: ${match[2]}`] : [];
      });
    });
    expect([...fromPages, ...fromStyleSheets]).toEqual([]);
  });

  it('point every aria-controls, aria-labelledby, for and headers at an element of the page', () => {
    const broken = [...pages].flatMap(([name, document]) =>
      brokenIdReferences(document).map((reference) => `${name}: ${reference}`),
    );
    expect(broken).toEqual([]);
  });

  it('give each id to one element only, so every anchor has one target', () => {
    const duplicates = [...pages].flatMap(([name, document]) => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return [...new Set(ids.filter((id, index) => ids.indexOf(id) !== index))].map((id) => `${name}: ${id}`);
    });
    expect(duplicates).toEqual([]);
  });
});

describe('the links of the running deck', () => {
  it('still resolve once reveal.js and the charts have added their controls', async () => {
    const page = await openDeck(`#/${CHART_SLIDE}`);
    await page.waitForFunction(
      (id) =>
        document.querySelector<HTMLElement>(`section#${id} figure.chart`)?.dataset.chartState === 'drawn',
      CHART_SLIDE,
    );
    expect(await page.evaluate(findBrokenLinksInPage, ID_REFERENCES)).toEqual([]);
  });

  it('still resolve in the reading view', async () => {
    const page = await openDeck('?view=scroll');
    expect(await page.evaluate(findBrokenLinksInPage, ID_REFERENCES)).toEqual([]);
  });
});

/** A URL of the site: the built file it names (relative to dist/) and its hash; undefined if external. */
function resolveInSite(page: string, url: string): { file: string; hash: string } | undefined {
  if (url.startsWith('data:')) return undefined;
  const resolved = new URL(url, new URL(page, SITE));
  if (!resolved.href.startsWith(SITE)) return undefined;
  const path = decodeURIComponent(resolved.pathname.slice(1));
  return { file: path === '' || path.endsWith('/') ? `${path}index.html` : path, hash: resolved.hash };
}

/** Whether a page has what a hash names: a slide for reveal.js's `#/id` (or `#/id/step`), else an id. */
function hashResolves(document: Document, hash: string): boolean {
  if (hash.startsWith('#/')) {
    const name = decodeURIComponent(hash.slice(2).replace(/\/[-\d]+$/, ''));
    return /^[\d/]*$/.test(name) || document.querySelector(`.slides section[id="${name}"]`) !== null;
  }
  return document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
}

function brokenIdReferences(document: Document): string[] {
  return ID_REFERENCES.flatMap((attribute) =>
    [...document.querySelectorAll(`[${attribute}]`)].flatMap((element) =>
      (element.getAttribute(attribute) ?? '')
        .split(/\s+/)
        .filter((id) => id !== '' && document.getElementById(id) === null)
        .map((id) => `${attribute}="${id}"`),
    ),
  );
}

/** Runs in the page: every id-reference and in-page link that names nothing there. */
function findBrokenLinksInPage(attributes: readonly string[]): string[] {
  const references = attributes.flatMap((attribute) =>
    [...document.querySelectorAll(`[${attribute}]`)].flatMap((element) =>
      (element.getAttribute(attribute) ?? '')
        .split(/\s+/)
        .filter((id) => id !== '' && document.getElementById(id) === null)
        .map((id) => `${attribute}="${id}"`),
    ),
  );
  const links = [...document.querySelectorAll('a[href^="#"]')].flatMap((link) => {
    const hash = link.getAttribute('href') ?? '';
    const name = decodeURIComponent(hash.replace(/^#\/?/, '').replace(/\/[-\d]+$/, ''));
    const found = hash.startsWith('#/')
      ? /^[\d/]*$/.test(name) || document.querySelector(`.slides section[id="${name}"]`) !== null
      : name === '' || document.getElementById(name) !== null;
    return found ? [] : [`href="${hash}"`];
  });
  return [...references, ...links];
}

async function openDeck(path: string): Promise<Page> {
  const opened = await openPage(browser, `${baseUrl}/${path}`);
  openedPages.push(opened);
  await opened.page.waitForSelector('.reveal.ready');
  return opened.page;
}

function isFile(file: string): boolean {
  const path = join(distDir, file);
  return existsSync(path) && statSync(path).isFile();
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
