import './handout.css';
import 'virtual:handout-page.css';
import { FINAL_STEP, mountCharts } from '../charts/mount-charts.ts';

/**
 * The handout page's script: paints slide backgrounds and draws every chart in its final state at once,
 * sharp enough for print. Each chart marks itself drawn (`data-chart-state`), which the PDF export waits
 * for. No reveal.js here: the handout is a plain document.
 */
function main(): void {
  for (const slide of document.querySelectorAll<HTMLElement>(
    '.handout-frame section[data-background-color]',
  )) {
    // Through the CSSOM, which the Content Security Policy allows, unlike a style attribute.
    slide.style.background = slide.dataset.backgroundColor ?? '';
  }
  for (const chart of mountCharts(document, { animate: false, devicePixelRatio: 3 })) {
    chart.setStep(FINAL_STEP);
  }
}

main();
