import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { EnginePage } from '../engines/engine-page.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One accessibility violation, in a form that reads well in a failing assertion. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** The rules every view is held to: WCAG 2.0–2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs in the page, once axe is there: the violations in the part `include` finds, or in the page. */
async function runAxe({
  include,
  tags,
}: {
  include: string | null;
  tags: string[];
}): Promise<AxeViolation[]> {
  type AxeResults = {
    violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
  };
  const axe = (
    window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }
  ).axe;
  const results = await axe.run(include ? { include: [include] } : document, {
    runOnly: { type: 'tag', values: tags },
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
}

/**
 * Runs axe-core on the page, or on the part matching `selector`, and returns its violations. axe is
 * evaluated through the DevTools protocol, so the page's CSP does not stand in its way and the page
 * itself loads nothing extra.
 */
export async function findAxeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(runAxe, { include: selector ?? null, tags: AXE_TAGS });
}

/** The same, in a page of any engine: axe arrives through the driver, outside the page's CSP. */
export async function findAxeViolationsIn(page: EnginePage, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window, null))) await page.runScript(axeSource);
  return page.evaluate(runAxe, { include: selector ?? null, tags: AXE_TAGS });
}
