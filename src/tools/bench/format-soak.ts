import type { SoakResult } from './soak-dev-server.ts';

const MB = 1_000_000;

/** The dev-server soak as the bench reports it: edits, time, memory at both ends, and any edit lost. */
export function formatSoak(result: SoakResult): string {
  const lines = [
    `Dev-server soak: ${result.edits} edits of one slide, bad and good in turn, in ${(result.ms / 1000).toFixed(1)} s.`,
    `  heap after a full collection: ${(result.heapStart / MB).toFixed(1)} MB at the start, ${(result.heapEnd / MB).toFixed(1)} MB at the end`,
    `  resident set: ${(result.rssStart / MB).toFixed(0)} MB at the start, ${(result.rssEnd / MB).toFixed(0)} MB at the end`,
    result.wrong.length === 0
      ? '  every bad edit left the last good deck served with its mistake shown; every good edit showed the new slide'
      : `  ${result.wrong.length} edits not shown as they should be: ${result.wrong.join('; ')}`,
  ];
  return lines.join('\n');
}
