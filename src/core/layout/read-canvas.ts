import { a1, columnLetter } from '../a1';
import { blockInfo } from '../blocks';
import { BlockId, Canvas, emptyBlocks, Item, NOTE_BLOCK_IDS, NoteBlockId } from '../model';
import { GridRange } from '../plan';
import { BlockPlace, CanvasMarker, LAYOUT_VERSION, regionName } from './canvas-layout';
import { financeInputExtent, ITEM_INPUTS_LAST_COLUMN, readFinanceRows, whatIfInputExtent } from '../finance/read';
import { patternCheckArea, readPatternCheck } from '../patterns/sheet/read-check';
import { noteErrorMessage, sheetError } from '../sheet-errors';
import { CANVAS_COLUMNS, FinanceGeometry } from './geometry';
import { REGION_HEADER_ROWS, REGIONS } from './regions';

/** What the reader needs from a sheet: three reads' worth. */
export interface CanvasSheetData {
  /** The sheet's name, asked for only when a message or a missing canvas name needs it. */
  sheetName: () => string;
  /** Value of the canvas marker (developer metadata), or null when the sheet has none. */
  marker: string | null;
  /** The stored pattern check (developer metadata), or null when the canvas has none. */
  patternCheck: string | null;
  /** Named ranges on the sheet: name → where it is now. */
  namedRanges: Record<string, GridRange>;
  /** Cell values from A1 down to `cellsToRead`, 0-based [row - 1][column - 1]. */
  values: readonly (readonly unknown[])[];
}

/** A canvas read back, with where its blocks are now (after any rows the user inserted). */
export interface CanvasOnSheet {
  canvas: Canvas;
  prefix: string;
  places: BlockPlace[];
  finance: FinanceGeometry;
}

export type ReadResult = ({ ok: true } & CanvasOnSheet) | { ok: false; problems: string[] };

/** Parses the canvas marker, or says what is wrong with it. */
export function parseMarker(sheetName: () => string, marker: string | null): CanvasMarker | string {
  if (marker === null) {
    return `The sheet "${sheetName()}" is not a Business Model Canvas. Open a canvas sheet, or make one with New canvas.`;
  }
  try {
    const m = JSON.parse(marker) as Partial<CanvasMarker>;
    if (typeof m.version !== 'number' || typeof m.prefix !== 'string') throw new Error('shape');
    if (m.version > LAYOUT_VERSION) {
      return `The canvas "${sheetName()}" was made by a newer version of the add-on (layout ${m.version}); update the add-on to open it.`;
    }
    if (m.version < LAYOUT_VERSION) {
      return `The canvas "${sheetName()}" was made by an earlier version of the add-on (layout ${m.version}), whose financial model sits in other cells, so it cannot be read or changed safely and nothing on it was touched. Make a new canvas and copy its notes and drivers across.`;
    }
    return { version: m.version, prefix: m.prefix };
  } catch {
    return `The canvas marker of "${sheetName()}" is damaged, so the sheet cannot be read as a canvas.`;
  }
}

/** The bottom row of the canvas's lowest region. */
export function lastCanvasRow(prefix: string, namedRanges: Record<string, GridRange>): number {
  let last = 1;
  for (const spec of REGIONS) {
    const r = namedRanges[regionName(prefix, spec.block)];
    if (r) last = Math.max(last, r.row + r.numRows - 1);
  }
  return last;
}

/**
 * How many rows and columns from A1 a reader must fetch: the canvas down to its lowest region,
 * the panel's assumptions and the pattern check, when their places can be worked out.
 */
export function cellsToRead(
  prefix: string,
  namedRanges: Record<string, GridRange>,
  patternCheck: string | null,
): { numRows: number; numColumns: number } {
  let numRows = lastCanvasRow(prefix, namedRanges);
  let numColumns = CANVAS_COLUMNS;
  const finance = financeGeometryOf(prefix, namedRanges);
  if (finance) {
    // The streams' own settings and the start months, right of the canvas in the item rows.
    numColumns = Math.max(numColumns, ITEM_INPUTS_LAST_COLUMN);
    for (const inputs of [financeInputExtent(finance), whatIfInputExtent(finance)]) {
      numRows = Math.max(numRows, inputs.numRows);
      numColumns = Math.max(numColumns, inputs.numColumns);
    }
    const area = patternCheck === null ? null : patternCheckArea(finance, patternCheck);
    if (area) {
      numRows = Math.max(numRows, area.numRows);
      numColumns = Math.max(numColumns, area.numColumns);
    }
  }
  return { numRows, numColumns };
}

/** Where the finance rows and panel are, from the bottom regions' named ranges. */
function financeGeometryOf(prefix: string, namedRanges: Record<string, GridRange>): FinanceGeometry | null {
  const cost = namedRanges[regionName(prefix, 'costStructure')];
  const revenue = namedRanges[regionName(prefix, 'revenueStreams')];
  if (!cost || !revenue) return null;
  return {
    prefix,
    costRows: { first: cost.row + REGION_HEADER_ROWS, count: cost.numRows - REGION_HEADER_ROWS },
    revenueRows: { first: revenue.row + REGION_HEADER_ROWS, count: revenue.numRows - REGION_HEADER_ROWS },
    panelFirstRow: Math.max(cost.row + cost.numRows, revenue.row + revenue.numRows) + 1,
    currency: '',
  };
}

