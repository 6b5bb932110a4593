/**
 * A Markdown table with its columns padded to one width, so it reads as a
 * table in a terminal too. Columns marked in `rightAligned` (numbers) end
 * their separator in ':' and are padded on the left.
 */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: readonly boolean[] = [],
): string {
  // Three characters at least: a separator cell is three dashes in GitHub's Markdown.
  const widths = header.map((cell, column) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const pad = (cell: string, column: number) =>
    rightAligned[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0);
  const line = (cells: readonly string[]) =>
    `| ${header.map((_, column) => pad(cells[column] ?? '', column)).join(' | ')} |`;
  const separator = widths.map((width, column) =>
    rightAligned[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${separator.join(' | ')} |`, ...rows.map(line)].join('\n');
}
