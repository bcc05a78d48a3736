import type { SlideSource } from '../../parse/load-deck.ts';
import { loadDeck } from '../../parse/load-deck.ts';
import { createPictureInspector } from '../../site/inspect-picture.ts';

/** Decks an author's mistakes can grow into, each about its size in Markdown. */
const HOSTILE_DECKS: readonly { readonly name: string; readonly files: () => SlideSource[] }[] = [
  {
    name: '100 000 distinct unknown citations in one paragraph',
    files: () => oneFile(Array.from({ length: 100_000 }, (_, i) => `[@nope${i}]`).join(' ')),
  },
  {
    name: '2 000 slides, each with a broken slide link',
    files: () =>
      oneFile(Array.from({ length: 2_000 }, (_, i) => `## S${i}\n\n[x](#/nope-${i})`).join('\n\n---\n\n')),
  },
  {
    name: '100 000 mistyped citations',
    files: () => oneFile('[@ x] '.repeat(100_000)),
  },
  {
    name: '10 MB of plain Markdown',
    files: () => oneFile('Lorem ipsum dolor sit amet, consectetur. '.repeat(250_000)),
  },
];

function oneFile(body: string): SlideSource[] {
  return [{ file: 'slides/01-a.md', source: `---\ntitle: A\n---\n\n## A\n\n${body}\n` }];
}

export interface HostileLoad {
  readonly name: string;
  readonly megabytes: number;
  readonly ms: number;
  readonly diagnostics: number;
}

/** Times the loader on each hostile deck: the parse and every check, as a build runs them. */
export function timeHostileLoads(projectRoot: string): HostileLoad[] {
  const inspectPicture = createPictureInspector(projectRoot, ['assets', 'slides']);
  return HOSTILE_DECKS.map(({ name, files }) => {
    const sources = files();
    const started = performance.now();
    const result = loadDeck(sources, { inspectPicture });
    const ms = performance.now() - started;
    const bytes = sources.reduce((sum, { source }) => sum + (source?.length ?? 0), 0);
    return { name, megabytes: bytes / 1e6, ms, diagnostics: result.ok ? 0 : result.diagnostics.length };
  });
}

export function formatHostileLoads(loads: readonly HostileLoad[]): string {
  return [
    'The loader on decks of many mistakes (parse and every check, no build):',
    ...loads.map(
      ({ name, megabytes, ms, diagnostics }) =>
        `  ${name} (${megabytes.toFixed(1)} MB): ${(ms / 1000).toFixed(2)} s, ${diagnostics} mistakes reported`,
    ),
  ].join('\n');
}
