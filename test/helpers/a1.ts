/** A1 helpers for tests: parse "K23" or "$K$23" into a position, print positions back. */

export interface CellPos {
  row: number;
  column: number;
}

export function lettersToColumn(letters: string): number {
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

export function columnToLetters(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "K23" or "$K$23" → { row: 23, column: 11 }. */
export function parseA1(text: string): CellPos {
  const m = /^\$?([A-Z]+)\$?([0-9]+)$/.exec(text);
  if (!m) throw new Error(`Not a cell reference: ${text}`);
  return { row: Number(m[2]), column: lettersToColumn(m[1]) };
}

export function toA1(p: CellPos): string {
  return `${columnToLetters(p.column)}${p.row}`;
}
