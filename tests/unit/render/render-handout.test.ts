// @vitest-environment happy-dom
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasets } from '../../../src/data/datasets.ts';
import type { Deck } from '../../../src/deck/deck.ts';
import { PDF_FILES, PDF_PAGE_OF_ATTRIBUTE } from '../../../src/deck/dom-contract.ts';
import { formatDiagnostics } from '../../../src/deck/format-diagnostic.ts';
import { type HandoutTalk, renderHandout } from '../../../src/render/render-handout.ts';
import { loadDeckFromDisk } from '../../../src/site/read-slide-sources.ts';
import { TEST_SOURCES } from '../../support/render-sources.ts';

const TALK: HandoutTalk = {
  title: 'A test talk',
  speaker: 'Dr Test Speaker',
  organisation: 'Test Organisation',
  language: 'en-GB',
};

function loadBasic(): Deck {
  const result = loadDeckFromDisk(join(import.meta.dirname, '../../fixtures/good/basic'));
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
  return result.deck;
}

const deck = loadBasic();
const html = renderHandout(deck, { ...TEST_SOURCES, talk: TALK });
const page = new DOMParser().parseFromString(html, 'text/html');
const text = (selector: string) => page.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();

describe('the handout page', () => {
  it('opens with a cover giving the talk’s title, speaker and organisation, and the title slide’s notes', () => {
    expect(text('.handout-cover h1')).toBe('A test talk');
    expect([...page.querySelectorAll('.handout-title p')].map((line) => line.textContent)).toEqual([
      'Dr Test Speaker',
      'Test Organisation',
    ]);
    expect(text('.handout-cover .handout-notes')).toContain('Welcome everyone.');
    expect(page.title).toBe('A test talk');
    expect(page.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Dr Test Speaker');
    expect(page.documentElement.lang).toBe('en-GB');
  });

  it('shows every other slide once, in the talk’s order, numbered as in the talk', () => {
    const articles = [...page.querySelectorAll('article.handout-slide')];
    expect(articles.map((article) => article.id)).toEqual([
      'slide-know-yourself',
      'slide-know-yourself-2',
      'slide-references',
    ]);
    expect(articles.map((article) => article.querySelector('.handout-slide-number')?.textContent)).toEqual([
      'Slide 2 of 4',
      'Slide 3 of 4',
      'Slide 4 of 4',
    ]);
  });

  it('lists those slides in the contents, each linked to its page', () => {
    const links = [...page.querySelectorAll('.handout-contents a')];
    expect(links.map((link) => [link.getAttribute('href'), link.textContent])).toEqual([
      ['#slide-know-yourself', '1: Know yourself'],
      ['#slide-know-yourself-2', 'Looking closer'],
      ['#slide-references', 'References'],
    ]);
  });

  it('shows each slide as the deck does, in a frame the theme styles, with every step in it', () => {
    const slide = page.querySelector('#slide-know-yourself .handout-frame .reveal .slides > section');
    expect(slide?.className).toBe('layout-principle has-image');
    expect([...(slide?.querySelectorAll('li.fragment') ?? [])].map((item) => item.textContent)).toEqual([
      'First point',
      'Second point',
    ]);
    expect(slide?.querySelector('img')?.getAttribute('src')).toBe('/assets/lamp.svg');
  });

  it('puts each slide’s speaker notes beside it, and ruled space for the reader hidden from screen readers', () => {
    expect(text('#slide-know-yourself .handout-notes')).toContain('Say the first thing.');
    expect(text('#slide-know-yourself-2 .handout-notes')).toContain('The chart’s notes.');
    const writing = page.querySelectorAll('article .handout-writing[aria-hidden="true"]');
    expect(writing).toHaveLength(3);
  });

  it('gives the chart’s slide its data table in full, under an id of its own', () => {
    const table = page.querySelector('#slide-know-yourself-2 .handout-data table');
    expect(table?.id).toBe('handout-table-know-yourself-2');
    expect(page.querySelectorAll(`[id="${table?.id}"]`)).toHaveLength(1);
    expect([...(table?.querySelectorAll('tbody tr') ?? [])].map((row) => row.textContent)).toEqual(
      datasets
        .get('sepucha-2008')
        ?.goals.map(
          (goal) =>
            `${goal.goal}${goal.providers}%${goal.patients}%${Math.abs(goal.providers - goal.patients)}${goal.p}`,
        ),
    );
    expect(page.querySelector('#slide-know-yourself-2 .handout-frame figure.chart')).not.toBeNull();
  });

  it('draws the chart in the slide’s frame as SVG, with its source linked to the handout’s references', () => {
    const figure = page.querySelector('#slide-know-yourself-2 .handout-frame figure.chart');
    expect(figure?.querySelector('svg[role="img"] text')).not.toBeNull();
    const source = figure?.querySelector('figcaption.chart-source a');
    expect(source?.textContent).toBe('Sepucha 2008');
    expect(source?.getAttribute('href')).toBe('#slide-references');
  });

  it('gives the references slide the full list of works cited, readable below it', () => {
    const items = page.querySelectorAll('#slide-references .handout-data ol.references li');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('Health Expectations');
    expect(page.querySelectorAll('#slide-references .handout-frame ol.references li')).toHaveLength(1);
  });

  it('points citations and slide links at the handout’s own pages', () => {
    const citation = page.querySelector('#slide-know-yourself-2 .handout-frame a.citation');
    expect(citation?.getAttribute('href')).toBe('#slide-references');
    const targets = [...page.querySelectorAll('a[href^="#"]')].map((link) =>
      link.getAttribute('href')?.slice(1),
    );
    expect(targets.filter((id) => !page.getElementById(id ?? ''))).toEqual([]);
  });

  it('gives every element a unique id', () => {
    const ids = [...page.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('loads one module script and holds no inline script, style element or style attribute', () => {
    expect([...page.querySelectorAll('script')].map((script) => script.getAttribute('src'))).toEqual([
      '/src/browser/handout/main.ts',
    ]);
    expect(page.querySelectorAll('style, [style]')).toHaveLength(0);
  });

  it('escapes what it is given about the talk', () => {
    const escaped = renderHandout(deck, {
      ...TEST_SOURCES,
      talk: { ...TALK, title: 'Fish & <chips>', speaker: 'A "quoted" name' },
    });
    const document = new DOMParser().parseFromString(escaped, 'text/html');
    expect(document.querySelector('h1')?.textContent).toBe('Fish & <chips>');
    expect(document.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('A "quoted" name');
  });

  it('gives each contents entry an empty place for its page in the PDF, naming the slide it links to', () => {
    const entries = [...page.querySelectorAll('.handout-contents li')];
    expect(entries.length).toBe(3);
    for (const entry of entries) {
      const target = entry.querySelector('a')?.getAttribute('href')?.slice(1);
      const slot = entry.querySelector(`[${PDF_PAGE_OF_ATTRIBUTE}]`);
      expect(slot?.getAttribute(PDF_PAGE_OF_ATTRIBUTE)).toBe(target);
      expect(page.getElementById(target ?? '')).not.toBeNull();
      expect(slot?.textContent).toBe('');
    }
  });

  it('links to the PDFs only when the site has them', () => {
    const pdfLinks = (document: Document) =>
      [...document.querySelectorAll('.handout-back a[type="application/pdf"]')].map((link) =>
        link.getAttribute('href'),
      );
    expect(pdfLinks(page)).toEqual([]);
    const withPdfs = renderHandout(deck, { ...TEST_SOURCES, pdfs: true, talk: TALK });
    expect(pdfLinks(new DOMParser().parseFromString(withPdfs, 'text/html'))).toEqual([
      PDF_FILES.handout,
      PDF_FILES.slides,
    ]);
  });
});
