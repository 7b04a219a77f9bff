/** A user's own edits, as if typed into the Sheets grid (for tests and the playground). */
import { cellA1, quoteSheetName } from './a1';
import { StoredContent, parseEntry } from './cell-input';
import { isPlainTextCell, readContents, readDisplay, readValue, writeContents } from './cell-values';
import type { EmuDataValidation } from './data-validation';
import type { EmuSheet } from './sheet';

/** Thrown when a cell's validation rejects what was typed; the cell keeps its old content. */
export class RejectedEditError extends Error {
  constructor(
    message: string,
    readonly cell: string,
  ) {
    super(message);
    this.name = 'RejectedEditError';
  }
}

function defaultHelp(rule: EmuDataValidation): string {
  const c = rule.criterion;
  switch (c.kind) {
    case 'list':
    case 'listFromRange':
      return 'Input must be an item on the specified list.';
    case 'numberBetween':
      return `Input must be a number between ${c.min} and ${c.max}.`;
    case 'numberAtLeast':
      return `Input must be a number greater than or equal to ${c.min}.`;
  }
}

function allowedValues(sheet: EmuSheet, rule: EmuDataValidation): string[] {
  const c = rule.criterion;
  if (c.kind === 'list') return c.values;
  if (c.kind !== 'listFromRange' || !c.source.valid) return [];
  const source = sheet.spreadsheet.sheetById(c.source.sheetId);
  if (!source) return [];
  const values: string[] = [];
  for (let r = c.source.row; r < c.source.row + c.source.numRows; r++) {
    for (let col = c.source.column; col < c.source.column + c.source.numColumns; col++) {
      const shown = readDisplay(source, r, col);
      if (shown !== '') values.push(shown);
    }
  }
  return values;
}

function passes(sheet: EmuSheet, rule: EmuDataValidation, typed: string, content: StoredContent): boolean {
  const c = rule.criterion;
  if (c.kind === 'list' || c.kind === 'listFromRange') return allowedValues(sheet, rule).includes(typed);
  if (content.kind !== 'number') return false;
  return c.kind === 'numberBetween' ? content.value >= c.min && content.value <= c.max : content.value >= c.min;
}

/**
 * Types `typed` into a cell as a user would in Sheets: "=..." becomes a formula (unless the cell
 * is formatted "@"), a leading apostrophe keeps the rest as text, numbers, percentages, $ amounts,
 * TRUE/FALSE and dates are recognised, "" empties the cell. A data validation with
 * allowInvalid=false rejects a failing value with a {@link RejectedEditError} naming the cell and
 * the rule's help text; the cell is left as it was. Not a spreadsheet call.
 *
 * @example
 * editCell(sheet, 5, 2, '=B3*2');
 * editCell(sheet, 6, 2, "'0042");   // text "0042"
 */
export function editCell(sheet: EmuSheet, row: number, column: number, typed: string): void {
  sheet.rangeAt({ row, column, numRows: 1, numColumns: 1 });
  const content = parseEntry(typed, isPlainTextCell(sheet, row, column));
  const rule = sheet.state.cells.get(row, column)?.validation;
  const rect = { row, column, numRows: 1, numColumns: 1 };
  const rejected = (failed: EmuDataValidation) => {
    const where = `${quoteSheetName(sheet.state.name)}!${cellA1(row, column)}`;
    return new RejectedEditError(`Invalid entry in ${where}: ${failed.helpText || defaultHelp(failed)}`, where);
  };
  if (rule && !rule.allowInvalid && content.kind === 'formula') {
    // Sheets checks a formula by the value it computes: write it, and put the cell back if that fails.
    const before = readContents(sheet, rect);
    writeContents(sheet, rect, [[content]]);
    const value = readValue(sheet, row, column);
    const computed: StoredContent =
      typeof value === 'number' ? { kind: 'number', value } : { kind: 'text', text: String(value) };
    if (passes(sheet, rule, String(value), computed)) return;
    writeContents(sheet, rect, before);
    throw rejected(rule);
  }
  if (rule && !rule.allowInvalid && content.kind !== 'empty' && !passes(sheet, rule, typed, content))
    throw rejected(rule);
  writeContents(sheet, rect, [[content]]);
}

/** Empties a cell as the Delete key does: content goes, formats, notes and validation stay. */
export function clearCell(sheet: EmuSheet, row: number, column: number): void {
  sheet.rangeAt({ row, column, numRows: 1, numColumns: 1 });
  writeContents(sheet, { row, column, numRows: 1, numColumns: 1 }, [[{ kind: 'empty' }]]);
}
