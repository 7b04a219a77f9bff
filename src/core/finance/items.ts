/**
 * The item rows of Cost Structure (A–G) and Revenue Streams (H–O): a column header row, the
 * entries as inputs, and per row a live basis label, the monthly amount and its share. Empty room
 * rows show nothing, never a zero or an error. The rows show the canvas as entered: shares are of
 * the canvas's own totals, whichever what-if scenario the panel follows.
 */
import { boundText, DRIVER_MAX } from '../rules/bounds';
import { segmentColor } from '../blocks';
import { COST_BEHAVIOR_LABELS, COST_COLUMNS, REVENUE_COLUMNS, RowSpan, TEXT_INPUT_COLUMNS } from '../layout/geometry';
import {
  add,
  cell,
  COUNTA,
  eq,
  Expr,
  formulaCell,
  IF,
  IFNA,
  INDEX,
  ISNA,
  ISNUMBER,
  MATCH,
  mul,
  ne,
  OR,
  range,
  REL,
  div,
} from '../formula';
import { Cost, RevenueStream } from '../model';
import { cellRange, PlanBuilder } from '../plan-builder';
import {
  behaviorLabelOf,
  SHARE_PRICE_TYPES,
  STREAM_TYPE_TITLES_TEXT,
  STREAM_TYPES,
  streamTypeOf,
  streamTypeTitle,
} from './catalogue';
import { Refs } from './refs';
import {
  CALCULATED_STYLE,
  COLUMN_HEADER_STYLE,
  currencyFormat,
  DRIVER_FORMAT,
  INPUT_STYLE,
  numberFormatOf,
  SHARE_DRIVER_FORMAT,
  SWATCH_INPUT_FONT,
  TEXT_INPUT_STYLE,
} from './styles';

export const COST_HEADERS: Record<keyof typeof COST_COLUMNS, string> = {
  name: 'Cost',
  behavior: 'Behaviour',
  stream: 'Stream (per unit)',
  amount: 'Amount',
  basis: 'Basis',
  monthly: 'Monthly',
  share: '% of costs',
};

export const REVENUE_HEADERS: Record<keyof typeof REVENUE_COLUMNS, string> = {
  name: 'Stream',
  type: 'Type',
  segment: 'Segment',
  price: 'Price',
  volume: 'Volume / month',
  basis: 'Basis (price × volume)',
  monthly: 'Monthly',
  share: '% of revenue',
};

function lastRow(rows: RowSpan): number {
  return rows.first + rows.count - 1;
}

export function writeHeaders(b: PlanBuilder, row: number): void {
  for (const [key, label] of Object.entries(COST_HEADERS)) {
    b.set(row, COST_COLUMNS[key as keyof typeof COST_COLUMNS], label, COLUMN_HEADER_STYLE);
  }
  for (const [key, label] of Object.entries(REVENUE_HEADERS)) {
    b.set(row, REVENUE_COLUMNS[key as keyof typeof REVENUE_COLUMNS], label, COLUMN_HEADER_STYLE);
  }
}

function costRowFormulas(r: Refs, row: number): { basis: Expr; monthly: Expr; share: Expr } {
  const c = (column: number) => cell(row, column, REL);
  const behavior = c(COST_COLUMNS.behavior);
  const stream = c(COST_COLUMNS.stream);
  const named = ne(stream, '');
  const which = MATCH(behavior, r.behaviorLabels);
  // 1: no stream named, 2: a stream on the canvas, 3: a stream that is not there.
  const basisColumn = add(1, named, mul(named, ISNA(MATCH(stream, r.streams('name')))));
  const unitsFollowed = add(
    mul(eq(stream, ''), r.kpi('totalVolume')),
    mul(named, IFNA(INDEX(r.streams('volume'), MATCH(stream, r.streams('name'))), 0)),
  );
  const driver = add(
    eq(behavior, r.behaviorLabel('fixed')),
    mul(eq(behavior, r.behaviorLabel('revenue')), r.canvasFigure('revenue')),
    mul(eq(behavior, r.behaviorLabel('unit')), unitsFollowed),
  );
  const inputs = range(row, COST_COLUMNS.name, row, COST_COLUMNS.amount);
  const monthly = c(COST_COLUMNS.monthly);
  const total = add(r.canvasFigure('unit'), r.canvasFigure('share'), r.canvasFigure('fixed'));
  return {
    basis: IF(ISNUMBER(which), INDEX(r.behaviorBasis, which, basisColumn), ''),
    monthly: IF(eq(COUNTA(inputs), 0), '', mul(c(COST_COLUMNS.amount), driver)),
    share: IF(OR(eq(monthly, ''), eq(total, 0)), '', div(monthly, total)),
  };
}

