import { describe, expect, it } from 'vitest';
import { CHART_PALETTE } from '../../../../src/browser/charts/chart-palette.ts';
import { describeGoal, summarizeGoals } from '../../../../src/browser/charts/describe-goals.ts';
import {
  createGoalsChartConfig,
  gapLabel,
  wrapLabel,
} from '../../../../src/browser/charts/goals-chart-config.ts';
import {
  type GoalsChartState,
  INITIAL_STATE,
  STEPS,
  toStep,
} from '../../../../src/browser/charts/goals-chart-state.ts';
import { sepucha2008 } from '../../../../src/data/sepucha-2008.ts';

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

  it('marks the gaps and their p-values only at the last step', () => {
    expect(at({ step: STEPS.patients }).options?.plugins?.goalLabels?.gaps).toEqual([]);
    expect(at({ step: STEPS.gaps }).options?.plugins?.goalLabels?.gaps).toEqual([
      '64 pts, P<0.01',
      '37 pts, P=0.01',
      '47 pts, P=0.05',
      '33 pts, P<0.01',
    ]);
  });

  it('labels the groups and colours them with the palette', () => {
    const datasets = at({}).data.datasets;
    expect(datasets.map((dataset) => [dataset.label, dataset.backgroundColor])).toEqual([
      ['Providers', CHART_PALETTE.providers],
      ['Patients', CHART_PALETTE.patients],
    ]);
  });

  it('keeps every goal readable in full, wrapped onto short lines', () => {
    expect(at({}).data.labels).toEqual([
      ['Keep your', 'breast?'],
      ['Live as long as', 'possible?'],
      ['Look natural', 'without clothes'],
      ['Avoid using', 'prosthesis'],
    ]);
  });

  it('orders goals by the size of their gap when asked, labels and values together', () => {
    const config = at({ step: STEPS.gaps, sortByGap: true });
    expect(config.data.labels?.map((lines) => lines.join(' '))).toEqual([
      'Keep your breast?',
      'Look natural without clothes',
      'Live as long as possible?',
      'Avoid using prosthesis',
    ]);
    expect(config.data.datasets[1]?.data).toEqual([7, 33, 59, 33]);
    expect(config.options?.plugins?.goalLabels?.gaps?.[0]).toBe('64 pts, P<0.01');
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

describe('chart steps and words', () => {
  it('turns any number of shown fragments into a step of the chart', () => {
    expect([-1, 0, 1, 2, 3].map(toStep)).toEqual([0, 0, 1, 2, 2]);
  });

  it('wraps labels at word boundaries', () => {
    expect(wrapLabel('Look natural without clothes', 12)).toEqual(['Look natural', 'without', 'clothes']);
  });

  it('describes a goal with both groups, the gap and the p-value', () => {
    const keepBreast = sepucha2008.goals[0];
    expect(keepBreast && describeGoal(keepBreast, sepucha2008)).toBe(
      'Keep your breast? Providers: 71%. Patients: 7%. 64-point gap, P<0.01.',
    );
    expect(keepBreast && gapLabel(keepBreast)).toBe('64 pts, P<0.01');
  });

  it('summarises the whole chart for screen readers', () => {
    const summary = summarizeGoals(sepucha2008);
    expect(summary).toContain('clinicians (providers)');
    expect(summary).toContain('Keep your breast: providers 71%, patients 7%');
    expect(summary).toContain('Avoid using prosthesis: providers 0%, patients 33%');
  });
});