/** Turns a canvas sheet's values back into the canvas model, or lists what stops it. */
export function readCanvasData(data: CanvasSheetData): ReadResult {
  const marker = parseMarker(data.sheetName, data.marker);
  if (typeof marker === 'string') return { ok: false, problems: [marker] };
  const { prefix } = marker;
  const problems: string[] = [];
  const regions = new Map<BlockId, GridRange>();

  for (const spec of REGIONS) {
    const info = blockInfo(spec.block);
    const name = regionName(prefix, spec.block);
    const range = data.namedRanges[name];
    if (!range) {
      problems.push(
        `The named range ${name}, which marks where ${info.title} is, was deleted. Undo that change (Edit → Undo), or add the named range back over the block.`,
      );
      continue;
    }
    if (range.column !== spec.column || range.numColumns !== spec.width) {
      problems.push(
        `Columns were inserted or deleted inside the canvas: ${info.title} should fill columns ${columnLetter(spec.column)}–${columnLetter(spec.column + spec.width - 1)}.`,
      );
      continue;
    }
    const found = cellText(data.values, range.row, range.column);
    if (found !== info.title) {
      problems.push(
        `The title row of ${info.title} (${a1(range.row, range.column)}) was deleted or changed: expected "${info.title}", found ${found === '' ? 'an empty cell' : `"${found}"`}.`,
      );
      continue;
    }
    regions.set(spec.block, range);
  }
  if (problems.length > 0) return { ok: false, problems };

  const region = (b: BlockId) => regions.get(b) as GridRange;
  const bottomTitle = region('costStructure').row;
  const blocks = emptyBlocks();
  const places: BlockPlace[] = [];
  for (const id of NOTE_BLOCK_IDS) {
    const r = region(id);
    // A block's items run to the row before the block below it, so rows inserted at a block's edge still count.
    const end =
      id === 'keyActivities'
        ? region('keyResources').row - 1
        : id === 'customerRelationships'
          ? region('channels').row - 1
          : bottomTitle - 1;
    const first = r.row + REGION_HEADER_ROWS;
    blocks[id] = readItems(data.values, id, { first, last: end, column: r.column }, problems);
    places.push({
      block: id,
      region: { ...r, numRows: end - r.row + 1 },
      items: { row: first, column: r.column, numRows: end - first + 1, numColumns: r.numColumns },
    });
  }

  const cost = region('costStructure');
  const revenue = region('revenueStreams');
  const financeGeometry = financeGeometryOf(prefix, data.namedRanges) as FinanceGeometry;
  for (const [block, r] of [
    ['costStructure', cost],
    ['revenueStreams', revenue],
  ] as const) {
    places.push({
      block,
      region: r,
      items: {
        row: r.row + REGION_HEADER_ROWS,
        column: r.column,
        numRows: r.numRows - REGION_HEADER_ROWS,
        numColumns: r.numColumns,
      },
    });
  }
  const finance = readFinanceRows(data.values, financeGeometry);
  problems.push(...finance.problems);
  const check = readPatternCheck(data.values, financeGeometry, data.patternCheck);
  problems.push(...check.problems);

  const currency = cellText(data.values, 1, 15).trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) {
    problems.push(
      `The currency in O1 must be a three-letter code such as USD or EUR, got ${currency === '' ? 'an empty cell' : `"${currency}"`}.`,
    );
  }
  if (problems.length > 0) return { ok: false, problems };

  const name = cellText(data.values, 1, 1);
  financeGeometry.currency = currency;
  const canvas: Canvas = {
    name: name === '' ? data.sheetName() : name,
    currency,
    blocks,
    revenueStreams: finance.revenueStreams,
    costs: finance.costs,
  };
  if (finance.assumptions) canvas.assumptions = finance.assumptions;
  if (check.check) canvas.patternCheck = check.check;
  return { ok: true, prefix, places, finance: financeGeometry, canvas };
}

/** A block's notes; a cell that shows an error is never a note: it is reported in `problems`. */
function readItems(
  values: CanvasSheetData['values'],
  block: NoteBlockId,
  { first, last, column }: { first: number; last: number; column: number },
  problems: string[],
): Item[] {
  const items: Item[] = [];
  // Text and category, and the segment in every block but the segments' own.
  const noteColumns = block === 'customerSegments' ? [column, column + 1] : [column, column + 1, column + 2];
  for (let row = first; row <= last; row++) {
    const errors = noteColumns.filter((c) => sheetError(values[row - 1]?.[c - 1]) !== null);
    for (const c of errors) {
      const where = `${blockInfo(block).title}, row ${row - first + 1} (${a1(row, c)})`;
      problems.push(`${where}: the cell ${noteErrorMessage(String(values[row - 1][c - 1]))}`);
    }
    if (errors.length > 0) continue;
    const text = cellText(values, row, column);
    const category = cellText(values, row, column + 1);
    const segment = block === 'customerSegments' ? '' : cellText(values, row, column + 2);
    if (text === '' && category === '' && segment === '') continue;
    const item: Item = { text };
    if (category !== '') item.category = category;
    if (segment !== '') item.segment = segment;
    items.push(item);
  }
  return items;
}

/** A cell as text, the way the user sees it typed (the adapter has already turned dates into days). */
export function cellText(values: CanvasSheetData['values'], row: number, column: number): string {
  const v = values[row - 1]?.[column - 1];
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}
