import type { Chart, Plugin, TooltipModel } from 'chart.js';
import type { GoalsDataset } from '../../data/goals-dataset';
import { describeGoal } from '../../deck/chart/describe-goals.ts';
import { CHART_FACES } from '../../deck/chart/goals-chart-look.ts';
import {
  type GoalsChartState,
  type GroupKey,
  INITIAL_STATE,
  orderGoals,
  type Step,
} from '../../deck/chart/goals-chart-state.ts';
import { CHART_DRAWN_EVENT, CHART_STATE } from '../../deck/dom-contract.ts';
import { type ChartView, createChartView } from './create-chart-view';
import { createGoalsChartConfig } from './goals-chart-config';
import { orderTableRows } from './order-table-rows.ts';
import { placeTooltip } from './place-tooltip.ts';
import { registerChartParts } from './register-chart-parts';

export interface GoalsChartController {
  readonly figure: HTMLElement;
  /** Shows a build step; does nothing when the chart already shows it. */
  setStep(step: Step): void;
  destroy(): void;
}

export interface MountOptions {
  /** False in print, PDF and with reduced motion. */
  readonly animate: boolean;
  /**
   * Runs a task later (in an idle moment, or after the next frame). Given, the chart is built and
   * fitted to its frame in this task, given its data in a later one, and drawn in a third: three pieces
   * that each fit a frame's budget, where the whole would make one long frame. Absent, all three
   * happen at once.
   */
  readonly later?: (task: () => void) => void;
}

/** Keys that would otherwise reach reveal.js while a chart control has focus. */
const CONTROL_KEYS = new Set([' ', 'Enter']);

/**
 * Runs `draw` once the chart's faces are in: a canvas writes a face still loading in a fallback font,
 * and keeps it (a wider one, whose values ran into the gaps beside them). At once when they are in
 * already; anyway when one cannot load (a reader gone offline): a chart in a fallback font beats none.
 */
function whenFacesLoaded(draw: () => void): void {
  if (CHART_FACES.every((face) => document.fonts.check(face))) {
    draw();
    return;
  }
  Promise.all(CHART_FACES.map((face) => document.fonts.load(face))).then(draw, draw);
}

/**
 * Mounts the interactive goals chart on a chart figure: the canvas, its controls, tooltips by pointer,
 * tap and keyboard. Marks the figure `data-chart-state="drawn"` and dispatches `chartdrawn` whenever a
 * state is fully drawn, so tests and the PDF export wait on a signal, never a sleep.
 */
