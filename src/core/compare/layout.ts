/**
 * The Compare sheet as a plan: one column per canvas, live KPI rows through each canvas's named
 * ranges, a weighted scorecard, per-KPI scores, the blocks' items side by side, the best and worst
 * of each row highlighted, and a chart of profit and margin.
 *
 * Columns: A labels | one per canvas | better / weight | notes (the user's own, kept on refresh).
 */
import { blockInfo } from '../blocks';
import {
  ABS,
  ABS_COLUMN,
  add,
  AND,
  cell,
  concat,
  COUNT,
  div,
  eq,
  Expr,
  formula,
  formulaCell,
  ge,
  gt,
  IF,
  IFERROR,
  INDEX,
  ISNUMBER,
  MATCH,
  MAX,
  le,
  MIN,
  mul,
  ne,
  Operand,
  onSheet,
  OR,
  range,
  REPT,
  REL,
  sub,
  SUMIFS,
} from '../formula';
import { numberFormatOf, ValueKind } from '../finance/styles';
import { CALCULATED_STYLE, INPUT_STYLE, LABEL_STYLE, SECTION_STYLE, TITLE_STYLE, UNIT_STYLE } from '../finance/styles';
import { ChartPlan, ConditionalFormatPlan, PlanValue, SheetPlan } from '../plan';
import { cellRange, PlanBuilder } from '../plan-builder';
import { Pos } from '../layout/geometry';
import { CompareKpi, compareKpis } from './kpis';
import { LINKED_ROWS } from './links';
import {
  COMPARE_MARKER_KEY,
  COMPARE_SHEET_NAME,
  COMPARE_VERSION,
  CompareMarker,
  CompareMemory,
  ComparedCanvas,
  criterionKey,
  HEADERS,
  KeptText,
  keptKey,
} from './marker';
import { CanvasSnapshot, COMPARED_BLOCKS } from './staging';

/** Shown in every cell of a canvas that is no longer in the file. */
export const MISSING = 'missing';
/** Least and most canvases one Compare sheet lines up. */
export const MIN_CANVASES = 2;
export const MAX_CANVASES = 50;

/** A compared canvas: where it is, and what was read of it (null when it is missing). */
export interface CompareColumn extends ComparedCanvas {
  snapshot: CanvasSnapshot | null;
  /** Where the canvas's Revenue cell is on its sheet now, which the linked rows count from; null when unknown. */
  revenueAt?: Pos | null;
}

export interface CompareLayout {
  /** Everything the sheet holds, its best/worst highlights and its chart included. */
  plan: SheetPlan;
  marker: CompareMarker;
  /** The row of every row key. */
  rows: Record<string, number>;
}

export const CRITERIA_ROWS = 6;
/** The default criteria: key figure, weight and target (at least it where higher is better, at most where lower is). */
const DEFAULT_CRITERIA: readonly [string, number, number][] = [
  ['profitMargin', 3, 0.2],
  ['ltvToCac', 2, 3],
  ['cacPayback', 1, 12],
  ['breakEvenMonth', 1, 24],
  ['marginOfSafety', 2, 0.2],
  ['npv', 2, 0],
];

export const BEST = { background: '#d9ead3', fontColor: '#0b5d1e' } as const;
export const WORST = { background: '#f4cccc', fontColor: '#8a1c1c' } as const;

const FIRST_CANVAS_COLUMN = 2;
const HEADER_ROW = 4;

/** Two short lines, each fitting before the row-key column however few canvases there are. */
const SUBTITLE = [
  'Key figures are live formulas over each canvas’s named ranges; names, currencies and items as of the last refresh. Green marks the best of a row, red the worst.',
  'Refresh rebuilds this sheet, keeping your notes, criteria and weights beside their rows (found by the Row key column) and text typed in rows or columns you add.',
] as const;

/** The row-key column: narrow and pale, there for Refresh rather than for reading. */
const KEY_STYLE = { fontColor: '#b7b7b7', fontSize: 7 } as const;

