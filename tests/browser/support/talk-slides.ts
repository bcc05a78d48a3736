import type { Token } from 'markdown-it';
import type { Slide } from '../../../src/deck/deck.ts';
import { formatDiagnostics } from '../../../src/deck/format-diagnostic.ts';
import { loadDeckFromDisk } from '../../../src/site/read-slide-sources.ts';

/**
 * The slides the browser tests visit, found in the talk by what they hold rather than by their ids, so
 * the tests follow the talk when its slides are renamed, reordered or rewritten.
 */
export interface TalkSlides {
  readonly all: readonly Slide[];
  /** The first slide: the title. */
  readonly title: Slide;
  /** The slide with the follow-along QR code. */
  readonly followAlong: Slide;
  /** The first slide with a quotation and no build steps: text to read at once. */
  readonly quote: Slide;
  /** The slide after `quote`. */
  readonly afterQuote: Slide;
  /** The first and the last slide that build up in steps. */
  readonly firstStepped: Slide;
  readonly lastStepped: Slide;
  /** The first slide that cites a work: its citation links to the references. */
  readonly cited: Slide;
  /** The first slide with a chart. */
  readonly chart: Slide;
  /** The first slide after the title with a picture: one whose picture the page lets wait. */
  readonly pictured: Slide;
  /** The last slide. */
  readonly last: Slide;
}

const hasToken = (slide: Slide, test: (token: Token) => boolean) => slide.content.some(test);

function find(slides: readonly Slide[], what: string, test: (slide: Slide) => boolean): Slide {
  const slide = slides.find(test);
  if (!slide) throw new Error(`The browser tests need a slide with ${what}; the talk has none.`);
  return slide;
}

function loadTalkSlides(): TalkSlides {
  const result = loadDeckFromDisk(process.cwd());
  if (!result.ok) throw new Error(formatDiagnostics(result.diagnostics));
  const all = result.deck.sections.flatMap((section) => section.slides);
  const quote = find(
    all,
    'a quotation and no steps',
    (slide) => slide.stepCount === 0 && hasToken(slide, (token) => token.type === 'blockquote_open'),
  );
  const stepped = all.filter((slide) => slide.stepCount > 0);
  const afterQuote = all[all.indexOf(quote) + 1];
  const [firstStepped] = stepped;
  const lastStepped = stepped.at(-1);
  const last = all.at(-1);
  if (!afterQuote || !firstStepped || !lastStepped || !last || all.length < 3) {
    throw new Error('The browser tests need a talk of several slides, with one that builds in steps.');
  }
  return {
    all,
    title: all[0] ?? last,
    followAlong: find(all, 'the follow-along QR code', (slide) =>
      hasToken(slide, (token) => token.type === 'directive_open' && token.info.trim() === 'follow-along'),
    ),
    quote,
    afterQuote,
    firstStepped,
    lastStepped,
    cited: find(all, 'a citation', (slide) =>
      hasToken(slide, (token) => token.children?.some((child) => child.type === 'citation') === true),
    ),
    chart: find(all, 'a chart', (slide) => slide.charts.length > 0),
    pictured: find(all.slice(1), 'a picture after the title', (slide) => slide.picture !== undefined),
    last,
  };
}

export const TALK = loadTalkSlides();
