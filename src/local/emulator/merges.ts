/** Merged cells: Range.merge / mergeAcross / breakApart and reading them back. */
import type { GridRect } from './a1';
import { contains, fillRect, intersects } from './grid-shape';
import type { EmuSheet } from './sheet';

const PARTIAL_MERGE = 'You must select all cells in a merged range to merge or unmerge them.';

/** Merges each rectangle into one cell, keeping only its top-left content, as Sheets does. */
export function mergeRectsInPlace(sheet: EmuSheet, rects: GridRect[]): void {
  for (const rect of rects) {
    if (rect.numRows === 1 && rect.numColumns === 1) continue;
    const touching = sheet.state.merges.filter((m) => intersects(m, rect));
    if (touching.some((m) => !contains(rect, m))) throw new Error(PARTIAL_MERGE);
    sheet.state.merges = sheet.state.merges.filter((m) => !touching.includes(m));
    const { engine } = sheet.spreadsheet;
    engine.batch(() => {
      if (rect.numColumns > 1) {
        engine.setContents(
          sheet.engineId,
          rect.row,
          rect.column + 1,
          fillRect({ ...rect, numRows: 1, numColumns: rect.numColumns - 1 }, null),
        );
      }
      if (rect.numRows > 1) {
        engine.setContents(
          sheet.engineId,
          rect.row + 1,
          rect.column,
          fillRect({ ...rect, numRows: rect.numRows - 1 }, null),
        );
      }
    });
    sheet.state.merges.push({ ...rect });
  }
}

/** Unmerges every merge inside the rectangle. */
export function breakApartInPlace(sheet: EmuSheet, rect: GridRect): void {
  const touching = sheet.state.merges.filter((m) => intersects(m, rect));
  if (touching.some((m) => !contains(rect, m))) throw new Error(PARTIAL_MERGE);
  sheet.state.merges = sheet.state.merges.filter((m) => !touching.includes(m));
}

/** The merges that overlap the rectangle. */
export function mergesTouching(sheet: EmuSheet, rect: GridRect): GridRect[] {
  return sheet.state.merges.filter((m) => intersects(m, rect));
}
