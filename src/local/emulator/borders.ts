/** Range.setBorder as Sheets applies it, recorded per cell edge. */
import type { GridRect } from './a1';
import { BorderLine, CellBorders, normaliseColour } from './cell-format';
import type { EmuSheet } from './sheet';

export interface BorderRequest {
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: unknown;
}

const STYLES = ['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE'];

function lineOf(request: BorderRequest): BorderLine {
  const style = request.style === null || request.style === undefined ? 'SOLID' : String(request.style);
  if (!STYLES.includes(style)) throw new Error(`Invalid border style: ${style}`);
  return { color: request.color === null ? '#000000' : normaliseColour(request.color), style };
}

/**
 * true draws an edge, false removes it, null leaves it. `vertical`/`horizontal` are the lines
 * between cells inside the range; each inner line is recorded on both cells it separates.
 */
export function applyBorderInPlace(sheet: EmuSheet, rect: GridRect, request: BorderRequest): void {
  const line = lineOf(request);
  const lastRow = rect.row + rect.numRows - 1;
  const lastColumn = rect.column + rect.numColumns - 1;
  for (let r = rect.row; r <= lastRow; r++) {
    for (let c = rect.column; c <= lastColumn; c++) {
      const edges: Record<keyof CellBorders, boolean | null> = {
        top: r === rect.row ? request.top : request.horizontal,
        bottom: r === lastRow ? request.bottom : request.horizontal,
        left: c === rect.column ? request.left : request.vertical,
        right: c === lastColumn ? request.right : request.vertical,
      };
      sheet.updateProps(r, c, (props) => {
        const borders: CellBorders = { ...props.borders };
        for (const edge of Object.keys(edges) as (keyof CellBorders)[]) {
          if (edges[edge] === true) borders[edge] = line;
          else if (edges[edge] === false) delete borders[edge];
        }
        return { ...props, borders: Object.keys(borders).length ? borders : undefined };
      });
    }
  }
}