/** Where the sheet's parts sit; the formulas take every position from here. */
interface Places {
  columns: { first: number; last: number; marks: number; better: number; target: number; notes: number; key: number };
  name: number;
  currency: number;
  currencyCheck: number;
  /** The exchange-rate row and the row saying which currency each column's money is in: only when currencies differ. */
  rates: { rate: number; moneyIn: number; base: string } | null;
  links: number;
  kpiTitle: number;
  kpis: number;
  scorecardTitle: number;
  criteria: number;
  score: number;
  rank: number;
  itemsTitle: number;
  items: number;
  keptTitle: number;
  kept: number;
  chart: number;
}

function placesFor(canvasCount: number, kpiCount: number, keptCount: number, base: string | null): Places {
  const first = FIRST_CANVAS_COLUMN;
  const last = first + canvasCount - 1;
  const rates = base === null ? null : { rate: HEADER_ROW + 4, moneyIn: HEADER_ROW + 5, base };
  const links = HEADER_ROW + (rates === null ? 4 : 6);
  const kpiTitle = links + LINKED_ROWS.length + 1;
  const kpis = kpiTitle + 1;
  const scorecardTitle = kpis + kpiCount + 1;
  const criteria = scorecardTitle + 1;
  const score = criteria + CRITERIA_ROWS;
  const itemsTitle = score + 3;
  const items = itemsTitle + 1;
  const keptTitle = items + COMPARED_BLOCKS.length + 1;
  const kept = keptTitle + 1;
  return {
    columns: { first, last, marks: last + 1, better: last + 2, target: last + 3, notes: last + 4, key: last + 5 },
    name: HEADER_ROW + 1,
    currency: HEADER_ROW + 2,
    currencyCheck: HEADER_ROW + 3,
    rates,
    links,
    kpiTitle,
    kpis,
    scorecardTitle,
    criteria,
    score,
    rank: score + 1,
    itemsTitle,
    items,
    keptTitle,
    kept,
    chart: keptCount === 0 ? keptTitle : kept + keptCount + 1,
  };
}

/**
 * Decides everything the Compare sheet holds. `memory` carries what the user typed on the sheet
 * it replaces; `minRows` makes the plan cover rows used before (so nothing stale is left below).
 */
