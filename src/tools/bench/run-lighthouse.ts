import { Launcher, launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { lighthouseChromeFlags } from './lighthouse-chrome-flags.ts';
import {
  LIGHTHOUSE_CATEGORIES,
  type LighthouseCategory,
  type LighthousePreset,
  type LighthouseResult,
} from './lighthouse-result.ts';

/** The flags the issue names: new headless mode, no sandbox (containers) and no GPU. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

/**
 * Audits `url` with Lighthouse in the Chromium at `chromePath` (started for this run and stopped after),
 * in all four categories. Rejects when Chromium will not start or Lighthouse could not load the page.
 */
export async function runLighthouse(
  url: string,
  chromePath: string,
  preset: LighthousePreset,
): Promise<LighthouseResult> {
  const chrome = await launch({
    chromePath,
    chromeFlags: [...lighthouseChromeFlags(Launcher.defaultFlags()), ...CHROME_FLAGS],
    ignoreDefaultFlags: true,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
    const { categories, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${runtimeError.message}`);
    const scores = Object.fromEntries(
      LIGHTHOUSE_CATEGORIES.map((id) => {
        const score = categories[id]?.score;
        return [id, typeof score === 'number' ? Math.round(score * 100) : undefined];
      }),
    ) as Record<LighthouseCategory, number | undefined>;
    const missed = LIGHTHOUSE_CATEGORIES.flatMap((id) =>
      (categories[id]?.auditRefs ?? []).flatMap((ref) => {
        const audit = audits[ref.id];
        if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) return [];
        const value = audit.displayValue ? `${audit.displayValue}, ` : '';
        return [`${id}: ${audit.title} (${value}score ${Math.round(audit.score * 100)})`];
      }),
    );
    return { preset, scores, missed };
  } finally {
    chrome.kill();
  }
}
