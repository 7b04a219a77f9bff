import { blockInfo, LICENCE_LINE, segmentColor } from '../blocks';
import { BlockId, Canvas, Item, NoteBlockId } from '../model';
import { CellFormat, GridRange, SheetPlan } from '../plan';
import { cellRange, PlanBuilder } from '../plan-builder';
import { addFinance } from '../finance';
import { INPUT_STYLE } from '../finance/styles';
import { addPatternCheck } from '../patterns/sheet';
import { CANVAS_COLUMNS, FinanceGeometry, NARROW_COLUMN_WIDTH } from './geometry';
import { REGION_HEADER_ROWS, REGIONS, ROOM_ROWS, TITLE_ROWS, TOP_BLOCK_WIDTH } from './regions';

/** Version of the sheet layout, stored in the canvas marker so later versions can read older sheets. */
/**
 * The sheet layout this version writes and reads. Layout 2 is the financial model with recurring
 * and volume streams, cash and years; a layout-1 canvas places its figures elsewhere, so it is
 * refused with a message rather than read wrongly.
 */
export const LAYOUT_VERSION = 2;
/** Developer-metadata key that marks a sheet as a canvas. */
export const CANVAS_MARKER_KEY = 'bmc.canvas';

export interface CanvasMarker {
  version: number;
  prefix: string;
}

/** Where each block sits: its whole region (title row first) and its item rows. */
export interface BlockPlace {
  block: BlockId;
  region: GridRange;
  items: GridRange;
}

export interface CanvasGeometry {
  places: BlockPlace[];
  finance: FinanceGeometry;
  /** Cells of the header: canvas name, date, currency. */
  nameCell: { row: number; column: number };
  dateCell: { row: number; column: number };
  currencyCell: { row: number; column: number };
}

export interface CanvasLayout {
  plan: SheetPlan;
  geometry: CanvasGeometry;
}

export interface LayoutOptions {
  sheetName: string;
  prefix: string;
  /** The date shown on the canvas, already formatted (the core has no clock). */
  createdOn: string;
}

/** Named range of a block's region. */
export function regionName(prefix: string, block: BlockId): string {
  return `${prefix}_${blockInfo(block).code}`;
}

export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CHF',
  'CAD',
  'AUD',
  'CNY',
  'INR',
  'BRL',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
];

const GRID = '#b0b7c3';
const MUTED = '#5f6368';
const TITLE_TEXT = '#202124';
/**
 * Each top block's columns: the notes, then category and segment. Wide enough for the longest word
 * of any category or segment (beside a dropdown's arrow), and for an amount up to −$99,999,999.99.
 */
const COLUMN_WIDTHS = [150, NARROW_COLUMN_WIDTH, NARROW_COLUMN_WIDTH] as const;

/** Rows of the top band's upper half, lower half and the bottom band, grown to fit every item. */
export function bandSizes(canvas: Canvas): { upper: number; lower: number; bottom: number } {
  const n = (id: NoteBlockId) => canvas.blocks[id].length;
  const upper = Math.max(ROOM_ROWS, n('keyActivities'), n('customerRelationships'));
  let lower = Math.max(ROOM_ROWS, n('keyResources'), n('channels'));
  const tall = Math.max(n('keyPartners'), n('valuePropositions'), n('customerSegments'));
  // Tall blocks run through both halves, including the lower half's three header rows.
  lower = Math.max(lower, tall - upper - REGION_HEADER_ROWS);
  // One spare row beyond the entries, so a row inserted after the last entry stays inside the block.
  const bottom = Math.max(ROOM_ROWS, canvas.revenueStreams.length + 1, canvas.costs.length + 1);
  return { upper, lower, bottom };
}

/** Decides everything the canvas sheet holds. Pure: the same canvas gives the same plan. */
export function layoutCanvas(canvas: Canvas, options: LayoutOptions): CanvasLayout {
  const b = new PlanBuilder(options.sheetName, CANVAS_COLUMNS);
  const { upper, lower, bottom } = bandSizes(canvas);

  const topFirst = TITLE_ROWS + 1;
  const lowerFirst = topFirst + REGION_HEADER_ROWS + upper;
  const topLast = lowerFirst + REGION_HEADER_ROWS + lower - 1;
  const bottomFirst = topLast + 1;
  const bottomLast = bottomFirst + REGION_HEADER_ROWS + bottom - 1;

  const places: BlockPlace[] = REGIONS.map((spec) => {
    const [first, last] =
      spec.place === 'tall'
        ? [topFirst, topLast]
        : spec.place === 'upper'
          ? [topFirst, lowerFirst - 1]
          : spec.place === 'lower'
            ? [lowerFirst, topLast]
            : [bottomFirst, bottomLast];
    const region = cellRange(first, spec.column, last - first + 1, spec.width);
    const items = cellRange(first + REGION_HEADER_ROWS, spec.column, last - first + 1 - REGION_HEADER_ROWS, spec.width);
    return { block: spec.block, region, items };
  });

  writeHeader(b, canvas, options);
  const segmentCells = placeOf(places, 'customerSegments').items;
  for (const place of places) writeRegion(b, place, canvas, options.prefix, segmentCells);

  const finance: FinanceGeometry = {
    prefix: options.prefix,
    costRows: { first: bottomFirst + REGION_HEADER_ROWS, count: bottom },
    revenueRows: { first: bottomFirst + REGION_HEADER_ROWS, count: bottom },
    panelFirstRow: bottomLast + 2,
    currency: canvas.currency,
  };
  addFinance(b, canvas, finance);
  addPatternCheck(b, canvas, finance);

  b.border({ ranges: places.map((p) => p.region), color: GRID, inner: false, style: 'solid-medium' });
  for (let c = 1; c <= CANVAS_COLUMNS; c++) b.columnWidth(c, COLUMN_WIDTHS[(c - 1) % TOP_BLOCK_WIDTH]);
  b.freezeRows(TITLE_ROWS);
  b.meta(CANVAS_MARKER_KEY, JSON.stringify({ version: LAYOUT_VERSION, prefix: options.prefix } satisfies CanvasMarker));
  b.ensure(bottomLast, CANVAS_COLUMNS);

  const geometry: CanvasGeometry = {
    places,
    finance,
    nameCell: { row: 1, column: 1 },
    dateCell: { row: 1, column: 11 },
    currencyCell: { row: 1, column: 15 },
  };
  return { plan: b.build(), geometry };
}