export function layoutCompare(columns: readonly CompareColumn[], memory: CompareMemory, minRows = 1): CompareLayout {
  if (columns.length < MIN_CANVASES || columns.length > MAX_CANVASES) {
    throw new Error(`A comparison holds ${MIN_CANVASES} to ${MAX_CANVASES} canvases, not ${columns.length}`);
  }
  const kpis = compareKpis();
  const rows: Record<string, number> = {};
  const unused = memory.kept.concat(
    Object.entries(memory.notes).flatMap(([key, text]) => (knownKeys(kpis).has(key) ? [] : [{ where: key, text }])),
  );
  const currencies = columns.flatMap((c) => (c.snapshot === null ? [] : [c.snapshot.currency]));
  const base = new Set(currencies).size > 1 ? currencies[0] : null;
  const p = placesFor(columns.length, kpis.length, unused.length, base);
  const { first, better, notes, key: keyColumn } = p.columns;
  const b = new PlanBuilder(COMPARE_SHEET_NAME, keyColumn);
  const marked = (key: string, row: number) => {
    rows[key] = row;
    b.set(row, keyColumn, key, KEY_STYLE);
  };
  const keyed = (key: string, row: number) => {
    marked(key, row);
    b.format(cellRange(row, notes), INPUT_STYLE);
    b.set(row, notes, memory.notes[key] ?? null, { wrap: true });
  };
  const canvasCells = (row: number) => cellRange(row, first, 1, columns.length);
  const each = (row: number, write: (column: number, c: CompareColumn, i: number) => PlanValue, format = {}) =>
    columns.forEach((c, i) => b.set(row, first + i, c.snapshot === null ? MISSING : write(first + i, c, i), format));

  b.set(1, 1, 'Compare canvases', TITLE_STYLE);
  marked('title', 1);
  SUBTITLE.forEach((line, i) => {
    b.set(2 + i, 1, line, { ...UNIT_STYLE, fontSize: 9 });
    marked(`subtitle:${i + 1}`, 2 + i);
  });
  [
    HEADERS.label,
    ...columns.map((c) => c.sheetName),
    HEADERS.marks,
    HEADERS.weight,
    HEADERS.target,
    HEADERS.notes,
  ].forEach((h, i) => b.set(HEADER_ROW, 1 + i, h, { fontWeight: 'bold', wrap: true, verticalAlignment: 'bottom' }));
  b.set(HEADER_ROW, keyColumn, HEADERS.key, { ...KEY_STYLE, wrap: true, verticalAlignment: 'bottom' });

  b.set(p.name, 1, 'Canvas name', LABEL_STYLE);
  each(p.name, (_col, c) => (c.snapshot as CanvasSnapshot).title, { wrap: true });
  keyed('canvasName', p.name);
  b.set(p.currency, 1, 'Currency', LABEL_STYLE);
  each(p.currency, (_col, c) => (c.snapshot as CanvasSnapshot).currency);
  keyed('currency', p.currency);
  writeRates(b, columns, p, memory, keyed);
  writeCurrencyCheck(b, columns, p, keyed);
  writeLinks(b, columns, p, keyed);

  writeKpis(b, columns, kpis, p, keyed);
  writeScorecard(b, columns, kpis, p, memory, keyed);
  writeItems(b, p, keyed, each);
  writeKept(b, p, unused, marked);

  b.format(cellRange(HEADER_ROW, 1, p.items + COMPARED_BLOCKS.length - HEADER_ROW, notes), {
    verticalAlignment: 'top',
  });
  b.format(canvasCells(HEADER_ROW), { horizontalAlignment: 'center' });
  b.columnWidth(1, 230);
  for (let c = first; c <= p.columns.marks; c++) b.columnWidth(c, 130);
  b.columnWidth(better, 90);
  b.columnWidth(p.columns.target, 90);
  b.columnWidth(notes, 260);
  // As wide as a canvas's column: the commonest width costs no call of its own.
  b.columnWidth(keyColumn, 130);
  b.freezeRows(HEADER_ROW);
  b.ensure(Math.max(minRows, p.chart - 1), keyColumn);

  const marker: CompareMarker = {
    version: COMPARE_VERSION,
    canvases: columns.map(({ sheetName, prefix }) => ({ sheetName, prefix })),
  };
  b.meta(COMPARE_MARKER_KEY, JSON.stringify(marker));
  for (const rule of highlightRules(p, columns.length)) b.conditionalFormat(rule);
  kpis.forEach((_, i) => writeMarks(b, p, p.kpis + i, true));
  writeMarks(b, p, p.score, false);
  b.chart(chartOf(p, kpis));

  return { plan: b.build(), marker, rows };
}

type Keyed = (key: string, row: number) => void;

/**
 * A figure of a canvas as its column shows it. Where the canvases' currencies differ, money of a
 * canvas in another currency than the first is multiplied by the exchange rate typed for it (as
 * it is while the rate is empty), and shown without a currency symbol: the row "Money figures in"
 * says which currency it is in.
 */
function shownAs(
  p: Places,
  c: CompareColumn,
  column: number,
  kind: ValueKind,
  value: Expr,
): { value: Expr; numberFormat: string | null } {
  const currency = (c.snapshot as CanvasSnapshot).currency;
  if (kind !== 'money' || p.rates === null || currency === p.rates.base)
    return { value, numberFormat: numberFormatOf(kind, currency) };
  const rate = cell(p.rates.rate, column, ABS);
  return { value: mul(value, IF(eq(rate, ''), 1, rate)), numberFormat: '#,##0.00' };
}

