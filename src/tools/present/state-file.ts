import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Reads and writes the live state's file. Each write goes to a new file that then takes the old one's
 * name, so a server killed in the middle of a write leaves the previous state whole, never half a file.
 */
export function createStateFile(path: string) {
  return {
    read: (): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined),
    write(text: string): void {
      mkdirSync(dirname(path), { recursive: true });
      const next = `${path}.${process.pid}.tmp`;
      writeFileSync(next, text);
      renameSync(next, path);
    },
  };
}
