import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/tools/project-root.ts';

it('finds the project folder the command lines build, print and measure', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
  expect(manifest.name).toBe('leadership-and-coproduction');
  expect(readFileSync(join(PROJECT_ROOT, 'index.html'), 'utf8')).toContain('<html');
});
