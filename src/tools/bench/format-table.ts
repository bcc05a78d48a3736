/**
 * A plain-text table under `title`: a header row, a rule, then the rows; the first column left-aligned,
 * the others right-aligned (they hold numbers), columns two spaces apart.
 */
export function formatTable(
  title: string,
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [title, line(header), rule, ...rows.map(line)].join('\n');
}

/** "12.3" kB (1 kB = 1000 bytes). */
export function formatKb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** "123" ms, or "—" when there is no time. */
export function formatMs(ms: number | undefined): string {
  return ms === undefined ? '—' : Math.round(ms).toString();
}
