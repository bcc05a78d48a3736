import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints, after the run, how many tests each project ran and how they ended: the three browser engines'
 * counts side by side, so a run that quietly ran fewer tests in one engine shows it.
 */
export default class CountsByProject implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = new Map<string, Record<'passed' | 'failed' | 'skipped' | 'pending', number>>();
    for (const module of testModules) {
      const count = counts.get(module.project.name) ?? { passed: 0, failed: 0, skipped: 0, pending: 0 };
      for (const test of module.children.allTests()) count[test.result().state]++;
      counts.set(module.project.name, count);
    }
    if (counts.size === 0) return;
    const lines = [...counts].map(
      ([name, { passed, failed, skipped }]) =>
        `  ${name.padEnd(9)} ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    );
    process.stdout.write(`\nTests by project:\n${lines.join('\n')}\n`);
  }
}