function revenueRowFormulas(r: Refs, row: number): { basis: Expr; monthly: Expr; share: Expr } {
  const c = (column: number) => cell(row, column, REL);
  const which = MATCH(c(REVENUE_COLUMNS.type), r.typeIds);
  const inputs = range(row, REVENUE_COLUMNS.name, row, REVENUE_COLUMNS.volume);
  const monthly = c(REVENUE_COLUMNS.monthly);
  return {
    basis: IF(ISNUMBER(which), INDEX(r.typeBasis, which), ''),
    monthly: IF(eq(COUNTA(inputs), 0), '', mul(c(REVENUE_COLUMNS.price), c(REVENUE_COLUMNS.volume))),
    share: IF(OR(eq(monthly, ''), eq(r.canvasFigure('revenue'), 0)), '', div(monthly, r.canvasFigure('revenue'))),
  };
}

/**
 * The number format of a stream row's price, by what its Type cell says (a type's title or id): a
 * percent where the type's price is a share (a take rate).
 */
export function priceFormat(typeCell: string): string {
  const type = streamTypeOf(typeCell);
  return type !== undefined && SHARE_PRICE_TYPES.includes(type) ? SHARE_DRIVER_FORMAT : DRIVER_FORMAT;
}

/** The number format of a cost row's amount, by the behaviour label it shows: a percent for a share of revenue. */
export function costAmountFormat(behaviorLabel: string): string {
  return behaviorLabel === COST_BEHAVIOR_LABELS.revenue ? SHARE_DRIVER_FORMAT : DRIVER_FORMAT;
}

function writeCostInputs(b: PlanBuilder, row: number, cost: Cost): void {
  b.set(row, COST_COLUMNS.name, cost.name);
  b.set(row, COST_COLUMNS.behavior, behaviorLabelOf(cost));
  if (cost.behavior === 'variable' && cost.per === 'unit' && cost.stream !== undefined) {
    b.set(row, COST_COLUMNS.stream, cost.stream);
  }
  b.set(row, COST_COLUMNS.amount, cost.amount);
}

function writeStreamInputs(b: PlanBuilder, row: number, stream: RevenueStream): void {
  b.set(row, REVENUE_COLUMNS.name, stream.name);
  b.set(row, REVENUE_COLUMNS.type, streamTypeTitle(stream.type));
  if (stream.segment !== undefined) b.set(row, REVENUE_COLUMNS.segment, stream.segment);
  b.set(row, REVENUE_COLUMNS.price, stream.price);
  b.set(row, REVENUE_COLUMNS.volume, stream.volume);
}

/** Writes every cost and stream row: inputs, formulas, formats and validation. */
export function writeItemRows(
  b: PlanBuilder,
  r: Refs,
  costs: readonly Cost[],
  streams: readonly RevenueStream[],
  currency: string,
  segments: readonly string[],
): void {
  const { costRows, revenueRows } = r.layout;
  if (costs.length > costRows.count) throw new Error(`${costs.length} costs do not fit in ${costRows.count} rows`);
  if (streams.length > revenueRows.count)
    throw new Error(`${streams.length} streams do not fit in ${revenueRows.count} rows`);
  const money = currencyFormat(currency);
  const ratio = numberFormatOf('ratio', currency);

  const costColumn = (column: number) => cellRange(costRows.first, column, costRows.count, 1);
  for (const column of TEXT_INPUT_COLUMNS.cost) b.format(costColumn(column), { ...TEXT_INPUT_STYLE, wrap: true });
  b.format(costColumn(COST_COLUMNS.amount), { ...INPUT_STYLE, numberFormat: DRIVER_FORMAT });
  b.format(costColumn(COST_COLUMNS.basis), { ...CALCULATED_STYLE, fontSize: 8, wrap: true });
  b.format(costColumn(COST_COLUMNS.monthly), { ...CALCULATED_STYLE, numberFormat: money });
  b.format(costColumn(COST_COLUMNS.share), { ...CALCULATED_STYLE, numberFormat: ratio });

  const streamColumn = (column: number) => cellRange(revenueRows.first, column, revenueRows.count, 1);
  for (const column of TEXT_INPUT_COLUMNS.revenue) b.format(streamColumn(column), { ...TEXT_INPUT_STYLE, wrap: true });
  b.format(streamColumn(REVENUE_COLUMNS.segment), { fontColor: SWATCH_INPUT_FONT });
  b.format(cellRange(revenueRows.first, REVENUE_COLUMNS.price, revenueRows.count, 2), {
    ...INPUT_STYLE,
    numberFormat: DRIVER_FORMAT,
  });
  b.format(streamColumn(REVENUE_COLUMNS.basis), { ...CALCULATED_STYLE, fontSize: 8, wrap: true });
  b.format(streamColumn(REVENUE_COLUMNS.monthly), { ...CALCULATED_STYLE, numberFormat: money });
  b.format(streamColumn(REVENUE_COLUMNS.share), { ...CALCULATED_STYLE, numberFormat: ratio });

  costs.forEach((cost, i) => {
    const row = costRows.first + i;
    writeCostInputs(b, row, cost);
    b.format(cellRange(row, COST_COLUMNS.amount, 1, 1), { numberFormat: costAmountFormat(behaviorLabelOf(cost)) });
  });
  streams.forEach((stream, i) => {
    const row = revenueRows.first + i;
    writeStreamInputs(b, row, stream);
    b.format(cellRange(row, REVENUE_COLUMNS.price, 1, 1), { numberFormat: priceFormat(stream.type) });
    // As the sidebar paints it (core/edit/fills.ts): a linked stream's Segment cell is the segment's
    // swatch, beside the stream's name, which keeps the input fill.
    const s = stream.segment === undefined ? -1 : segments.indexOf(stream.segment);
    if (s >= 0) b.format(cellRange(row, REVENUE_COLUMNS.segment, 1, 1), { background: segmentColor(s) });
  });

  for (let row = costRows.first; row <= lastRow(costRows); row++) {
    const f = costRowFormulas(r, row);
    b.set(row, COST_COLUMNS.basis, formulaCell(f.basis));
    b.set(row, COST_COLUMNS.monthly, formulaCell(f.monthly));
    b.set(row, COST_COLUMNS.share, formulaCell(f.share));
  }
  for (let row = revenueRows.first; row <= lastRow(revenueRows); row++) {
    const f = revenueRowFormulas(r, row);
    b.set(row, REVENUE_COLUMNS.basis, formulaCell(f.basis));
    b.set(row, REVENUE_COLUMNS.monthly, formulaCell(f.monthly));
    b.set(row, REVENUE_COLUMNS.share, formulaCell(f.share));
  }

  validateItemRows(b, r, costs.length, streams.length);
}