export function placeOf(places: readonly BlockPlace[], block: BlockId): BlockPlace {
  const place = places.find((p) => p.block === block);
  if (!place) throw new Error(`No place for ${block}`);
  return place;
}

function writeHeader(b: PlanBuilder, canvas: Canvas, options: LayoutOptions): void {
  b.set(1, 1, canvas.name, { fontSize: 18, fontWeight: 'bold', fontColor: TITLE_TEXT, verticalAlignment: 'middle' });
  b.set(1, 10, 'Date', { fontColor: MUTED, horizontalAlignment: 'right', verticalAlignment: 'middle' });
  b.set(1, 11, options.createdOn, { verticalAlignment: 'middle' });
  b.set(1, 14, 'Currency', { fontColor: MUTED, horizontalAlignment: 'right', verticalAlignment: 'middle' });
  b.set(1, 15, canvas.currency, { ...INPUT_STYLE, verticalAlignment: 'middle' });
  b.validate(cellRange(1, 15), {
    kind: 'list',
    values: CURRENCIES,
    allowInvalid: true,
    helpText: 'A three-letter currency code, such as USD or EUR.',
  });
  b.rowHeight(1, 40);
  b.set(2, 1, LICENCE_LINE, { fontSize: 8, fontColor: MUTED });
}

function writeRegion(b: PlanBuilder, place: BlockPlace, canvas: Canvas, prefix: string, segmentCells: GridRange): void {
  const info = blockInfo(place.block);
  const { region } = place;
  const title = region.row;
  b.format(region, { background: info.color, verticalAlignment: 'top' });
  b.set(title, region.column, info.title, { fontWeight: 'bold', fontSize: 12, fontColor: TITLE_TEXT });
  b.note(title, region.column, `${info.questions.join('\n')}\n\n${LICENCE_LINE}`);
  b.set(title + 1, region.column, info.hint, { fontSize: 9, fontColor: MUTED, wrap: false });
  b.name(regionName(prefix, place.block), region);
  if (place.block === 'revenueStreams' || place.block === 'costStructure') return; // laid out by the finance section
  writeNoteItems(b, place, canvas, segmentCells);
}

const ITEM_FORMAT: Partial<CellFormat> = { wrap: true, fontSize: 10, fontColor: TITLE_TEXT };

function writeNoteItems(b: PlanBuilder, place: BlockPlace, canvas: Canvas, segmentCells: GridRange): void {
  const block = place.block as NoteBlockId;
  const info = blockInfo(block);
  const { items } = place;
  const col = items.column;
  const headers = block === 'customerSegments' ? ['Item', 'Category', 'Colour'] : ['Item', 'Category', 'Segment'];
  headers.forEach((h, i) => b.set(items.row - 1, col + i, h, { fontSize: 8, fontColor: MUTED }));
  b.format(items, ITEM_FORMAT);
  b.format(cellRange(items.row, col + 1, items.numRows, 2), { fontSize: 9, wrap: true });

  const segments = canvas.blocks.customerSegments.map((s) => s.text);
  canvas.blocks[block].forEach((item: Item, i) => {
    const row = items.row + i;
    b.set(row, col, item.text);
    if (item.category !== undefined) b.set(row, col + 1, item.category);
    if (block === 'customerSegments') {
      b.format(cellRange(row, col, 1, TOP_BLOCK_WIDTH), { background: segmentColor(i) });
    } else {
      if (item.segment !== undefined) b.set(row, col + 2, item.segment);
      const s = item.segment === undefined ? -1 : segments.indexOf(item.segment);
      if (s >= 0) b.format(cellRange(row, col, 1, TOP_BLOCK_WIDTH), { background: segmentColor(s) });
    }
  });

  const filled = canvas.blocks[block].length;
  b.validateEntryRows(
    cellRange(items.row, col + 1, items.numRows, 1),
    {
      kind: 'list',
      values: info.categories,
      allowInvalid: true,
      helpText: `Pick a category for ${info.title}, or type your own.`,
    },
    filled,
  );
  if (block !== 'customerSegments') {
    b.validateEntryRows(
      cellRange(items.row, col + 2, items.numRows, 1),
      {
        kind: 'listFromRange',
        source: cellRange(segmentCells.row, segmentCells.column, segmentCells.numRows, 1),
        allowInvalid: true,
        helpText: 'The customer segment this note belongs to; it takes the segment’s colour.',
      },
      filled,
    );
  }
}