/** The exchange-rate inputs (kept on refresh) and, live, the currency each column's money is in. */
function writeRates(
  b: PlanBuilder,
  columns: readonly CompareColumn[],
  p: Places,
  memory: CompareMemory,
  keyed: Keyed,
): void {
  if (p.rates === null) return;
  const { rate, moneyIn, base } = p.rates;
  b.set(rate, 1, `Exchange rate: ${base} for 1 of the canvas’s currency (optional)`, { ...LABEL_STYLE, wrap: true });
  b.note(
    rate,
    1,
    `Type how many ${base} one unit of a canvas’s currency is worth, and its money figures are converted into ${base}. Left empty, they stay in their own currency and the warning above stays.`,
  );
  b.set(moneyIn, 1, 'Money figures in', LABEL_STYLE);
  columns.forEach((c, i) => {
    const column = p.columns.first + i;
    if (c.snapshot === null) {
      b.set(rate, column, MISSING, UNIT_STYLE);
      b.set(moneyIn, column, MISSING, UNIT_STYLE);
      return;
    }
    if (c.snapshot.currency === base) {
      b.set(rate, column, null, UNIT_STYLE);
      b.set(moneyIn, column, base, { ...CALCULATED_STYLE, horizontalAlignment: 'right' });
      return;
    }
    const cellRate = cell(rate, column, ABS);
    b.set(rate, column, memory.rates?.[c.prefix] ?? null, { ...INPUT_STYLE, horizontalAlignment: 'right' });
    b.validate(cellRange(rate, column), {
      kind: 'number',
      min: 0,
      max: null,
      allowInvalid: false,
      helpText: `How many ${base} one ${c.snapshot.currency} is worth; leave it empty to keep ${c.snapshot.currency}.`,
    });
    b.set(moneyIn, column, formulaCell(IF(eq(cellRate, ''), cell(p.currency, column, ABS), base)), {
      ...CALCULATED_STYLE,
      horizontalAlignment: 'right',
    });
  });
  keyed('rates', rate);
  keyed('moneyIn', moneyIn);
}

/** Said once every canvas in another currency has its exchange rate. */
export const CONVERTED_CURRENCIES =
  'Different currencies: money figures are converted at the exchange rates typed below.';

/** The words every comparison of canvases in more than one currency shows. */
export const DIFFERENT_CURRENCIES =
  '⚠ These canvases are in different currencies: money figures are each in their own currency, not converted.';

/** A line that warns, live, when the canvases' currencies differ (a missing canvas has none). */
function writeCurrencyCheck(b: PlanBuilder, columns: readonly CompareColumn[], p: Places, keyed: Keyed): void {
  const first = cell(p.currency, p.columns.first, ABS);
  const others = columns.slice(1).map((_, i) => p.columns.first + 1 + i);
  const differs = (column: number) =>
    AND(ne(cell(p.currency, column, ABS), first), ne(cell(p.currency, column, ABS), MISSING), ne(first, MISSING));
  const rates = p.rates;
  // Canvases in another currency whose exchange rate is empty: their money is not converted.
  const unconverted = others.map((column) =>
    mul(rates === null ? differs(column) : AND(differs(column), eq(cell(rates.rate, column, ABS), '')), 1),
  );
  const value =
    others.length === 0
      ? ''
      : formulaCell(
          IF(
            gt(add(0, ...unconverted), 0),
            DIFFERENT_CURRENCIES,
            REPT(CONVERTED_CURRENCIES, mul(gt(add(0, ...others.map((column) => mul(differs(column), 1))), 0), 1)),
          ),
        );
  b.set(p.currencyCheck, 1, value, { ...LABEL_STYLE, fontWeight: 'bold', fontColor: WORST.fontColor });
  keyed('currencyCheck', p.currencyCheck);
}

