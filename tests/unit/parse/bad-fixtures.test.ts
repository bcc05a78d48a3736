import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../../src/deck/format-diagnostic.ts';
import { loadDeckFromDisk } from '../../../src/site/read-slide-sources.ts';

const BAD = join(import.meta.dirname, '../../fixtures/bad');

// Each folder is a broken deck; its expected.txt is the exact report an author must see.
describe('a broken deck fails with the exact file:line report', () => {
  for (const name of readdirSync(BAD).sort()) {
    it(name, () => {
      const root = join(BAD, name);
      const expected = readFileSync(join(root, 'expected.txt'), 'utf8').trimEnd();
      const result = loadDeckFromDisk(root);
      expect(result.ok).toBe(false);
      expect(formatDiagnostics(result.diagnostics)).toBe(expected);
    });
  }
});
