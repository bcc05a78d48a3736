import 'reveal.js/reveal.css';
// After reveal's base styles, so the theme's rules win at equal specificity.
import './theme.css';
import { applyContrastPreference } from './high-contrast.ts';
import { markLinkedSlide } from './mark-linked-slide.ts';
import { pageRole } from './speaker/speaker-address.ts';

/** Without a paint to wait for (a browser without paint timing), the deck starts after this long. */
const LONGEST_WAIT_MS = 1500;

/**
 * The page's entry: styles and the reader's contrast choice now, so the first slide paints from HTML and
 * CSS alone; reveal.js and the rest once that first paint is on screen. The same page is the speaker
 * view (`?speaker`), which needs no reveal.js, and its previews (`?preview`).
 */
const role = pageRole(window.location.search);
if (role === 'speaker-view') {
  document.documentElement.classList.add('speaker-view-page');
  import('./speaker/speaker-view.ts').then(({ startSpeakerView }) => startSpeakerView());
} else {
  if (role === 'preview') document.documentElement.classList.add('deck-preview');
  applyContrastPreference();
  markLinkedSlide();
  afterFirstPaint(() => {
    // Evaluating reveal.js and starting it are two tasks, not one: a phone stays free to answer a tap
    // between them.
    import('./start-runtime.ts').then(({ startRuntime }) => setTimeout(startRuntime));
  });
}

/**
 * Calls `start` once the page's first contentful paint is on screen, which paint timing reports. Fetching
 * and running reveal.js takes a small machine's cores for a moment: started two frames in, it still held
 * back the title's frame on its way to the screen (in `npm run bench` on two cores the title came 40 ms
 * after a plain page's, averaged over five runs of nine loads; waiting for the paint, 15 ms).
 */
function afterFirstPaint(start: () => void): void {
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    start();
  };
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      startOnce();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  setTimeout(startOnce, LONGEST_WAIT_MS);
}
