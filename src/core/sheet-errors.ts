/**
 * Sheets' error values, as a cell's value reads when its formula fails, each with what it means in
 * plain words. A note typed as "=Brand partnerships?" is such a formula: Sheets shows #ERROR!.
 */
const SHEET_ERRORS: ReadonlyMap<string, string> = new Map([
  ['#ERROR!', 'Sheets could not read what was typed as a formula'],
  ['#NAME?', 'the formula uses a name Sheets does not know'],
  ['#REF!', 'the formula refers to cells that were deleted'],
  ['#VALUE!', 'the formula works on a value of the wrong kind'],
  ['#DIV/0!', 'the formula divides by zero'],
  ['#N/A', 'the formula looks up a value that is not there'],
  ['#NUM!', 'the formula’s result is not a number Sheets can show'],
  ['#NULL!', 'the formula’s ranges do not meet'],
]);

/** The error a cell value shows, with what it means, or null when the value is not an error. */
export function sheetError(value: unknown): { error: string; meaning: string } | null {
  const meaning = typeof value === 'string' ? SHEET_ERRORS.get(value) : undefined;
  return meaning === undefined ? null : { error: value as string, meaning };
}

/** How a note cell that shows an error is reported: the error, its meaning and the way out. */
export function noteErrorMessage(value: string): string {
  const found = sheetError(value);
  const meaning = found === null ? '' : ` (${found.meaning})`;
  return `shows ${value}${meaning}. A note that starts with = is read as a formula: to keep it as text, type it again with an apostrophe first, as in '=your text.`;
}