function validateItemRows(b: PlanBuilder, r: Refs, costCount: number, streamCount: number): void {
  const { costRows, revenueRows } = r.layout;
  const costColumn = (column: number, width = 1) => cellRange(costRows.first, column, costRows.count, width);
  const streamColumn = (column: number, width = 1) => cellRange(revenueRows.first, column, revenueRows.count, width);
  const labels = Object.values(COST_BEHAVIOR_LABELS);

  b.validateEntryRows(
    costColumn(COST_COLUMNS.behavior),
    {
      kind: 'list',
      values: labels,
      allowInvalid: false,
      helpText: `Pick how the cost behaves: "${labels[0]}" is an amount per month; "${labels[1]}" is an amount × a stream's volume (every stream's when no stream is picked); "${labels[2]}" is a share of revenue between 0 and 1.`,
    },
    costCount,
  );
  b.validateEntryRows(
    costColumn(COST_COLUMNS.stream),
    {
      kind: 'listFromRange',
      source: streamColumn(REVENUE_COLUMNS.name),
      allowInvalid: false,
      helpText:
        'For a per-unit cost: the revenue stream whose volume it follows. Leave it empty to follow every stream.',
    },
    costCount,
  );
  b.validate(costColumn(COST_COLUMNS.amount), {
    kind: 'number',
    min: 0,
    max: DRIVER_MAX.amount,
    allowInvalid: false,
    helpText: `A number from 0 to ${boundText(DRIVER_MAX.amount)}: per month for a fixed cost, per unit for a per-unit cost, a percent (12 % or 0.12) for a share of revenue.`,
  });
  b.validateEntryRows(
    streamColumn(REVENUE_COLUMNS.type),
    {
      kind: 'list',
      values: STREAM_TYPES.map((t) => t.title),
      allowInvalid: false,
      helpText: `Pick the kind of revenue: ${STREAM_TYPE_TITLES_TEXT}.`,
    },
    streamCount,
  );
  b.validate(streamColumn(REVENUE_COLUMNS.price), {
    kind: 'number',
    min: 0,
    max: DRIVER_MAX.price,
    allowInvalid: false,
    helpText: `A price per unit from 0 to ${boundText(DRIVER_MAX.price)} (for advertising the CPM per thousand impressions; for brokerage the take rate, a percent such as 12 % or 0.12).`,
  });
  b.validate(streamColumn(REVENUE_COLUMNS.volume), {
    kind: 'number',
    min: 0,
    max: DRIVER_MAX.volume,
    allowInvalid: false,
    helpText: `Units per month, from 0 to ${boundText(DRIVER_MAX.volume)}.`,
  });
}
