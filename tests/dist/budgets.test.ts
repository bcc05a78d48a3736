import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { BYTE_BUDGETS, type MeasuredSizes } from '../../src/tools/budgets/budgets.ts';
import { checkBudgets } from '../../src/tools/budgets/check-budgets.ts';
import { measureCriticalPath } from '../../src/tools/budgets/critical-path.ts';
import { measureSite } from '../../src/tools/budgets/site-size.ts';
import { EAGER_COMPILE_HINT } from '../../src/site/compile-hints-plugin.ts';

const distDir = inject('distDir');

/** Strings of Chart.js's own code that survive minification: its registry's error and a bar option. */
const CHART_JS_MARKERS = ['is not a registered', 'borderSkipped'];

let sizes: MeasuredSizes;

beforeAll(async () => {
  sizes = { criticalPath: await measureCriticalPath(distDir), site: measureSite(distDir) };
});

/** What the sizes are made of, for a failure message: the critical path by file, the site by type. */
function breakdown(): string {
  const critical = sizes.criticalPath.files.map((file) => `${file.path} ${file.gzip}`);
  const site = Object.entries(sizes.site.byType).map(([type, size]) => `${type} ${size.gzip}`);
  return `gzipped bytes; critical path: ${critical.join(', ')}; whole site: ${site.join(', ')}`;
}

function containsChartJs(path: string): boolean {
  const code = readFileSync(join(distDir, path), 'utf8');
  return CHART_JS_MARKERS.some((marker) => code.includes(marker));
}

describe('byte budgets (gzipped, counted from the built files)', () => {
  for (const budget of BYTE_BUDGETS) {
    it(`keeps the ${budget.name} within ${budget.limit / 1000} kB`, () => {
      const [check] = checkBudgets(sizes, [budget]);
      expect(check?.actual, breakdown()).toBeLessThanOrEqual(budget.limit);
    });
  }
});

describe('the critical path', () => {
  it('counts the page, its stylesheet, its module script and the fonts of the text first painted', () => {
    const { byType } = sizes.criticalPath;
    expect(byType.document.files).toBe(1);
    expect(byType.stylesheet.files).toBeGreaterThan(0);
    expect(byType.script.files).toBeGreaterThan(0);
    expect(byType.font.files).toBeGreaterThan(0);
    expect(sizes.criticalPath.files.filter((file) => file.type === 'font').map((file) => file.path)).toEqual(
      expect.arrayContaining([expect.stringMatching(/source-serif-4-latin-600-normal-.*\.woff2$/)]),
    );
  });

  it('leaves Chart.js off it: the chart code loads only when a chart slide comes near', () => {
    const scripts = sizes.site.files.filter((file) => file.type === 'script').map((file) => file.path);
    expect(
      scripts.filter(containsChartJs),
      'the site must hold Chart.js for this test to mean anything',
    ).not.toEqual([]);
    const critical = sizes.criticalPath.files
      .filter((file) => file.type === 'script')
      .map((file) => file.path);
    expect(critical.filter(containsChartJs)).toEqual([]);
  });
});

describe('the chart code', () => {
  it('is compiled as it loads: its chunk, and no other script, starts with the eager-compile hint', () => {
    const scripts = sizes.site.files.filter((file) => file.type === 'script').map((file) => file.path);
    const hinted = scripts.filter((path) =>
      readFileSync(join(distDir, path), 'utf8').startsWith(`${EAGER_COMPILE_HINT}\n`),
    );
    expect(hinted).toEqual(scripts.filter(containsChartJs));
    expect(hinted).toHaveLength(1);
  });
});