/** The active scenario and the assumptions, linked straight to each canvas's cells. */
function writeLinks(b: PlanBuilder, columns: readonly CompareColumn[], p: Places, keyed: Keyed): void {
  LINKED_ROWS.forEach((link, i) => {
    const row = p.links + i;
    b.set(row, 1, link.label, LABEL_STYLE);
    b.note(row, 1, `${link.meaning}\nLinked to the cell on each canvas’s sheet.`);
    columns.forEach((c, j) => {
      const column = p.columns.first + j;
      const at = c.revenueAt ?? null;
      if (c.snapshot === null || at === null) {
        b.set(row, column, MISSING, UNIT_STYLE);
        return;
      }
      const ref = onSheet(c.sheetName, cell(at.row + link.offset.row, at.column + link.offset.column, ABS));
      const shown = shownAs(p, c, column, link.kind, ref);
      b.set(row, column, formulaCell(IFERROR(shown.value, MISSING)), {
        ...CALCULATED_STYLE,
        horizontalAlignment: 'right',
        numberFormat: shown.numberFormat,
      });
    });
    keyed(`link:${link.key}`, row);
  });
}

/** Every row key a note can belong to on a sheet of these KPIs. */
function knownKeys(kpis: readonly CompareKpi[]): Set<string> {
  return new Set([
    'canvasName',
    'currency',
    'currencyCheck',
    'rates',
    'moneyIn',
    ...LINKED_ROWS.map((l) => `link:${l.key}`),
    'section:kpis',
    'section:scorecard',
    'section:items',
    'score',
    'rank',
    ...kpis.map((k) => `kpi:${k.key}`),
    ...Array.from({ length: CRITERIA_ROWS }, (_, i) => criterionKey(i)),
    ...COMPARED_BLOCKS.map((block) => `block:${block}`),
  ]);
}

/** Text typed where the add-on keeps nothing, each on a row of its own: where it was, and the text in the notes column. */
function writeKept(b: PlanBuilder, p: Places, kept: readonly KeptText[], marked: Keyed): void {
  if (kept.length === 0) return;
  b.set(p.keptTitle, 1, 'Kept from rows and columns you added (yours to edit or clear)', SECTION_STYLE);
  marked('section:kept', p.keptTitle);
  b.note(
    p.keptTitle,
    1,
    'Refresh rebuilds this sheet. Text typed outside the notes column and the scorecard, in rows or columns the sheet did not have, is kept here with where it was; clear both cells of a row and the next refresh drops it.',
  );
  kept.forEach((k, i) => {
    const row = p.kept + i;
    b.set(row, 1, k.where, { ...INPUT_STYLE, wrap: true });
    b.set(row, p.columns.notes, k.text, { ...INPUT_STYLE, wrap: true });
    marked(keptKey(i), row);
  });
}

function kpiRow(p: Places, kpis: readonly CompareKpi[], key: string): number {
  const i = kpis.findIndex((k) => k.key === key);
  if (i < 0) throw new Error(`No KPI row ${key}`);
  return p.kpis + i;
}

function writeKpis(
  b: PlanBuilder,
  columns: readonly CompareColumn[],
  kpis: readonly CompareKpi[],
  p: Places,
  keyed: Keyed,
): void {
  b.set(p.kpiTitle, 1, 'Key figures (live, per month unless stated)', SECTION_STYLE);
  b.set(p.kpiTitle, p.columns.better, 'better', UNIT_STYLE);
  keyed('section:kpis', p.kpiTitle);
  kpis.forEach((k, i) => {
    const row = p.kpis + i;
    b.set(row, 1, k.label, LABEL_STYLE);
    b.note(
      row,
      1,
      `${k.meaning}\nRead from each canvas’s named ranges: ${k.rangeSuffixes.map((s) => `<prefix>_${s}`).join(', ')}.`,
    );
    b.set(row, p.columns.better, k.better, { ...UNIT_STYLE, horizontalAlignment: 'center' });
    columns.forEach((c, j) => {
      const column = p.columns.first + j;
      if (c.snapshot === null) {
        b.set(row, column, MISSING, UNIT_STYLE);
        return;
      }
      // A deleted canvas takes its named ranges with it: the reference then fails, and reads "missing".
      const shown = shownAs(p, c, column, k.kind, k.value(c.prefix));
      b.set(row, column, formulaCell(IFERROR(shown.value, MISSING)), {
        ...CALCULATED_STYLE,
        horizontalAlignment: 'right',
        numberFormat: shown.numberFormat,
      });
    });
    keyed(`kpi:${k.key}`, row);
  });
}

