import './handout.css';
import 'virtual:handout-page.css';
import { HANDOUT_READY_ATTRIBUTE } from '../../deck/dom-contract.ts';
import { FINAL_STEP, mountCharts } from '../charts/mount-charts.ts';

/**
 * The handout page's script: paints slide backgrounds, then says the page is ready for paper
 * (`HANDOUT_READY_ATTRIBUTE`, which the PDF export waits for), and draws every chart in its final state
 * at once for the screen. Each chart marks itself drawn (`data-chart-state`). No reveal.js here: the
 * handout is a plain document.
 */
function main(): void {
  for (const slide of document.querySelectorAll<HTMLElement>(
    '.handout-frame section[data-background-color]',
  )) {
    // Through the CSSOM, which the Content Security Policy allows, unlike a style attribute.
    slide.style.background = slide.dataset.backgroundColor ?? '';
  }
  keepTheWayBackAtTheSlideRead();
  document.documentElement.setAttribute(HANDOUT_READY_ATTRIBUTE, '');
  whenOnScreen(() => {
    for (const chart of mountCharts(document, { animate: false })) chart.setStep(FINAL_STEP);
  });
}

main();

/**
 * Runs `draw` now, or, in a page opened for paper (the PDF export emulates print from the start), once
 * it is first shown on a screen: paper shows the build's drawing of each chart, so drawing the live one
 * there is work nobody sees.
 */
function whenOnScreen(draw: () => void): void {
  const print = window.matchMedia('print');
  if (!print.matches) {
    draw();
    return;
  }
  const onChange = () => {
    if (print.matches) return;
    print.removeEventListener('change', onChange);
    draw();
  };
  print.addEventListener('change', onChange);
}

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
