import { afterNextFrame, whenIdle } from './schedule-later.ts';
import { pageRole } from './speaker/speaker-address.ts';
import type { DeckApi } from './start-deck.ts';

type ChartsModule = typeof import('../charts/mount-charts.ts');

/** How the page is being viewed, as far as charts care: anything but `live` shows the final state at once. */
export type ViewMode = 'live' | 'scroll' | 'reduced-motion';

/** The mode the deck is in now: the scroll (reading) view, reduced motion, or live. */
export function currentViewMode(deck: DeckApi): ViewMode {
  if (deck.isScrollView()) return 'scroll';
  if (window.matchMedia('(prefers-reduced-motion: reduce)').matches) return 'reduced-motion';
  return 'live';
}

/** Slides within this many places of the current one get their charts (and Chart.js) loaded early. */
const LOAD_DISTANCE = 1;

/**
 * Connects the deck to its charts through a narrow interface: Chart.js is loaded only when a chart slide
 * is near (next to the current slide, or scrolled close in the reading view), and each chart follows its
 * slide's fragments. The charts module never sees reveal.js. The print view (`?print-pdf`) loads none:
 * paper shows each chart's final state as the build drew it (SVG), which print CSS shows in place of a
 * live chart, so drawing one there would cost the PDF export time for a canvas nobody sees.
 */
export function syncCharts(deck: DeckApi): void {
  if (deck.isPrintView()) return;
  const slides = deck.getSlides();
  const chartSlides = slides.filter((slide) => slide.querySelector('figure.chart'));
  if (chartSlides.length === 0) return;
  let charts: Promise<ChartsModule> | undefined;
  const scrolledNear = new Set<Element>();

  const isNear = (slide: HTMLElement, mode: ViewMode) => {
    if (mode === 'scroll') return scrolledNear.has(slide);
    return Math.abs(slides.indexOf(slide) - deck.getIndices().h) <= LOAD_DISTANCE;
  };
  const sync = async () => {
    const mode = currentViewMode(deck);
    const near = chartSlides.filter((slide) => isNear(slide, mode));
    if (near.length === 0) return;
    charts ??= import('../charts/mount-charts.ts');
    const module = await charts;
    for (const slide of near) {
      // A chart is built, fitted and drawn in three tasks, each within a frame's budget: in idle
      // moments when it is near but not yet shown (the next slide, or two screens away in the reading
      // view), never in the frame of the step or scroll that brought it near; one frame after another
      // when it is shown now (a deep link, a jump, a reader faster than the idle moments).
      const schedule = slide === deck.getCurrentSlide() ? afterNextFrame : whenIdle;
      const later = (task: () => void) => schedule(() => guarded(task));
      later(() => mount(module, slide, mode, later));
    }
  };
  // A slide whose chart mounts changes height; keepSlidesCentred lays the deck out again for it.
  const mount = (
    module: ChartsModule,
    slide: HTMLElement,
    mode: ViewMode,
    later?: (task: () => void) => void,
  ) =>
    module
      .mountCharts(slide, {
        // A speaker view's preview shows each step as it will stand, at once.
        animate: mode === 'live' && pageRole(window.location.search) !== 'preview',
        ...(later ? { later } : {}),
      })
      .map((controller) => {
        const shown = controller.figure.querySelectorAll('.chart-step.visible').length;
        controller.setStep(mode === 'live' ? module.toStep(shown) : module.FINAL_STEP);
        return controller;
      });
  const run = () => {
    sync().catch(reportChartFailure);
  };
  // In the reading view a chart loads as it scrolls within two screens of view, not with the page:
  // two, so that a reader paging on has it drawn, in idle moments, before it arrives. The
  // reading view scrolls reveal.js's viewport, not the window: with the window as its root, the margin
  // would reach past the viewport's clipping, and a chart would count as near only once on screen.
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) scrolledNear.add(entry.target);
      run();
    },
    { root: deck.getViewportElement(), rootMargin: '200% 0px' },
  );
  for (const slide of chartSlides) observer.observe(slide);
  // 'resize' covers the switch into and out of the reading view, which reveal.js makes on resize.
  for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden', 'resize', 'visible']) {
    deck.on(event, run);
  }
  run();
}

/** A chart that cannot load or draw must not take the deck down: its data table is still on the slide. */
function reportChartFailure(error: unknown): void {
  console.error(error);
}

function guarded(task: () => unknown): void {
  try {
    task();
  } catch (error) {
    reportChartFailure(error);
  }
}
