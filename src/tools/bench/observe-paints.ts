/** The Element Timing name the bench gives the first slide's title. */
const TITLE_TIMING = 'bench-first-slide-title';

/** Where the init script keeps what it saw, on `window`. */
export const PAINTS_GLOBAL = '__benchPaints';

/** Paint times in ms since navigation start, as the page saw them; null until seen. */
export interface ObservedPaints {
  readonly fcp: number | null;
  /** The latest Largest Contentful Paint candidate. */
  readonly lcp: number | null;
  /** When the first slide's first heading was first painted (Element Timing). */
  readonly title: number | null;
}

/**
 * A script for `page.addInitScript`, run in every document before its own: records FCP, LCP and the
 * first paint of the first slide's first heading, which it marks for Element Timing as the parser
 * inserts it (before any paint, so the page need not carry the attribute). A string, not a function:
 * tsx's transform would otherwise add helpers the page does not have.
 */
export const OBSERVE_PAINTS_SCRIPT = `(() => {
  const paints = { fcp: null, lcp: null, title: null };
  Object.defineProperty(window, ${JSON.stringify(PAINTS_GLOBAL)}, { value: paints });
  const observe = (type, record) => {
    new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
  };
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') paints.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    paints.lcp = entry.renderTime || entry.loadTime || entry.startTime;
  });
  observe('element', (entry) => {
    if (entry.identifier === ${JSON.stringify(TITLE_TIMING)} && paints.title === null) {
      paints.title = entry.renderTime || entry.loadTime || entry.startTime;
    }
  });
  const marker = new MutationObserver(() => {
    const title = document.querySelector('.slides > section')?.querySelector('h1, h2, h3, h4, h5, h6');
    if (!title) return;
    title.setAttribute('elementtiming', ${JSON.stringify(TITLE_TIMING)});
    marker.disconnect();
  });
  marker.observe(document, { childList: true, subtree: true });
})();`;
