import { describe, expect, it } from 'vitest';
import { sepucha2008 } from '../../../../src/data/sepucha-2008.ts';
import { describeGoal, summarizeGoals } from '../../../../src/deck/chart/describe-goals.ts';
import { toStep } from '../../../../src/deck/chart/goals-chart-state.ts';
import { gapLines, gapSize, wrapLabel } from '../../../../src/deck/chart/goals-chart-text.ts';

const [keepBreast] = sepucha2008.goals;

describe('chart steps and words', () => {
  it('turns any number of shown fragments into a step of the chart', () => {
    expect([-1, 0, 1, 2, 3].map(toStep)).toEqual([0, 0, 1, 2, 2]);
  });

  it('wraps labels at word boundaries', () => {
    expect(wrapLabel('Look natural without clothes', 12)).toEqual(['Look natural', 'without', 'clothes']);
    expect(wrapLabel('Look natural without clothes', 16)).toEqual(['Look natural', 'without clothes']);
  });

  it('spells the gap out in percentage points, then its p-value, on lines as wide as asked', () => {
    expect(gapSize(keepBreast)).toBe('64 percentage points');
    expect(gapLines(keepBreast, 24)).toEqual(['64 percentage points', 'P<0.01']);
    expect(gapLines(keepBreast, 13)).toEqual(['64 percentage', 'points', 'P<0.01']);
  });

  it('describes a goal with both groups, the gap and the p-value', () => {
    expect(describeGoal(keepBreast, sepucha2008)).toBe(
      'Keep your breast? Providers: 71%. Patients: 7%. A gap of 64 percentage points, P<0.01.',
    );
  });

  it('summarises the whole chart for screen readers', () => {
    const summary = summarizeGoals(sepucha2008);
    expect(summary).toContain('clinicians (providers)');
    expect(summary).toContain('Keep your breast: providers 71%, patients 7%');
    expect(summary).toContain('Avoid using prosthesis: providers 0%, patients 33%');
  });
});
