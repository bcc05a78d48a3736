import 'reveal.js/reveal.css';
// After reveal's base styles, so the theme's rules win at equal specificity.
import './theme.css';
import { applyContrastPreference } from './high-contrast.ts';

/**
 * The page's entry: styles and the reader's contrast choice now, so the first slide paints from HTML and
 * CSS alone; reveal.js and the rest once that first frame is on screen.
 */
applyContrastPreference();
requestAnimationFrame(() => {
  setTimeout(() => {
    import('./start-runtime.ts').then(({ startRuntime }) => startRuntime());
  });
});
