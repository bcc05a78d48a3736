import {
  LIGHTHOUSE_CATEGORIES,
  type LighthouseCategory,
  type LighthousePreset,
  type LighthouseResult,
} from './lighthouse-result.ts';
import { median } from './median.ts';

/** Several Lighthouse runs of one preset, summed up. */
export interface LighthouseSummary {
  readonly preset: LighthousePreset;
  /** The median score per category, rounded down to a whole score as Lighthouse shows scores. */
  readonly scores: Readonly<Record<LighthouseCategory, number | undefined>>;
  /** Each run's performance score, in the order they ran: how far the runs spread. */
  readonly performanceRuns: readonly (number | undefined)[];
  /** The audits that cost points in the run whose performance score is the median. */
  readonly missed: readonly string[];
}

/**
 * Sums up the runs of one preset. A single Lighthouse run on a loaded two-core machine moves by ten
 * points or more from one run to the next, mostly through Total Blocking Time: the median is reported.
 */
export function summariseLighthouse(runs: readonly LighthouseResult[]): LighthouseSummary {
  const first = runs[0];
  if (!first) throw new Error('No Lighthouse runs to sum up.');
  if (runs.some((run) => run.preset !== first.preset)) {
    throw new Error('Lighthouse runs of different presets cannot be summed up together.');
  }
  const scores = Object.fromEntries(
    LIGHTHOUSE_CATEGORIES.map((id) => {
      const middle = median(runs.map((run) => run.scores[id]));
      return [id, middle === undefined ? undefined : Math.floor(middle)];
    }),
  ) as Record<LighthouseCategory, number | undefined>;
  const performanceRuns = runs.map((run) => run.scores.performance);
  const byPerformance = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const medianRun = byPerformance[Math.floor((byPerformance.length - 1) / 2)] ?? first;
  return { preset: first.preset, scores, performanceRuns, missed: medianRun.missed };
}