function writeScorecard(
  b: PlanBuilder,
  columns: readonly CompareColumn[],
  kpis: readonly CompareKpi[],
  p: Places,
  memory: CompareMemory,
  keyed: Keyed,
): void {
  const { first, better, target } = p.columns;
  const last = p.criteria + CRITERIA_ROWS - 1;
  const criteria = range(p.criteria, 1, last, 1, ABS);
  const weights = range(p.criteria, better, last, better, ABS);
  const targets = range(p.criteria, target, last, target, ABS);
  const kpiLabels = range(p.kpis, 1, p.kpis + kpis.length - 1, 1, ABS);
  const directions = range(p.kpis, better, p.kpis + kpis.length - 1, better, ABS);
  const labels = kpis.map((k) => k.label);

  b.set(
    p.scorecardTitle,
    1,
    'Scorecard against your targets (criteria, weights and targets are yours to set)',
    SECTION_STYLE,
  );
  b.note(
    p.scorecardTitle,
    1,
    'Each canvas scores 100% on a criterion when it meets the target (at least the target where higher is better, at most where lower is), and the share of the way there otherwise: the figure ÷ the target, or the target ÷ the figure where lower is better. A figure that is not a number (n/a, not reachable, missing) scores 0 and says "missing". A score never depends on the other canvases.',
  );
  b.set(p.scorecardTitle, better, 'weight', UNIT_STYLE);
  b.set(p.scorecardTitle, target, 'target', UNIT_STYLE);
  keyed('section:scorecard', p.scorecardTitle);

  for (let k = 0; k < CRITERIA_ROWS; k++) {
    const row = p.criteria + k;
    const kept = memory.criteria?.[k];
    const [defaultKey, defaultWeight, defaultTarget] = DEFAULT_CRITERIA[k] ?? [null, null, null];
    const defaultLabel = defaultKey === null ? null : (kpis.find((x) => x.key === defaultKey)?.label ?? null);
    b.set(row, 1, kept?.criterion === undefined ? defaultLabel : kept.criterion, INPUT_STYLE);
    // "General", not "0.##": Sheets shows a whole weight of 3 under "0.##" as "3.".
    b.set(row, better, kept?.weight === undefined ? defaultWeight : kept.weight, {
      ...INPUT_STYLE,
      horizontalAlignment: 'center',
    });
    b.set(row, target, kept?.target === undefined ? defaultTarget : kept.target, {
      ...INPUT_STYLE,
      horizontalAlignment: 'center',
    });
    b.validate(cellRange(row, 1), {
      kind: 'list',
      values: labels,
      allowInvalid: false,
      helpText: 'Pick one of the key figures above; leave it empty to drop the criterion.',
    });
    b.validate(cellRange(row, better), {
      kind: 'number',
      min: 0,
      max: null,
      allowInvalid: false,
      helpText: 'How much this criterion counts, a number of 0 or more (weights need not add up to anything).',
    });
    const crit = cell(row, 1, ABS);
    const goal = cell(row, target, ABS);
    const lower = eq(INDEX(directions, MATCH(crit, kpiLabels)), 'lower');
    columns.forEach((c, i) => {
      const column = first + i;
      if (c.snapshot === null) {
        b.set(row, column, MISSING, UNIT_STYLE);
        return;
      }
      const v = INDEX(range(p.kpis, column, p.kpis + kpis.length - 1, column, ABS), MATCH(crit, kpiLabels));
      // Without an IF inside an IF: each way is a share capped at 1, taken as 0 where it cannot be
      // divided, plus met-or-not where the share has no meaning (a target of 0 or less, or a figure
      // of 0 or less where lower is better).
      const towardsHigher = add(
        mul(IFERROR(MIN(1, MAX(0, div(v, goal))), 0), gt(goal, 0)),
        mul(le(goal, 0), ge(v, goal)),
      );
      const towardsLower = add(mul(IFERROR(MIN(1, MAX(0, div(goal, v))), 0), gt(v, 0)), mul(le(v, 0), le(v, goal)));
      const lowerIs = mul(lower, 1);
      const either = add(mul(lowerIs, towardsLower), mul(sub(1, lowerIs), towardsHigher));
      // No criterion or no target: nothing to score, and no weight (the score divides by the weights
      // in use). A figure that is not a number divides by FALSE and so reads "missing".
      const value = IF(OR(eq(crit, ''), eq(goal, '')), '', IFERROR(div(either, ISNUMBER(v)), MISSING));
      b.set(row, column, formulaCell(value), { ...CALCULATED_STYLE, numberFormat: '0%', horizontalAlignment: 'right' });
    });
    keyed(criterionKey(k), row);
  }

  const weightInUse = SUMIFS(weights, [criteria, '<>'], [targets, '<>']);
  b.set(p.score, 1, 'Weighted score (100% = every target met)', {
    ...LABEL_STYLE,
    fontWeight: 'bold',
    wrap: true,
  });
  b.set(p.score, better, formulaCell(weightInUse), {
    ...CALCULATED_STYLE,
    horizontalAlignment: 'center',
  });
  b.note(p.score, better, 'The total weight of the criteria in use (those with a key figure and a target).');
  b.set(p.rank, 1, 'Rank', { ...LABEL_STYLE, fontWeight: 'bold' });
  const scoreCells = columns.map((_, j) => cell(p.score, first + j, ABS));
  const revenueRow = kpiRow(p, kpis, 'revenue');
  columns.forEach((c, i) => {
    const column = first + i;
    if (c.snapshot === null) {
      b.set(p.score, column, MISSING, UNIT_STYLE);
      b.set(p.rank, column, MISSING, UNIT_STYLE);
      return;
    }
    // Weight × score, criterion by criterion: a "missing" or empty score counts 0.
    const terms = Array.from({ length: CRITERIA_ROWS }, (_, k) => {
      const s = cell(p.criteria + k, column, ABS);
      return IFERROR(mul(cell(p.criteria + k, better, ABS), s), 0);
    });
    const score = IF(
      eq(cell(revenueRow, column, ABS), MISSING),
      MISSING,
      IFERROR(div(add(0, ...terms), weightInUse), 'n/a'),
    );
    b.set(p.score, column, formulaCell(score), {
      ...CALCULATED_STYLE,
      fontWeight: 'bold',
      numberFormat: '0.0%',
      horizontalAlignment: 'right',
    });
    const mine = cell(p.score, column, ABS);
    // One more than the scores above it, compared cell by cell: a COUNTIF criterion such as ">"&0.5
    // turns the number into text, which reads differently where the decimal separator is a comma.
    const above = scoreCells.map((other) => mul(AND(ISNUMBER(other), gt(other, mine)), 1));
    b.set(p.rank, column, formulaCell(IF(ISNUMBER(mine), add(1, ...above), mine)), {
      ...CALCULATED_STYLE,
      fontWeight: 'bold',
      numberFormat: '0',
      horizontalAlignment: 'right',
    });
  });
  keyed('score', p.score);
  keyed('rank', p.rank);
}