export function mountGoalsChart(
  figure: HTMLElement,
  dataset: GoalsDataset,
  options: MountOptions,
): GoalsChartController {
  const ChartClass = registerChartParts();
  const view = createChartView(figure, dataset);
  let state: GoalsChartState = { ...INITIAL_STATE, animate: options.animate };
  let focusedGoal = 0;

  const onDrawn = () => {
    figure.dataset.chartState = CHART_STATE.drawn;
    figure.dataset.chartStep = String(state.step);
    figure.dispatchEvent(new CustomEvent(CHART_DRAWN_EVENT, { bubbles: true, detail: { step: state.step } }));
  };
  const onTooltip = ({ chart, tooltip }: { chart: Chart; tooltip: TooltipModel<'bar'> }) =>
    showTooltip(view, chart as Chart<'bar'>, dataset, state, tooltip);
  const configure = () => createGoalsChartConfig(dataset, state, { onDrawn, onTooltip });

  figure.dataset.chartState = CHART_STATE.drawing;
  figure.dataset.chartStep = String(state.step);
  // Chart.js renders on construction, on the resize and on the update below; held, it lays the chart
  // out and draws it once, when it is the right size and has its data. It is built empty: its first
  // update, the costliest (its code runs for the first time), then lays out no bars, and the bars
  // come in the next task.
  let held = true;
  let filled = false;
  const holdFirstRender: Plugin<'bar'> = { id: 'holdFirstRender', beforeRender: () => !held };
  const config = configure();
  const chart: Chart<'bar', (number | null)[], string> = new ChartClass(view.canvas, {
    ...config,
    data: { labels: [], datasets: [] },
    plugins: [...(config.plugins ?? []), holdFirstRender],
  });
  // Chart.js sizes a new chart by its frame's box on screen, which reveal.js's scaling of the slide
  // inflates or shrinks; until a resize observer's callback corrected it, the canvas would spill out of
  // its frame (and its slide) or leave it part empty. The frame's own size, unscaled, is right at once.
  chart.resize(view.frame.clientWidth, view.frame.clientHeight);

  const update = (next: GoalsChartState) => {
    state = next;
    const config = configure();
    // Chart.js knows a dataset's bars by the dataset object: new objects would get new bars, grown
    // from zero, and the bars on screen would collapse and grow again. The same objects keep them.
    chart.data.labels = config.data.labels ?? [];
    config.data.datasets.forEach((fresh, index) => {
      const current = chart.data.datasets[index];
      if (current) Object.assign(current, fresh);
      else chart.data.datasets.push(fresh);
    });
    chart.options = { ...config.options };
    figure.dataset.chartState = CHART_STATE.drawing;
    chart.update();
  };

  const fill = () => {
    if (filled) return;
    filled = true;
    update(state);
  };
  const drawNow = () => {
    fill();
    if (!held) return;
    whenFacesLoaded(() => {
      if (!held) return;
      held = false;
      chart.render();
    });
  };
  const { later } = options;
  if (later) {
    later(() => {
      fill();
      later(drawNow);
    });
  } else {
    drawNow();
  }

  const toggleGroup = (group: GroupKey) => {
    const shown = { ...state.shown, [group]: !state.shown[group] };
    view.legendButtons[group].setAttribute('aria-pressed', String(shown[group]));
    update({ ...state, shown });
  };
  view.legendButtons.providers.addEventListener('click', () => toggleGroup('providers'));
  view.legendButtons.patients.addEventListener('click', () => toggleGroup('patients'));
  view.sortButton.addEventListener('click', () => {
    view.sortButton.setAttribute('aria-pressed', String(!state.sortByGap));
    update({ ...state, sortByGap: !state.sortByGap });
    orderTableRows(figure, orderGoals(dataset.goals, state.sortByGap), dataset.goals);
  });
  view.tableButton.addEventListener('click', () => {
    const open = figure.classList.toggle('show-table');
    view.tableButton.setAttribute('aria-expanded', String(open));
    view.tableButton.textContent = open ? 'Show chart' : 'Show data table';
  });
  for (const button of figure.querySelectorAll('.chart-controls button')) {
    button.addEventListener('keydown', (event) => {
      if (CONTROL_KEYS.has((event as KeyboardEvent).key)) event.stopPropagation();
    });
  }

  const focusGoal = (index: number) => {
    focusedGoal = (index + dataset.goals.length) % dataset.goals.length;
    const active = [0, 1].map((datasetIndex) => ({ datasetIndex, index: focusedGoal }));
    const bar = chart.getDatasetMeta(0).data[focusedGoal];
    chart.tooltip?.setActiveElements(active, { x: bar?.x ?? 0, y: bar?.y ?? 0 });
    chart.update('none');
  };
  view.frame.addEventListener('focus', () => focusGoal(focusedGoal));
  view.frame.addEventListener('blur', () => {
    chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    chart.update('none');
  });
  view.frame.addEventListener('keydown', (event) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };
    const move = moves[event.key];
    if (move === undefined) return;
    // Only the frame's own keys: left, right, space and page keys still reach reveal.js.
    event.preventDefault();
    event.stopPropagation();
    focusGoal(focusedGoal + move);
  });

  return {
    figure,
    setStep(step) {
      if (step === state.step) return;
      // Before its data is in, the step waits for it: filling the chart is a later task's work.
      if (filled) update({ ...state, step });
      else state = { ...state, step };
    },
    destroy() {
      filled = true;
      held = false;
      chart.destroy();
    },
  };
}

function showTooltip(
  view: ChartView,
  chart: Chart<'bar'>,
  dataset: GoalsDataset,
  state: GoalsChartState,
  tooltip: TooltipModel<'bar'>,
): void {
  const point = tooltip.dataPoints?.[0];
  if (tooltip.opacity === 0 || !point) {
    view.tooltip.hidden = true;
    return;
  }
  const goal = orderGoals(dataset.goals, state.sortByGap)[point.dataIndex];
  if (!goal) return;
  view.tooltip.textContent = describeGoal(goal, dataset);
  view.tooltip.hidden = false;
  const bars = [0, 1]
    .filter((index) => chart.isDatasetVisible(index))
    .map((index) => chart.getDatasetMeta(index).data[point.dataIndex]?.getProps(['y', 'height'], true))
    .filter((bar): bar is { y: number; height: number } => Number.isFinite(bar?.y));
  const place = placeTooltip({
    anchorX: tooltip.caretX,
    row: {
      top: Math.min(...bars.map((bar) => bar.y - bar.height / 2), tooltip.caretY),
      bottom: Math.max(...bars.map((bar) => bar.y + bar.height / 2), tooltip.caretY),
    },
    size: { width: view.tooltip.offsetWidth, height: view.tooltip.offsetHeight },
    frame: { width: view.frame.clientWidth, height: view.frame.clientHeight },
  });
  view.tooltip.style.left = `${place.left}px`;
  view.tooltip.style.top = `${place.top}px`;
}
