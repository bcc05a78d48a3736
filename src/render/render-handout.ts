import type { Deck, Section, Slide } from '../deck/deck.ts';
import { handoutAnchor, PDF_PAGE_OF_ATTRIBUTE } from '../deck/dom-contract.ts';
import { escapeHtml } from './escape-html.ts';
import type { RenderContext, RenderSources } from './render-context.ts';
import { renderSlideContent, slideClasses } from './render-deck.ts';
import { renderGoalsTable } from './render-goals-table.ts';
import { renderTokens } from './render-markdown.ts';
import { renderHandoutPdfLinks } from './render-pdf-links.ts';
import { renderReferenceList } from './render-reference-list.ts';

/** What the cover says about the talk (`src/data/talk.ts`). */
export interface HandoutTalk {
  readonly title: string;
  readonly speaker: string;
  readonly organisation: string;
  /** The page's language (`en-GB`). */
  readonly language: string;
}

/** The talk, and the data the handout shows in full beside the slides that chart or cite it. */
export interface HandoutSources extends RenderSources {
  readonly talk: HandoutTalk;
}

/** The page's one script, which draws the charts: Vite bundles it. */
export const HANDOUT_SCRIPT = '/src/browser/handout/main.ts';

/** A slide with its place in the talk (1-based) and its section. */
interface NumberedSlide {
  readonly slide: Slide;
  readonly section: Section;
  readonly number: number;
}

/**
 * Renders the handout page: a way back to the slides (and links to the PDFs when the site has them), a
 * cover (the talk's title, speaker and organisation, the title slide's notes, the contents, each entry
 * with an empty place for its page in handout.pdf, which the PDF export fills in), then every other slide as it looks in the deck at reduced scale, with all its
 * steps shown, its speaker notes beside it, a chart's data table or the full reference list under it,
 * and ruled room for the reader's notes. Returns a whole HTML document with no inline script or style.
 * Pure: never throws.
 */
export function renderHandout(deck: Deck, sources: HandoutSources): string {
  const all = deck.sections.flatMap((section) => section.slides.map((slide) => ({ slide, section })));
  const numbered: NumberedSlide[] = all.map((entry, index) => ({ ...entry, number: index + 1 }));
  // A title slide says what the cover says: the cover takes its place, and its notes.
  const titleSlide = numbered[0]?.section.layout === 'title' ? numbered[0].slide : undefined;
  const pages = numbered.filter(({ slide }) => slide !== titleSlide);
  const context: RenderContext = {
    ...sources,
    target: 'handout',
    citedKeys: deck.citedKeys,
    lazyPictures: false,
    slideId: titleSlide?.id ?? '',
  };
  const body = [
    renderCover(sources.talk, titleSlide, pages, context),
    '<main class="handout-slides">',
    ...pages.map((entry) => renderSlidePage(entry, numbered.length, { ...context, slideId: entry.slide.id })),
    '</main>',
  ].join('\n');
  return renderDocument(sources.talk, body);
}

function renderDocument(talk: HandoutTalk, body: string): string {
  const byline = [talk.speaker, talk.organisation].filter(Boolean).join(', ');
  const description =
    `Handout of the talk${byline ? ` by ${byline}` : ''}: every slide with the speaker's notes, ` +
    'the data behind the chart and the references, and room for your own notes.';
  return `<!doctype html>
<html lang="${escapeHtml(talk.language)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(talk.title)}</title>
    <meta name="description" content="${escapeHtml(description)}" />
    ${talk.speaker ? `<meta name="author" content="${escapeHtml(talk.speaker)}" />` : ''}
    <meta name="color-scheme" content="light" />
    <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
    <script type="module" src="${HANDOUT_SCRIPT}"></script>
  </head>
  <body class="handout">
${body}
  </body>
</html>
`;
}

function renderCover(
  talk: HandoutTalk,
  titleSlide: Slide | undefined,
  pages: readonly NumberedSlide[],
  context: RenderContext,
): string {
  const byline = [talk.speaker, talk.organisation]
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
  const contents = pages
    .map(
      ({ slide, number }) =>
        `<li value="${number}"><a href="#${anchor(slide)}">${escapeHtml(slide.title)}</a>` +
        `<span class="handout-page" ${PDF_PAGE_OF_ATTRIBUTE}="${anchor(slide)}"></span></li>`,
    )
    .join('\n');
  return `<nav class="handout-back" aria-label="The talk"><a href="index.html">Back to the slides</a>${renderHandoutPdfLinks(context)}</nav>
<header class="handout-cover"${titleSlide ? ` id="${anchor(titleSlide)}"` : ''}>
<p class="handout-kicker">Handout</p>
<div class="handout-title">
<h1>${escapeHtml(talk.title)}</h1>
${byline}
</div>
${titleSlide ? renderNotes(titleSlide, context) : ''}
<nav class="handout-contents" aria-labelledby="handout-contents-label">
<p class="handout-label" id="handout-contents-label">Contents</p>
<ol>
${contents}
</ol>
</nav>
</header>`;
}

function renderSlidePage(
  { slide, section, number }: NumberedSlide,
  total: number,
  context: RenderContext,
): string {
  const label = `Slide ${number} of ${total}`;
  return `<article class="handout-slide" id="${anchor(slide)}" aria-label="${escapeHtml(`${label}: ${slide.title}`)}">
<p class="handout-slide-number" aria-hidden="true">${label}</p>
<div class="handout-side">
${renderFrame(slide, section, context)}
<div class="handout-writing" aria-hidden="true"><p class="handout-label">Your notes</p></div>
</div>
${renderNotes(slide, context)}
${renderData(slide, context)}
</article>`;
}

/** The slide as the deck shows it, in a 16:9 frame: the theme styles `.reveal .slides section`. */
function renderFrame(slide: Slide, section: Section, context: RenderContext): string {
  const classes = slideClasses(section, slide);
  const { background } = section.frontMatter;
  // No style attribute (the CSP allows none): the page's script paints the background.
  const backgroundAttribute = background ? ` data-background-color="${escapeHtml(background)}"` : '';
  const html = renderSlideContent(slide, context);
  return `<div class="handout-frame">
<div class="reveal"><div class="slides">
<section class="${classes}"${backgroundAttribute} data-slide="${escapeHtml(slide.id)}">
${html}</section>
</div></div>
</div>`;
}

function renderNotes(slide: Slide, context: RenderContext): string {
  if (slide.notes.length === 0) return '';
  return `<div class="handout-notes">
<p class="handout-label">Speaker notes</p>
${renderTokens(slide.notes, context)}</div>`;
}

/** What the frame shows too small to read: a chart's data table, the full list of references. */
function renderData(slide: Slide, context: RenderContext): string {
  const tables = slide.charts.flatMap((id) => {
    const dataset = context.datasets.get(id);
    if (!dataset) return [];
    const source = context.bibliography.get(dataset.citationKey);
    return [renderGoalsTable(dataset, source, `handout-table-${slide.id}`)];
  });
  const listsReferences = slide.content.some(
    (token) => token.type === 'directive_open' && token.info === 'references',
  );
  const references = listsReferences
    ? [`<ol class="references">${renderReferenceList(context.citedKeys, context.bibliography)}</ol>`]
    : [];
  const blocks = [...tables, ...references];
  if (blocks.length === 0) return '';
  return `<div class="handout-data">\n${blocks.join('\n')}\n</div>`;
}

/** The handout's id for a slide, which `#/id` links in slides and notes point to. */
function anchor(slide: Slide): string {
  return handoutAnchor(slide.id);
}
