/**
 * Reading every compared canvas in a fixed number of calls: the Compare sheet first holds one
 * formula per cell to pull (each canvas's name, currency and block items), the adapter reads those
 * values back in one call, and the final layout replaces them. Pure: positions come from the
 * canvases' named regions.
 */
import { cell, eq, formula, IF, onSheet } from '../formula';
import { cellText } from '../layout/read-canvas';
import { REGION_HEADER_ROWS } from '../layout/regions';
import { Pos } from '../layout/geometry';
import { BlockId } from '../model';
import { EditPlan } from '../edit/plan-edit';
import { FormulaCell, GridRange } from '../plan';

/** The blocks in the order the book tells a model's story. */
export const COMPARED_BLOCKS: readonly BlockId[] = [
  'customerSegments',
  'valuePropositions',
  'channels',
  'customerRelationships',
  'revenueStreams',
  'keyResources',
  'keyActivities',
  'keyPartners',
  'costStructure',
];

/** A canvas found in the file: its sheet, its named-range prefix and where its blocks are now. */
export interface CanvasSource {
  sheetName: string;
  prefix: string;
  /** Each block's region as its named range says; a block whose range was deleted is absent. */
  regions: Partial<Record<BlockId, GridRange>>;
  /** Where the canvas's Revenue cell is now (its named range says), or null when that name is gone. */
  revenueAt?: Pos | null;
}

/** What the Compare sheet shows of a canvas as values. */
export interface CanvasSnapshot {
  title: string;
  currency: string;
  /** Item texts per block (for the financial blocks: the names of streams and costs), empty rows left out. */
  items: Record<BlockId, string[]>;
}

export interface Staging {
  numRows: number;
  /** Writes the pulling formulas into rows 1… and columns 1… (one per source) of an empty sheet. */
  plan: EditPlan;
  /** The snapshots, from the values the formulas gave (numRows × sources, from A1). */
  read(values: readonly (readonly unknown[])[]): CanvasSnapshot[];
}

const TITLE_ROW = 1;
const CURRENCY_ROW = 2;
const CANVAS_TITLE = { row: 1, column: 1 };
const CANVAS_CURRENCY = { row: 1, column: 15 };

function itemRows(region: GridRange | undefined): number {
  return region === undefined ? 0 : Math.max(0, region.numRows - REGION_HEADER_ROWS);
}

/** A cell of another sheet, empty when it is empty (a bare reference would read an empty cell as 0). */
function pull(sheetName: string, row: number, column: number): FormulaCell {
  const ref = onSheet(sheetName, cell(row, column));
  return { formula: formula(IF(eq(ref, ''), '', ref)) };
}

export function stagingOf(sources: readonly CanvasSource[]): Staging {
  const offsets = new Map<BlockId, number>();
  let next = CURRENCY_ROW + 1;
  for (const block of COMPARED_BLOCKS) {
    offsets.set(block, next);
    next += Math.max(0, ...sources.map((s) => itemRows(s.regions[block])));
  }
  const numRows = next - 1;
  const formulas = Array.from({ length: numRows }, () => sources.map((): FormulaCell | null => null));
  sources.forEach((s, i) => {
    formulas[TITLE_ROW - 1][i] = pull(s.sheetName, CANVAS_TITLE.row, CANVAS_TITLE.column);
    formulas[CURRENCY_ROW - 1][i] = pull(s.sheetName, CANVAS_CURRENCY.row, CANVAS_CURRENCY.column);
    for (const block of COMPARED_BLOCKS) {
      const region = s.regions[block];
      if (region === undefined) continue;
      const at = offsets.get(block) as number;
      for (let k = 0; k < itemRows(region); k++) {
        formulas[at - 1 + k][i] = pull(s.sheetName, region.row + REGION_HEADER_ROWS + k, region.column);
      }
    }
  });

  const range = { row: 1, column: 1, numRows, numColumns: sources.length };
  return {
    numRows,
    plan: {
      insertions: [],
      values: numRows === 0 ? [] : [{ range, values: formulas }],
      fills: [],
    },
    read(values) {
      return sources.map((s, i) => {
        const text = (row: number) => cellText(values, row, i + 1);
        const items = {} as Record<BlockId, string[]>;
        for (const block of COMPARED_BLOCKS) {
          const at = offsets.get(block) as number;
          items[block] = [];
          for (let k = 0; k < itemRows(s.regions[block]); k++) {
            const t = text(at + k);
            if (t.trim() !== '') items[block].push(t);
          }
        }
        return { title: text(TITLE_ROW), currency: text(CURRENCY_ROW).trim().toUpperCase(), items };
      });
    },
  };
}
