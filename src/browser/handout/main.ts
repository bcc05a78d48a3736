import './handout.css';
import 'virtual:handout-page.css';
import { FINAL_STEP, mountCharts } from '../charts/mount-charts.ts';

/**
 * The handout page's script: paints slide backgrounds and draws every chart in its final state at once,
 * for the screen (paper shows the build's drawing of it). Each chart marks itself drawn
 * (`data-chart-state`), which the PDF export waits for. No reveal.js here: the handout is a plain
 * document.
 */
function main(): void {
  for (const slide of document.querySelectorAll<HTMLElement>(
    '.handout-frame section[data-background-color]',
  )) {
    // Through the CSSOM, which the Content Security Policy allows, unlike a style attribute.
    slide.style.background = slide.dataset.backgroundColor ?? '';
  }
  keepTheWayBackAtTheSlideRead();
  for (const chart of mountCharts(document, { animate: false })) {
    chart.setStep(FINAL_STEP);
  }
}

main();

/**
 * "Back to the slides" leads to the slide being read: the handout's slide whose page crosses the upper
 * third of the screen (the cover leads to the deck's start).
 */
function keepTheWayBackAtTheSlideRead(): void {
  const back = document.querySelector<HTMLAnchorElement>('.handout-back a');
  if (!back) return;
  const deck = back.getAttribute('href')?.split('#')[0] ?? 'index.html';
  let pending = 0;
  const update = () => {
    pending = 0;
    const line = window.innerHeight / 3;
    const read = Array.from(document.querySelectorAll('.handout-slide')).find((slide) => {
      const { top, bottom } = slide.getBoundingClientRect();
      return top <= line && bottom > line;
    });
    const id = read?.querySelector<HTMLElement>('[data-slide]')?.dataset.slide;
    back.setAttribute('href', id ? `${deck}#/${encodeURIComponent(id)}` : deck);
  };
  window.addEventListener(
    'scroll',
    () => {
      if (pending === 0) pending = requestAnimationFrame(update);
    },
    { passive: true },
  );
  window.addEventListener('hashchange', update);
  update();
}
