// @vitest-environment happy-dom
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/deck/deck.ts';
import { formatDiagnostics } from '../../../src/deck/format-diagnostic.ts';
import { renderDeck } from '../../../src/render/render-deck.ts';
import { loadDeckFromDisk } from '../../../src/site/read-slide-sources.ts';
import { notesHtml, TEST_SOURCES } from '../../support/render-sources.ts';

const GOOD = join(import.meta.dirname, '../../fixtures/good');

function load(name: string): Deck {
  const result = loadDeckFromDisk(join(GOOD, name));
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
  return result.deck;
}

function render(name: string): Document {
  const html = renderDeck(load(name), TEST_SOURCES);
  return new DOMParser().parseFromString(`<div class="slides">${html}</div>`, 'text/html');
}

describe('a well-formed deck', () => {
  it('becomes one section per file and one slide per "---"', () => {
    const deck = load('basic');
    expect(deck.sections.map((section) => section.id)).toEqual(['title', 'know-yourself', 'references']);
    expect(deck.sections[1]?.slides.map((slide) => slide.id)).toEqual(['know-yourself', 'know-yourself-2']);
  });

  it('keeps each slide’s source line and title', () => {
    const slides = load('basic').sections[1]?.slides ?? [];
    expect(slides.map((slide) => [slide.line, slide.title])).toEqual([
      [10, '1: Know yourself'],
      [23, 'Looking closer'],
    ]);
  });

  it('renders slides as reveal.js sections with the front matter as attributes', () => {
    const section = render('basic').querySelector('section#know-yourself');
    expect(section?.className).toBe('layout-principle has-image');
    expect(section?.getAttribute('data-principle')).toBe('1');
    expect(section?.getAttribute('data-transition')).toBe('fade');
  });

  it('lets the pictures of every slide but the first load lazily, so they wait for the first slide', () => {
    const pictures = [...render('basic').querySelectorAll('section img')];
    expect(
      pictures.map((picture) => [picture.closest('section')?.id, picture.getAttribute('loading')]),
    ).toEqual([
      ['title', null],
      ['know-yourself', 'lazy'],
      ['know-yourself-2', 'lazy'],
    ]);
  });

  it('puts speaker notes, and only them, in aside.notes', () => {
    const section = render('basic').querySelector('section#know-yourself');
    const notes = section?.querySelector('aside.notes');
    expect(notes?.textContent).toContain('Say the first thing.');
    expect(notes?.textContent).toContain('Then the second');
    expect(notes?.textContent).not.toContain('Note:');
    expect(section?.querySelector('ul')?.textContent).not.toContain('Say the first thing');
  });

  it('turns each item of a steps list into a fragment', () => {
    const items = render('basic').querySelectorAll('section#know-yourself li');
    expect([...items].map((item) => item.className)).toEqual(['fragment', 'fragment']);
    expect(load('basic').sections[1]?.slides[0]?.stepCount).toBe(2);
  });

  it('renders citations as short forms linked to the references slide', () => {
    const citation = render('basic').querySelector('section#know-yourself-2 a.citation');
    expect(citation?.textContent).toBe('(Sepucha 2008)');
    expect(citation?.getAttribute('href')).toBe('#/references');
  });

  it('lists every cited work on the references slide', () => {
    const items = render('basic').querySelectorAll('section#references ol.references li');
    expect(items).toHaveLength(1);
    expect(items[0]?.textContent).toContain('Health Expectations');
  });

  it('renders a chart directive as the dataset’s accessible table', () => {
    const figure = render('basic').querySelector('section#know-yourself-2 figure.chart');
    expect(figure?.getAttribute('data-chart')).toBe('sepucha-2008');
    const rows = figure?.querySelectorAll('tbody tr') ?? [];
    expect([...rows].map((row) => row.textContent)).toEqual([
      'Keep your breast?71%7%64P<0.01',
      'Live as long as possible?96%59%37P=0.01',
      'Look natural without clothes80%33%47P=0.05',
      'Avoid using prosthesis0%33%33P<0.01',
    ]);
    expect(figure?.querySelector('caption')?.textContent).toContain('Sepucha 2008');
    expect(figure?.querySelector('svg text')).not.toBeNull();
    expect(figure?.querySelector('figcaption.chart-source a')?.getAttribute('href')).toBe('#/references');
  });

  it('resolves images relative to the slide file into root URLs, with their alt text', () => {
    const images = render('basic').querySelectorAll('section[id^="know-yourself"] img');
    expect([...images].map((image) => [image.getAttribute('src'), image.getAttribute('alt')])).toEqual([
      ['/assets/lamp.svg', 'A lamp, lit'],
      ['/assets/lamp.svg', 'a small lamp'],
    ]);
  });

  it('reads files with a byte-order mark and Windows line endings', () => {
    const deck = load('crlf-and-bom');
    expect(deck.sections[0]?.frontMatter.title).toBe('Windows file');
    const slide = deck.sections[0]?.slides[0];
    expect(slide && notesHtml(slide)).toContain('Written with CRLF.');
  });
});
