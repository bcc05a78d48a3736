// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bibliography } from '../../../src/data/references.ts';
import { sepucha2008 } from '../../../src/data/sepucha-2008.ts';
import { CHART_PALETTE, CHART_TEXT } from '../../../src/deck/chart/goals-chart-look.ts';
import { CHART_BOX } from '../../../src/deck/geometry.ts';
import { TEXT_SIZE } from '../../../src/deck/typography.ts';
import { renderGoalsChartSvg } from '../../../src/render/render-goals-chart-svg.ts';
import { renderGoalsTable } from '../../../src/render/render-goals-table.ts';
import { findSvgHazard } from '../../../src/site/find-svg-hazard.ts';

const svgText = renderGoalsChartSvg(sepucha2008);
const svg = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
// A text's lines are its tspans: read them as a person would, a space between lines.
const texts = [...svg.querySelectorAll('text')].map((text) =>
  [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '),
);
const words = texts.join(' ').replace(/\s+/g, ' ');

describe('the chart’s final state as SVG', () => {
  it('writes every goal, both groups’ values, the gaps in percentage points and their p-values as text', () => {
    for (const goal of sepucha2008.goals) {
      for (const word of goal.goal.split(' ')) expect(words).toContain(word);
      expect(texts).toContain(`${goal.providers}%`);
      expect(texts).toContain(`${goal.patients}%`);
      expect(words).toContain(`${Math.abs(goal.providers - goal.patients)} percentage points ${goal.p}`);
    }
  });

  it('names both groups in a legend, with their colours', () => {
    expect(texts).toContain('Providers (clinicians)');
    expect(texts).toContain('Patients (breast cancer survivors)');
    const legend = svg.querySelector('.chart-svg-legend');
    const fills = [...(legend?.querySelectorAll('rect') ?? [])].map((rect) => rect.getAttribute('fill'));
    expect(fills).toEqual([CHART_PALETTE.providers, CHART_PALETTE.patients]);
  });

  it('draws the axis with its ticks and title', () => {
    for (const tick of ['0%', '20%', '40%', '60%', '80%', '100%']) expect(texts).toContain(tick);
    expect(words).toContain('Share ranking the goal among their top three');
  });

  it('draws each group’s bars in its colour, longer for a larger share', () => {
    const bars = (colour: string) =>
      [...svg.querySelectorAll(`rect[fill="${colour}"]`)]
        .slice(1) // the legend's swatch comes first
        .map((rect) => Number(rect.getAttribute('width')));
    const providers = bars(CHART_PALETTE.providers);
    expect(providers).toHaveLength(sepucha2008.goals.length);
    // 71% against 96%: the bars keep the values' proportions.
    expect((providers[0] ?? 0) / (providers[1] ?? 1)).toBeCloseTo(71 / 96, 2);
    expect(bars(CHART_PALETTE.patients)).toHaveLength(sepucha2008.goals.length);
  });

  it('writes no text smaller than the slide’s small text', () => {
    const sizes = [...svg.querySelectorAll('text')].map((text) => Number(text.getAttribute('font-size')));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(TEXT_SIZE.small);
    expect(Math.max(...sizes)).toBe(CHART_TEXT.label);
  });

  it('is the chart’s box in size, described for screen readers, and safe to inline under the CSP', () => {
    expect(svg.getAttribute('viewBox')).toBe(
      `0 0 ${CHART_BOX.width} ${CHART_BOX.height + CHART_BOX.legendHeight}`,
    );
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('Keep your breast: providers 71%, patients 7%');
    expect(findSvgHazard(svgText)).toBeUndefined();
    expect(svgText).not.toMatch(/\sstyle=|<script|\son\w+=/i);
  });
});

describe('the chart’s data table', () => {
  const html = renderGoalsTable(sepucha2008, bibliography.get('sepucha2008'), 'table-chart');
  const table = new DOMParser().parseFromString(html, 'text/html').querySelector('table');

  it('has the chart’s columns in the chart’s order: providers, patients, the gap, its p-value', () => {
    const heads = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent);
    expect(heads).toEqual(['Goal', 'Providers', 'Patients', 'Gap (points)', 'p-value']);
    const first = [...(table?.querySelectorAll('tbody tr:first-child > *') ?? [])].map(
      (cell) => cell.textContent,
    );
    expect(first).toEqual(['Keep your breast?', '71%', '7%', '64', 'P<0.01']);
  });

  it('explains the gap’s unit and names the source in its caption', () => {
    const caption = table?.querySelector('caption')?.textContent ?? '';
    expect(caption).toContain('in percentage points');
    expect(caption).toContain('Sepucha 2008');
  });

  it('marks each row with its goal’s place in the talk, for sorting', () => {
    const places = [...(table?.querySelectorAll('tbody tr') ?? [])].map((row) =>
      row.getAttribute('data-goal'),
    );
    expect(places).toEqual(['0', '1', '2', '3']);
  });
});
