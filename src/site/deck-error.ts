import { resolve } from 'node:path';
import type { Diagnostic } from '../deck/deck.ts';
import { formatDiagnostics } from '../deck/format-diagnostic.ts';

/**
 * An author's mistakes as the one error every plugin throws: Vite prints its message on a build and shows
 * it in the dev server's overlay, at the first mistake's file and line (`loc`).
 */
export class DeckError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  readonly id?: string;
  readonly loc?: { readonly file: string; readonly line: number; readonly column: number };

  constructor(diagnostics: readonly Diagnostic[], root: string) {
    super(formatDiagnostics(diagnostics));
    this.name = 'DeckError';
    this.diagnostics = diagnostics;
    const first = diagnostics[0];
    if (first) {
      const file = resolve(root, first.file);
      this.id = file;
      this.loc = { file, line: Math.max(first.line, 1), column: first.column ?? 1 };
    }
    // The message is the whole report; a stack trace into the loader would only bury it.
    this.stack = this.message;
  }
}
