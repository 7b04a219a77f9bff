/**
 * The Poster: a clean sheet of the nine blocks in the classic arrangement, holding the canvas's
 * notes only (no categories, segments, drivers or helper columns), each block one live formula over
 * the canvas's own cells, so the poster follows every change. Print-ready: one landscape page in
 * exports (src/local/xlsx.ts reads the marker).
 */
import { blockInfo, LICENCE_LINE } from './blocks';
import { CHAR, concat, eq, formulaCell, IF, onSheet, range, TEXTJOIN, ABS } from './formula';
import { BlockPlace } from './layout/canvas-layout';
import { COST_COLUMNS, FinanceGeometry, REVENUE_COLUMNS } from './layout/geometry';
import { BlockId } from './model';
import { GridRange, SheetPlan } from './plan';
import { cellRange, PlanBuilder } from './plan-builder';

/** Developer-metadata key that marks a sheet as a poster: never a canvas, whatever it holds. */
export const POSTER_MARKER_KEY = 'bmc.poster';
export const POSTER_VERSION = 1;

export interface PosterMarker {
  version: number;
  /** The id of the canvas sheet the poster shows. */
  canvasSheetId: number;
}

/** Ten equal columns: each top block takes two, each bottom block five. */
const POSTER_COLUMNS = 10;
const COLUMN_WIDTH = 130;
const GRID = '#b0b7c3';

/** Where each block's title and notes go: title row, first column, and the notes' rows and width. */
const SPOTS: Record<BlockId, { title: number; column: number; width: number; bodyRows: number }> = {
  keyPartners: { title: 3, column: 1, width: 2, bodyRows: 3 },
  keyActivities: { title: 3, column: 3, width: 2, bodyRows: 1 },
  keyResources: { title: 5, column: 3, width: 2, bodyRows: 1 },
  valuePropositions: { title: 3, column: 5, width: 2, bodyRows: 3 },
  customerRelationships: { title: 3, column: 7, width: 2, bodyRows: 1 },
  channels: { title: 5, column: 7, width: 2, bodyRows: 1 },
  customerSegments: { title: 3, column: 9, width: 2, bodyRows: 3 },
  costStructure: { title: 7, column: 1, width: 5, bodyRows: 1 },
  revenueStreams: { title: 7, column: 6, width: 5, bodyRows: 1 },
};

/** Row heights in pixels: the title, and the rows that hold notes. */
const HEIGHTS = { title: 36, blockTitle: 24, upper: 190, lower: 190, bottom: 150 } as const;

export interface PosterSource {
  /** The canvas sheet's name now, as its formulas name it. */
  sheetName: string;
  sheetId: number;
  canvasName: string;
  places: readonly BlockPlace[];
  finance: FinanceGeometry;
}

/** The cells on the canvas that hold a block's notes: its item column, or the cost or stream names. */
function notesColumn(place: BlockPlace, finance: FinanceGeometry): GridRange {
  if (place.block === 'costStructure')
    return cellRange(finance.costRows.first, COST_COLUMNS.name, finance.costRows.count, 1);
  if (place.block === 'revenueStreams')
    return cellRange(finance.revenueRows.first, REVENUE_COLUMNS.name, finance.revenueRows.count, 1);
  return cellRange(place.items.row, place.items.column, place.items.numRows, 1);
}

/** The notes of a block, one a line with a bullet, or nothing when it has none. */
function notesFormula(sheetName: string, cells: GridRange) {
  const source = onSheet(
    sheetName,
    range(cells.row, cells.column, cells.row + cells.numRows - 1, cells.column + cells.numColumns - 1, ABS),
  );
  const lines = TEXTJOIN(concat(CHAR(10), '• '), true, source);
  return formulaCell(IF(eq(lines, ''), '', concat('• ', lines)));
}

/** Decides everything the poster sheet holds. Pure: the same canvas gives the same plan. */
export function layoutPoster(source: PosterSource, posterSheetName: string): SheetPlan {
  const b = new PlanBuilder(posterSheetName, POSTER_COLUMNS);
  b.set(1, 1, source.canvasName, {
    fontSize: 18,
    fontWeight: 'bold',
    fontColor: '#202124',
    verticalAlignment: 'middle',
  });
  b.rowHeight(1, HEIGHTS.title);
  const regions: GridRange[] = [];
  for (const place of source.places) {
    const spot = SPOTS[place.block];
    const info = blockInfo(place.block);
    const body = cellRange(spot.title + 1, spot.column, spot.bodyRows, spot.width);
    const region = cellRange(spot.title, spot.column, spot.bodyRows + 1, spot.width);
    regions.push(region);
    b.format(region, { background: info.color, verticalAlignment: 'top' });
    b.set(spot.title, spot.column, info.title, { fontWeight: 'bold', fontSize: 12, fontColor: '#202124' });
    b.set(body.row, body.column, notesFormula(source.sheetName, notesColumn(place, source.finance)), {
      wrap: true,
      fontSize: 10,
      fontColor: '#202124',
      verticalAlignment: 'top',
    });
    b.merge(body);
  }
  b.border({ ranges: regions, color: GRID, inner: false, style: 'solid-medium' });
  for (const [row, height] of [
    [3, HEIGHTS.blockTitle],
    [4, HEIGHTS.upper],
    [5, HEIGHTS.blockTitle],
    [6, HEIGHTS.lower],
    [7, HEIGHTS.blockTitle],
    [8, HEIGHTS.bottom],
  ] as const)
    b.rowHeight(row, height);
  b.set(9, 1, LICENCE_LINE, { fontSize: 8, fontColor: '#5f6368' });
  for (let c = 1; c <= POSTER_COLUMNS; c++) b.columnWidth(c, COLUMN_WIDTH);
  b.meta(
    POSTER_MARKER_KEY,
    JSON.stringify({ version: POSTER_VERSION, canvasSheetId: source.sheetId } satisfies PosterMarker),
  );
  b.ensure(9, POSTER_COLUMNS);
  return b.build();
}

/** The poster sheet's name for a canvas sheet: "<canvas> – poster". */
export function posterSheetName(canvasSheetName: string): string {
  return `${canvasSheetName} – poster`;
}
