import { describe, expect, it } from 'vitest';
import {
  barBox,
  layoutGoalsChart,
  rowMiddle,
  xForValue,
} from '../../../../src/deck/chart/goals-chart-layout.ts';
import { CHART_BOX, NARROW_READING_SIZE } from '../../../../src/deck/geometry.ts';

const wide = layoutGoalsChart(CHART_BOX.width, CHART_BOX.height);

describe('the goals chart’s layout', () => {
  it('gives the plot most of a slide’s chart box, between the goals’ and the gaps’ columns', () => {
    const { plot } = wide;
    expect(plot.left).toBeGreaterThan(0);
    expect(plot.right).toBeLessThan(CHART_BOX.width);
    expect(plot.bottom - plot.top).toBeGreaterThan(0.8 * CHART_BOX.height);
    expect(plot.right - plot.left).toBeGreaterThan(0.5 * CHART_BOX.width);
    expect(wide.axisTitle).toHaveLength(1);
  });

  it('puts 0% at the plot’s left edge and 100% at its right', () => {
    expect(xForValue(wide, 0)).toBe(wide.plot.left);
    expect(xForValue(wide, 100)).toBe(wide.plot.right);
    expect(wide.ticks).toEqual([0, 20, 40, 60, 80, 100]);
  });

  it('places the pair of bars inside their goal’s row, providers above patients, never overlapping', () => {
    const rows = 4;
    for (let goal = 0; goal < rows; goal++) {
      const providers = barBox(wide, goal, rows, 0, 50);
      const patients = barBox(wide, goal, rows, 1, 50);
      const row = (wide.plot.bottom - wide.plot.top) / rows;
      expect(providers.bottom).toBeLessThanOrEqual(patients.top);
      expect(providers.top).toBeGreaterThan(rowMiddle(wide, goal, rows) - row / 2);
      expect(patients.bottom).toBeLessThan(rowMiddle(wide, goal, rows) + row / 2);
    }
  });

  it('narrows its columns, wraps the axis title and spaces its ticks on a narrow slide', () => {
    const narrow = layoutGoalsChart(NARROW_READING_SIZE.width - 48, CHART_BOX.height);
    expect(narrow.goalWrap).toBeLessThan(wide.goalWrap);
    expect(narrow.axisTitle.length).toBeGreaterThan(1);
    expect(narrow.ticks).toEqual([0, 50, 100]);
    expect(narrow.plot.right).toBeGreaterThan(narrow.plot.left);
  });
});