function writeItems(
  b: PlanBuilder,
  p: Places,
  keyed: Keyed,
  each: (row: number, write: (column: number, c: CompareColumn) => PlanValue, format?: object) => void,
): void {
  b.set(p.itemsTitle, 1, 'Items of each block (as of the last refresh)', SECTION_STYLE);
  keyed('section:items', p.itemsTitle);
  COMPARED_BLOCKS.forEach((block, i) => {
    const row = p.items + i;
    b.set(row, 1, blockInfo(block).title, { ...LABEL_STYLE, fontWeight: 'bold' });
    each(row, (_col, c) => (c.snapshot as CanvasSnapshot).items[block].join('\n'), { wrap: true, fontSize: 9 });
    keyed(`block:${block}`, row);
  });
}

/**
 * Names the best (▲) and worst (▼) canvas of a row in words beside it, so the marks do not rest on
 * colour alone; empty when the row has fewer than two numbers or they are all the same.
 */
function writeMarks(b: PlanBuilder, p: Places, row: number, directed: boolean): void {
  const { first, last, better, marks } = p.columns;
  const values = range(row, first, row, last, ABS);
  const headers = range(HEADER_ROW, first, HEADER_ROW, last, ABS);
  const lower: Operand = directed ? mul(eq(cell(row, better, ABS), 'lower'), 1) : 0;
  const best = add(mul(lower, MIN(values)), mul(sub(1, lower), MAX(values)));
  const worst = add(mul(lower, MAX(values)), mul(sub(1, lower), MIN(values)));
  const named = (x: Expr) => INDEX(headers, 1, MATCH(x, values));
  const text = concat('▲ ', named(best), '  ▼ ', named(worst));
  b.set(row, marks, formulaCell(IF(AND(gt(COUNT(values), 1), gt(MAX(values), MIN(values))), text, '')), {
    ...CALCULATED_STYLE,
    wrap: true,
    fontSize: 9,
  });
}

