/** Lighthouse's two form factors: its default (a throttled phone) and its desktop configuration. */
export type LighthousePreset = 'mobile' | 'desktop';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** One Lighthouse run: a score out of 100 per category, and what cost points. */
export interface LighthouseResult {
  readonly preset: LighthousePreset;
  readonly scores: Readonly<Record<LighthouseCategory, number | undefined>>;
  /** The audits that counted towards a score and did not pass: title, value, score. */
  readonly missed: readonly string[];
}
