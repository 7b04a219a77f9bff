/**
 * The checks an analyst expects beside a model: each counts the rows that break one rule, and the
 * master check says "OK" or names the first rule that fails.
 */
import {
  add,
  cellName,
  concat,
  COUNT,
  COUNTA,
  COUNTIF,
  COUNTIFS,
  eq,
  Expr,
  gt,
  IF,
  IFNA,
  INDEX,
  ISERROR,
  MATCH,
  mul,
  REPT,
  ROWS,
  SUM,
  sub,
} from '../formula';
import { StreamType } from '../model';
import { STREAM_TYPES } from './catalogue';
import { CheckKey, KpiKey, MONTHLY_KEYS, RECURRING_KEYS, RETURN_KEYS } from './layout';
import { Refs } from './refs';

export const CHECK_OK = 'OK';
export const CHECK_PASSES = 'ok';
export const CHECK_FAILS = 'fails';

export interface CheckSpec {
  /** Says what is wrong, as the master check shows it. */
  label: string;
  /** A label that names the row at fault while the check fails (the plain `label` otherwise). */
  liveLabel?: (r: Refs) => Expr;
  count: (r: Refs) => Expr;
}

/** Volume units that add up: customers and units count heads or items; impressions and money do not. */
const UNIT_CLASSES: readonly (readonly StreamType[])[] = (
  ['count', 'thousand impressions', 'money transacted'] as const
).map((unitClass) =>
  STREAM_TYPES.filter(
    (t) => (t.volumeUnit === 'customers' || t.volumeUnit === 'units' ? 'count' : t.volumeUnit) === unitClass,
  ).map((t) => t.id),
);

/** How many kinds of volume unit the canvas's streams count in (1 when they all add up). */
function unitClassesInUse(r: Refs): Expr {
  const [first, ...rest] = UNIT_CLASSES.map((types) => gt(SUM(...types.map((t) => r.typeCount(t))), 0));
  return add(first, ...rest);
}

/** Per-unit costs that name no stream, and so follow every stream's volume. */
function everyStreamCosts(r: Refs): Expr {
  return COUNTIFS([r.costs('behavior'), r.behaviorLabel('unit')], [r.costs('stream'), ''], [r.costs('name'), '<>']);
}

/** Rows with something typed minus rows with every required cell filled. */
function incompleteRows(all: Expr[], required: Expr[]): Expr {
  return sub(
    sub(ROWS(all[0]), COUNTIFS(...all.map((c): [Expr, string] => [c, '']))),
    COUNTIFS(...required.map((c): [Expr, string] => [c, '<>'])),
  );
}

export const CHECKS: Record<CheckKey, CheckSpec> = {
  streamDrivers: {
    label: 'A revenue stream lacks its name, type, price or volume',
    count: (r) =>
      incompleteRows(
        [r.streams('name'), r.streams('type'), r.streams('segment'), r.streams('price'), r.streams('volume')],
        [r.streams('name'), r.streams('type'), r.streams('price'), r.streams('volume')],
      ),
  },
  costDrivers: {
    label: 'A cost lacks its name, behaviour or amount',
    count: (r) =>
      incompleteRows(
        [r.costs('name'), r.costs('behavior'), r.costs('stream'), r.costs('amount')],
        [r.costs('name'), r.costs('behavior'), r.costs('amount')],
      ),
  },
  formulasMissing: {
    label: 'A row added by hand lacks its formulas: copy them from the row above',
    // Named rows whose monthly cell is empty: a formula there always shows a number.
    count: (r) =>
      add(
        sub(COUNTA(r.streams('name')), COUNTIFS([r.streams('name'), '<>'], [r.streams('monthly'), '<>'])),
        sub(COUNTA(r.costs('name')), COUNTIFS([r.costs('name'), '<>'], [r.costs('monthly'), '<>'])),
      ),
  },
  notNumbers: {
    label: 'A price, volume, amount or assumption is not a number ≥ 0',
    count: (r) => {
      const cells = [r.streams('price'), r.streams('volume'), r.costs('amount'), r.inputs];
      return add(sub(COUNTA(...cells), COUNT(...cells)), ...cells.map((c) => COUNTIF(c, '<0')));
    },
  },
  unknownLabels: {
    label: 'A type or behaviour is not one from its list',
    count: (r) =>
      add(sub(COUNTA(r.streams('type')), SUM(r.typeCounts)), sub(COUNTA(r.costs('behavior')), SUM(r.behaviorCounts))),
  },
  missingStream: {
    label: 'A cost names a stream that does not exist',
    count: (r) => COUNTIF(r.costs('basis'), r.streamNotFound),
  },
  mixedUnits: {
    label: 'A per-unit cost follows every stream, whose volumes are in different units: pick its stream',
    // The first such cost by name: its basis reads "… × units of every stream".
    liveLabel: (r) =>
      IF(
        eq(r.check('mixedUnits'), 0),
        CHECKS.mixedUnits.label,
        concat(
          'The per-unit cost “',
          IFNA(INDEX(r.costs('name'), MATCH(r.everyStreamBasis, r.costs('basis'))), ''),
          '” follows every stream, whose volumes are in different units (customers or units, thousand impressions, money transacted): pick its stream',
        ),
      ),
    count: (r) => mul(everyStreamCosts(r), gt(unitClassesInUse(r), 1)),
  },
  shareAboveOne: {
    label: 'A share of revenue is above 1',
    count: (r) => COUNTIFS([r.costs('behavior'), r.behaviorLabel('revenue')], [r.costs('amount'), '>1']),
  },
};

export function checkStatusFormula(count: Expr): Expr {
  return IF(eq(count, 0), CHECK_PASSES, CHECK_FAILS);
}

/** How the master check begins when a KPI is not a number; the cells follow. */
export const KPI_NOT_A_NUMBER = 'A KPI is not a number, in';
export const KPI_NOT_A_NUMBER_HINT = 'look for an input far too large, or a date or text where a number belongs';

const KPIS: readonly KpiKey[] = [...MONTHLY_KEYS, ...RECURRING_KEYS, ...RETURN_KEYS];

/**
 * "A KPI is not a number, in K40 K45: …", naming every KPI cell that holds an error (an overflow
 * shows as #NUM!, a date or text as #VALUE!). Each cell's name is worked out live, so it stays
 * right when rows are inserted above the panel.
 */
function kpiErrorMessage(r: Refs): Expr {
  return concat(
    KPI_NOT_A_NUMBER,
    ...KPIS.map((k) => REPT(concat(' ', cellName(r.kpi(k))), ISERROR(r.kpi(k)))),
    `: ${KPI_NOT_A_NUMBER_HINT}`,
  );
}

/**
 * "OK", or the first check that fails, or, when every check passes but a KPI is an error, the
 * KPI cells that are. The checks come first: a price typed as text fails one of them and is the
 * cause of the KPI errors it brings.
 */
export function masterCheckFormula(r: Refs): Expr {
  return IF(
    eq(add(COUNTIF(r.checkStatuses, CHECK_FAILS), ...KPIS.map((k) => ISERROR(r.kpi(k)))), 0),
    CHECK_OK,
    IFNA(INDEX(r.checkLabels, MATCH(CHECK_FAILS, r.checkStatuses)), kpiErrorMessage(r)),
  );
}
