/**
 * What Sheets draws on a sheet beyond its cells' own formats: the colours its conditional-format
 * rules give cells now, and its charts with the series they plot. Worked out on the live emulated
 * sheet, since both depend on formulas the snapshot does not evaluate.
 */
import { conditionalFormatAt, EmuChart, type EmuSheet } from '../emulator';
import type { ChartView, ShownColours } from './protocol';

/** Sheets' size for a chart that does not set one. */
const DEFAULT_CHART_SIZE = { width: 600, height: 371 };

/** Every cell inside a rule's range whose rules hold, with the colours the first such rule gives. */
export function conditionalColoursOf(sheet: EmuSheet): ShownColours[] {
  const seen = new Set<string>();
  const shown: ShownColours[] = [];
  for (const rule of sheet.getConditionalFormatRules()) {
    for (const range of rule.getRanges()) {
      const { row, column, numRows, numColumns } = range.rect;
      for (let r = row; r < row + numRows; r++) {
        for (let c = column; c < column + numColumns; c++) {
          const key = `${r}:${c}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const format = conditionalFormatAt(sheet, r, c);
          if (format && (format.background || format.fontColor)) shown.push({ row: r, column: c, ...format });
        }
      }
    }
  }
  return shown.sort((a, b) => a.row - b.row || a.column - b.column);
}

function labelText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? '');
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function sizeOption(value: unknown, fallback: number): number {
  return typeof value === 'number' && value > 0 ? value : fallback;
}

function rightAxisFormat(options: Record<string, unknown>): string | null {
  const axes = options.vAxes as Record<string, { format?: unknown }> | undefined;
  const format = axes?.[1]?.format;
  return typeof format === 'string' ? format : null;
}

/** The sheet's charts as Sheets would plot them; a chart whose data Sheets could not read is left out. */
export function chartViewsOf(sheet: EmuSheet): ChartView[] {
  return sheet.state.charts.flatMap((record): ChartView[] => {
    let plotted: ReturnType<EmuChart['series']>;
    try {
      plotted = new EmuChart(sheet, record).series();
    } catch {
      return [];
    }
    const { options } = record;
    return [
      {
        id: record.id,
        type: record.type,
        anchor: { ...record.anchor },
        width: sizeOption(options.width, DEFAULT_CHART_SIZE.width),
        height: sizeOption(options.height, DEFAULT_CHART_SIZE.height),
        title: typeof options.title === 'string' ? options.title : '',
        domain: { name: plotted.domain.name, labels: plotted.domain.labels.map(labelText) },
        series: plotted.series.map((s) => ({ name: s.name, values: s.values.map(numberOrNull), axis: s.axis })),
        rightAxisFormat: rightAxisFormat(options),
      },
    ];
  });
}
