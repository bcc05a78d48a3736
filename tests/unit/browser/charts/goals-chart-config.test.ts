import { describe, expect, it } from 'vitest';
import { createGoalsChartConfig } from '../../../../src/browser/charts/goals-chart-config.ts';
import { sepucha2008 } from '../../../../src/data/sepucha-2008.ts';
import { CHART_PALETTE, CHART_TEXT } from '../../../../src/deck/chart/goals-chart-look.ts';
import { type GoalsChartState, INITIAL_STATE, STEPS } from '../../../../src/deck/chart/goals-chart-state.ts';
import { TEXT_SIZE } from '../../../../src/deck/typography.ts';

const at = (state: Partial<GoalsChartState>) =>
  createGoalsChartConfig(sepucha2008, { ...INITIAL_STATE, ...state });
const values = (state: Partial<GoalsChartState>) => at(state).data.datasets.map((dataset) => dataset.data);

describe('the goals chart configuration', () => {
  it('is a horizontal bar chart on a fixed 0–100% scale', () => {
    const config = at({});
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.options?.scales?.x).toMatchObject({ min: 0, max: 100 });
  });

  it('shows only the providers on arrival, keeping the patients’ slots empty', () => {
    expect(values({ step: STEPS.providers })).toEqual([
      [71, 96, 80, 0],
      [null, null, null, null],
    ]);
  });

  it('adds the patients at the next step, with the talk’s figures', () => {
    expect(values({ step: STEPS.patients })).toEqual([
      [71, 96, 80, 0],
      [7, 59, 33, 33],
    ]);
  });

  it('marks the gaps in percentage points, with their p-values, only at the last step', () => {
    expect(at({ step: STEPS.patients }).options?.plugins?.goalLabels?.sizes).toEqual([]);
    const labels = at({ step: STEPS.gaps }).options?.plugins?.goalLabels;
    expect(labels?.sizes).toEqual([
      '64 percentage points',
      '37 percentage points',
      '47 percentage points',
      '33 percentage points',
    ]);
    expect(labels?.pValues).toEqual(['P<0.01', 'P=0.01', 'P=0.05', 'P<0.01']);
  });

  it('labels the groups and colours them with the palette', () => {
    const datasets = at({}).data.datasets;
    expect(datasets.map((dataset) => [dataset.label, dataset.backgroundColor])).toEqual([
      ['Providers', CHART_PALETTE.providers],
      ['Patients', CHART_PALETTE.patients],
    ]);
  });

  it('writes no text smaller than the slide’s small text', () => {
    const { scales } = at({}).options ?? {};
    const sizes = [scales?.x?.ticks?.font, scales?.y?.ticks?.font].map(
      (font) => (font as { size?: number } | undefined)?.size,
    );
    for (const size of [...sizes, CHART_TEXT.label, CHART_TEXT.small]) {
      expect(size).toBeGreaterThanOrEqual(TEXT_SIZE.small);
    }
  });

  it('orders goals by the size of their gap when asked, labels and values together', () => {
    const config = at({ step: STEPS.gaps, sortByGap: true });
    expect(config.data.labels).toEqual([
      'Keep your breast?',
      'Look natural without clothes',
      'Live as long as possible?',
      'Avoid using prosthesis',
    ]);
    expect(config.data.datasets[1]?.data).toEqual([7, 33, 59, 33]);
    expect(config.options?.plugins?.goalLabels?.sizes?.[1]).toBe('47 percentage points');
  });

  it('hides a group the reader switched off', () => {
    const config = at({ step: STEPS.patients, shown: { providers: false, patients: true } });
    expect(config.data.datasets.map((dataset) => dataset.hidden)).toEqual([true, false]);
  });

  it('draws at once, without animation, when motion is off', () => {
    expect(at({ animate: false }).options?.animation).toMatchObject({ duration: 0 });
    expect(at({ animate: true }).options?.animation).toMatchObject({ duration: 500 });
  });
});
