import { describe, expect, it } from 'vitest';
import type { LighthouseResult } from '../../../../src/tools/bench/lighthouse-result.ts';
import { summariseLighthouse } from '../../../../src/tools/bench/summarise-lighthouse.ts';

const run = (
  performance: number | undefined,
  accessibility: number,
  missed: string[] = [],
): LighthouseResult => ({
  preset: 'mobile',
  scores: { performance, accessibility, 'best-practices': 100, seo: 100 },
  missed,
});

describe('summing up Lighthouse runs', () => {
  it('reports the median of each category and every run’s performance', () => {
    const summary = summariseLighthouse([run(93, 100), run(99, 98), run(78, 100)]);
    expect(summary.scores).toEqual({ performance: 93, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(summary.performanceRuns).toEqual([93, 99, 78]);
  });

  it('takes the audits that cost points from the run with the median performance', () => {
    const summary = summariseLighthouse([
      run(99, 100, ['fast']),
      run(78, 100, ['slow']),
      run(93, 100, ['middle']),
    ]);
    expect(summary.missed).toEqual(['middle']);
  });

  it('rounds an even number of runs’ median down, as a score of 99.5 is not yet 100', () => {
    expect(summariseLighthouse([run(99, 100), run(100, 100)]).scores.performance).toBe(99);
  });

  it('leaves out a category no run scored', () => {
    expect(summariseLighthouse([run(undefined, 100)]).scores.performance).toBeUndefined();
  });

  it('refuses no runs, and runs of two presets', () => {
    expect(() => summariseLighthouse([])).toThrow(/No Lighthouse runs/);
    expect(() => summariseLighthouse([run(90, 100), { ...run(90, 100), preset: 'desktop' }])).toThrow(
      /different presets/,
    );
  });
});
