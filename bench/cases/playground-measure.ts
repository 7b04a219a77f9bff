/**
 * A benchmark row that is not an emulator operation: a size, a count of server round trips, or a
 * time measured in Chromium.
 */
export interface PlaygroundMeasure {
  name: string;
  value: number;
  unit: 'bytes' | 'round trips' | 'ms';
  /** What the number should be, in words, when there is a target. */
  target?: string;
}

/** The rows as a table: measure, value, unit, target. */
export function measureTable(measures: PlaygroundMeasure[]): string {
  const header = ['measure', 'value', 'unit', 'target'];
  const cells = measures.map((m) => [m.name, String(m.value), m.unit, m.target ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((row) => row[i].length)));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
