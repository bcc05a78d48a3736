import 'reveal.js/reveal.css';
// After reveal's base styles, so the theme's rules win at equal specificity.
import './theme.css';
import { applyContrastPreference } from './high-contrast.ts';

/**
 * The page's entry: styles and the reader's contrast choice now, so the first slide paints from HTML and
 * CSS alone; reveal.js and the rest once that first frame is on screen.
 */
applyContrastPreference();
// A frame's callback runs before that frame is drawn, so the second one runs once the first frame is
// out: fetching and running reveal.js then no longer delays the title's first paint (by 44-128 ms in
// `npm run bench`, against 0-68 ms waiting one frame more).
requestAnimationFrame(() => {
  requestAnimationFrame(() => {
    setTimeout(() => {
      import('./start-runtime.ts').then(({ startRuntime }) => startRuntime());
    });
  });
});
