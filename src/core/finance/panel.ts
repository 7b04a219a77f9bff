/** The viability panel below the canvas: KPIs, assumptions, checks and the lookup lists. */
import { ABS, cell, concat, COUNTIF, formulaCell } from '../formula';
import { COST_BEHAVIOR_LABELS, Pos } from '../layout/geometry';
import { CellFormat, PlanValue } from '../plan';
import { cellRange, PlanBuilder } from '../plan-builder';
import { ASSUMPTION_BOUNDS, ASSUMPTION_KEYS, AssumptionKey, Assumptions } from './assumptions';
import { basisWithUnit, BEHAVIOR_KEYS, behaviorBasis, STREAM_TYPES } from './catalogue';
import { checkStatusFormula, CHECKS, masterCheckFormula } from './checks';
import { KPIS } from './kpis';
import { BEHAVIOR_LIST, CHECK_KEYS, KpiKey, TYPE_LIST } from './layout';
import { at as refTo, Refs } from './refs';
import {
  CALCULATED_STYLE,
  CHECK_STYLE,
  COLUMN_HEADER_STYLE,
  INPUT_STYLE,
  LABEL_STYLE,
  numberFormatOf,
  SECTION_STYLE,
  TITLE_STYLE,
  UNIT_STYLE,
  ValueKind,
} from './styles';

interface AssumptionSpec {
  label: string;
  unit: string;
  kind: ValueKind;
  helpText: string;
}

export const ASSUMPTIONS: Record<AssumptionKey, AssumptionSpec> = {
  growth: {
    label: 'Monthly volume growth',
    unit: 'per month',
    kind: 'ratio',
    helpText: 'Growth of every stream’s volume each month, as a number of 0 or more (0.05 = 5 %).',
  },
  churn: {
    label: 'Monthly churn',
    unit: 'of customers lost per month',
    kind: 'ratio',
    helpText: 'Share of customers (and volume) lost each month, between 0 and 1 (0.02 = 2 %).',
  },
  acquisitionCost: {
    label: 'Acquisition cost per new customer (CAC)',
    unit: 'per customer',
    kind: 'money',
    helpText: 'What winning one new customer costs: marketing and sales spend ÷ new customers. 0 or more.',
  },
  initialInvestment: {
    label: 'Initial investment (month 0)',
    unit: 'once',
    kind: 'money',
    helpText: 'Cash spent before the first month, 0 or more.',
  },
  startingCash: {
    label: 'Starting cash (month 0)',
    unit: 'at hand',
    kind: 'money',
    helpText: 'Cash at hand before the first month, before the initial investment is spent; 0 or more.',
  },
  discountRate: {
    label: 'Discount rate',
    unit: 'per year',
    kind: 'ratio',
    helpText: 'Annual rate for the NPV, between 0 and 1 (0.1 = 10 %).',
  },
  ltvCacBar: {
    label: 'LTV:CAC bar',
    unit: 'times (3 is usual)',
    kind: 'multiple',
    helpText: 'The LTV:CAC a healthy model reaches; 3 is the usual bar. 0 or more.',
  },
};

function at(b: PlanBuilder, p: Pos, value: PlanValue, format?: Partial<CellFormat>): void {
  b.set(p.row, p.column, value, format);
}

function writeKpi(b: PlanBuilder, r: Refs, key: KpiKey, prefix: string, currency: string): void {
  const spec = KPIS[key];
  const cells = r.layout.kpis[key];
  at(b, cells.label, spec.liveLabel ? formulaCell(spec.liveLabel(r)) : spec.label, LABEL_STYLE);
  const named = spec.name === undefined ? '' : `\nNamed range: ${prefix}_${spec.name}`;
  b.note(cells.label.row, cells.label.column, `${spec.meaning}${named}`);
  at(b, cells.value, formulaCell(spec.formula(r)), {
    ...CALCULATED_STYLE,
    numberFormat: numberFormatOf(spec.kind, currency),
    horizontalAlignment: 'right',
  });
  at(b, cells.unit, spec.unit, UNIT_STYLE);
}

function writeAssumption(b: PlanBuilder, r: Refs, key: AssumptionKey, value: number, currency: string): void {
  const spec = ASSUMPTIONS[key];
  const cells = r.layout.assumptions[key];
  at(b, cells.label, spec.label, LABEL_STYLE);
  at(b, cells.value, value, { ...INPUT_STYLE, numberFormat: numberFormatOf(spec.kind, currency) });
  at(b, cells.unit, spec.unit, UNIT_STYLE);
  const bounds = ASSUMPTION_BOUNDS[key];
  b.validate(cellRange(cells.value.row, cells.value.column), {
    kind: 'number',
    min: bounds.min,
    max: bounds.max,
    allowInvalid: false,
    helpText: spec.helpText,
  });
}

