import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';

let registered = false;

/**
 * Registers the Chart.js parts the goals chart uses, by name, once: the bundle carries no controller,
 * scale or plugin the deck does not draw. Returns the Chart class to construct charts with.
 */
export function registerChartParts(): typeof Chart {
  if (!registered) {
    Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
    registered = true;
  }
  return Chart;
}
