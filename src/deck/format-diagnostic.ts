import type { Diagnostic } from './deck.ts';

/** Returns `file:line: message` with the hint on an indented second line, as compilers print. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place =
    diagnostic.line > 0
      ? `${diagnostic.file}:${diagnostic.line}${diagnostic.column ? `:${diagnostic.column}` : ''}`
      : diagnostic.file;
  const hint = diagnostic.hint ? `\n  hint: ${diagnostic.hint}` : '';
  return `${place}: ${diagnostic.message}${hint}`;
}

/** Sorts diagnostics by file, then line, so a report reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Returns every diagnostic of a run as one report, sorted, with a count line. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  const count = diagnostics.length === 1 ? '1 error' : `${diagnostics.length} errors`;
  return `${count} in slides:\n${sortDiagnostics(diagnostics).map(formatDiagnostic).join('\n')}`;
}