/** True in a cell that holds the best (or worst) number of its row, when the row has two different numbers. */
function extremeFormula(
  topLeft: { row: number; column: number },
  lastColumn: number,
  better: number,
  which: 'best' | 'worst',
): string {
  const here = cell(topLeft.row, topLeft.column, REL);
  const row = range(topLeft.row, topLeft.column, topLeft.row, lastColumn, ABS_COLUMN);
  const lowerIsBetter = eq(cell(topLeft.row, better, ABS_COLUMN), 'lower');
  const target: Expr = which === 'best' ? IF(lowerIsBetter, MIN(row), MAX(row)) : IF(lowerIsBetter, MAX(row), MIN(row));
  return formula(AND(ISNUMBER(here), gt(COUNT(row), 1), gt(MAX(row), MIN(row)), eq(here, target)));
}

function highlightRules(p: Places, canvasCount: number): ConditionalFormatPlan[] {
  const { first, last, better } = p.columns;
  const blocks = [
    cellRange(p.kpis, first, compareKpis().length, canvasCount),
    cellRange(p.score, first, 1, canvasCount),
  ];
  return blocks.flatMap((r) => [
    { range: r, formula: extremeFormula(r, last, better, 'best'), ...BEST },
    { range: r, formula: extremeFormula(r, last, better, 'worst'), ...WORST },
  ]);
}

/** A column chart of two rows per canvas: profit, and margin on the right-hand axis. */
function chartOf(p: Places, kpis: readonly CompareKpi[]): ChartPlan {
  const row = (r: number) => cellRange(r, 1, 1, p.columns.last);
  return {
    kind: 'column',
    title: 'Operating profit (left axis) and profit margin (right axis) by canvas',
    ranges: [row(HEADER_ROW), row(kpiRow(p, kpis, 'profit')), row(kpiRow(p, kpis, 'profitMargin'))],
    anchor: { row: p.chart, column: 1 },
    width: 900,
    height: 360,
    // Three one-row ranges: one under the other, each row a series after the canvas names.
    merge: 'rows',
    transpose: true,
    // Margin is a ratio and profit an amount: the margin series reads on its own axis.
    rightAxis: { series: [1], format: 'percent' },
  };
}