function writeLists(b: PlanBuilder, r: Refs, currency: string): void {
  const { behaviorList, typeList } = r.layout;
  const listNote = 'The formulas above read these lists; change the canvas, not the lists.';
  b.set(behaviorList.title.row, behaviorList.title.column, 'Cost behaviours', SECTION_STYLE);
  b.note(behaviorList.title.row, behaviorList.title.column, listNote);
  const behaviorHeaders = ['Behaviour', 'Costs', 'Basis: no stream', 'Basis: stream named', 'Basis: stream missing'];
  behaviorHeaders.forEach((h, i) => b.set(behaviorList.headerRow, BEHAVIOR_LIST.label + i, h, COLUMN_HEADER_STYLE));
  for (const key of BEHAVIOR_KEYS) {
    const row = behaviorList.rows[key];
    b.set(row, BEHAVIOR_LIST.label, COST_BEHAVIOR_LABELS[key], LABEL_STYLE);
    b.set(row, BEHAVIOR_LIST.count, formulaCell(COUNTIF(r.costs('behavior'), r.behaviorLabel(key))), CALCULATED_STYLE);
    behaviorBasis(key, currency).forEach((text, i) =>
      b.set(row, BEHAVIOR_LIST.basis + i, text, { ...UNIT_STYLE, wrap: true }),
    );
  }

  b.set(typeList.title.row, typeList.title.column, 'Revenue types', SECTION_STYLE);
  b.note(typeList.title.row, typeList.title.column, listNote);
  ['Type', 'Streams', 'Basis (price × volume)'].forEach((h, i) =>
    b.set(typeList.headerRow, TYPE_LIST.id + i, h, COLUMN_HEADER_STYLE),
  );
  for (const type of STREAM_TYPES) {
    const row = typeList.rows[type.id];
    // The title, as the Type cells show it: the formulas match a stream's type against this column.
    b.set(row, TYPE_LIST.id, type.title, { ...LABEL_STYLE, wrap: true });
    b.note(row, TYPE_LIST.id, `"${type.id}" in a canvas's JSON.`);
    b.set(
      row,
      TYPE_LIST.count,
      formulaCell(COUNTIF(r.streams('type'), cell(row, TYPE_LIST.id, ABS))),
      CALCULATED_STYLE,
    );
    b.set(row, TYPE_LIST.basis, basisWithUnit(type), UNIT_STYLE);
  }
}

export function writePanel(b: PlanBuilder, r: Refs, assumptions: Assumptions, prefix: string, currency: string): void {
  const l = r.layout;
  at(b, l.title, 'Financial viability', TITLE_STYLE);
  at(b, l.legend.label, 'Legend:', UNIT_STYLE);
  at(b, l.legend.input, 'input', { ...INPUT_STYLE, horizontalAlignment: 'center' });
  at(b, l.legend.calculated, 'calculated', { ...CALCULATED_STYLE, horizontalAlignment: 'center' });

  at(b, l.master.label, 'Check', CHECK_STYLE);
  b.note(
    l.master.label.row,
    l.master.label.column,
    'OK when every check of the Checks block passes; otherwise the first check that fails.',
  );
  at(b, l.master.value, formulaCell(masterCheckFormula(r)), CHECK_STYLE);

  // A live title: the panel's figures are the active what-if scenario's.
  at(
    b,
    l.sections.monthly,
    formulaCell(concat('Monthly figures (scenario: ', refTo(l.whatIf.activeScenario), ')')),
    SECTION_STYLE,
  );
  at(b, l.sections.returns, 'Projection results', SECTION_STYLE);
  at(b, l.sections.assumptions, 'Assumptions (inputs)', SECTION_STYLE);
  at(b, l.sections.recurring, 'Recurring streams (averages weighted by month-1 customers)', SECTION_STYLE);
  at(b, l.sections.checks, 'Checks', SECTION_STYLE);

  for (const key of Object.keys(KPIS) as KpiKey[]) writeKpi(b, r, key, prefix, currency);
  for (const key of ASSUMPTION_KEYS) writeAssumption(b, r, key, assumptions[key], currency);

  for (const key of CHECK_KEYS) {
    const cells = l.checks[key];
    const live = CHECKS[key].liveLabel;
    at(b, cells.label, live ? formulaCell(live(r)) : CHECKS[key].label, LABEL_STYLE);
    at(b, cells.count, formulaCell(CHECKS[key].count(r)), { ...CALCULATED_STYLE, numberFormat: '0' });
    at(b, cells.status, formulaCell(checkStatusFormula(r.check(key))), UNIT_STYLE);
  }

  writeLists(b, r, currency);
}
