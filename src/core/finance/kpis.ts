/**
 * The KPIs of the viability panel as a catalogue: label, unit, named range, meaning and formula.
 * Ratios say "n/a" when there is nothing to divide by; break-even says "not reachable" when the
 * contribution margin cannot cover fixed costs. Each formula has at most one IF.
 */
import {
  add,
  COUNT,
  COUNTA,
  concat,
  div,
  eq,
  Expr,
  IF,
  IFERROR,
  INDEX,
  IRR,
  ISTEXT,
  le,
  MATCH,
  MAX,
  MIN,
  mul,
  ne,
  neg,
  NPV,
  OR,
  pow,
  SUM,
  SUMIF,
  SUMPRODUCT,
  sub,
} from '../formula';
import { scaledChurn } from './churn';
import { KpiKey, ProjectionKey, YearKey } from './layout';
import { Refs } from './refs';
import { ValueKind } from './styles';

export const NOT_REACHABLE = 'not reachable';
export const NOT_APPLICABLE = 'n/a';

export interface KpiSpec {
  label: string;
  /** A label that follows the inputs (a live label); the plain `label` names the KPI elsewhere. */
  liveLabel?: (r: Refs) => Expr;
  unit: string;
  kind: ValueKind;
  /** Suffix of the KPI's named range: `<prefix>_<name>`. */
  name?: string;
  /** What the number means, in a sentence (shown as the label's note and in docs/kpis.md). */
  meaning: string;
  formula: (r: Refs) => Expr;
}

/** Text for a month figure that falls outside the projection. */
function beyond(r: Refs, words: string): Expr {
  return concat(words, ' ', r.kpi('months'), ' months');
}

/** Σ weight × value ÷ Σ weight over the streams table, n/a when no stream has weight or CAC is 0. */
function weighted(r: Refs, weight: 'ltvWeight' | 'paybackWeight', value: 'ltvValue' | 'paybackValue'): Expr {
  return div(SUMPRODUCT(r.streamTable(weight), r.streamTable(value)), SUM(r.streamTable(weight)));
}

export const KPIS: Record<KpiKey, KpiSpec> = {
  revenue: {
    label: 'Revenue',
    unit: 'per month',
    kind: 'money',
    name: 'Revenue',
    meaning:
      'Sum of every stream’s price × volume, times the active scenario’s price and volume multipliers (What-ifs).',
    // The scenario table's Active column: one formula for the active scenario's figures, read
    // from the item rows' inputs there, so the panel and the what-ifs never disagree.
    formula: (r) => r.activeFigure('revenue'),
  },
  variableCosts: {
    label: 'Variable costs',
    unit: 'per month',
    kind: 'money',
    name: 'VariableCosts',
    meaning:
      'Per-unit costs × the volume they follow, plus shares of revenue, in the active scenario: per-unit costs scale with volume, shares with revenue, both with the variable-cost multiplier.',
    formula: (r) => r.activeFigure('variableCosts'),
  },
  contributionMargin: {
    label: 'Contribution margin',
    unit: 'per month',
    kind: 'money',
    name: 'ContributionMargin',
    meaning: 'Revenue − variable costs: what is left to cover fixed costs.',
    formula: (r) => sub(r.kpi('revenue'), r.kpi('variableCosts')),
  },
  cmRatio: {
    label: 'Contribution margin ratio',
    unit: 'of revenue',
    kind: 'ratio',
    meaning: 'Contribution margin ÷ revenue; n/a without revenue.',
    formula: (r) => IF(eq(r.kpi('revenue'), 0), NOT_APPLICABLE, div(r.kpi('contributionMargin'), r.kpi('revenue'))),
  },
  fixedCosts: {
    label: 'Fixed costs',
    unit: 'per month',
    kind: 'money',
    name: 'FixedCosts',
    meaning: 'Sum of the costs marked fixed, times the active scenario’s fixed-cost multiplier.',
    formula: (r) => r.activeFigure('fixedCosts'),
  },
  totalCosts: {
    label: 'Total costs',
    unit: 'per month',
    kind: 'money',
    meaning: 'Variable costs + fixed costs.',
    formula: (r) => add(r.kpi('variableCosts'), r.kpi('fixedCosts')),
  },
  profit: {
    label: 'Operating profit',
    unit: 'per month',
    kind: 'money',
    name: 'Profit',
    meaning: 'Contribution margin − fixed costs.',
    formula: (r) => sub(r.kpi('contributionMargin'), r.kpi('fixedCosts')),
  },
  profitMargin: {
    label: 'Profit margin',
    unit: 'of revenue',
    kind: 'ratio',
    name: 'ProfitMargin',
    meaning: 'Operating profit ÷ revenue; n/a without revenue.',
    formula: (r) => IF(eq(r.kpi('revenue'), 0), NOT_APPLICABLE, div(r.kpi('profit'), r.kpi('revenue'))),
  },
  breakEvenRevenue: {
    label: 'Break-even revenue',
    unit: 'per month',
    kind: 'money',
    name: 'BreakEvenRevenue',
    meaning:
      'Fixed costs ÷ contribution margin ratio: the revenue at which profit is zero; not reachable when the contribution margin is zero or less.',
    formula: (r) => IF(le(r.kpi('contributionMargin'), 0), NOT_REACHABLE, div(r.kpi('fixedCosts'), r.kpi('cmRatio'))),
  },
  marginOfSafety: {
    label: 'Margin of safety',
    unit: 'of revenue',
    kind: 'ratio',
    name: 'MarginOfSafety',
    meaning:
      '(Revenue − break-even revenue) ÷ revenue: how far revenue can fall before a loss; negative below break-even.',
    formula: (r) =>
      IF(
        ISTEXT(r.kpi('breakEvenRevenue')),
        NOT_APPLICABLE,
        div(sub(r.kpi('revenue'), r.kpi('breakEvenRevenue')), r.kpi('revenue')),
      ),
  },
  breakEvenUnits: {
    label: 'Break-even units (one stream)',
    unit: 'units per month',
    kind: 'units',
    meaning:
      'Break-even revenue ÷ price (in the active scenario), when the canvas has exactly one stream: fixed costs ÷ (price − variable cost per unit).',
    formula: (r) =>
      IF(
        OR(ne(r.kpi('streamCount'), 1), ISTEXT(r.kpi('breakEvenRevenue'))),
        NOT_APPLICABLE,
        div(r.kpi('breakEvenRevenue'), mul(SUM(r.streams('price')), r.scenario('price'))),
      ),
  },
  streamCount: {
    label: 'Revenue streams',
    unit: 'streams',
    kind: 'count',
    meaning: 'Number of named revenue streams.',
    formula: (r) => COUNTA(r.streams('name')),
  },
  totalVolume: {
    label: 'Volume of every stream',
    unit: 'units per month',
    kind: 'units',
    meaning: 'Sum of every stream’s volume: what a per-unit cost without a stream multiplies.',
    formula: (r) => SUM(r.streams('volume')),
  },

  subscribers: {
    label: 'Customers (recurring streams)',
    unit: 'in month 1',
    kind: 'units',
    meaning:
      'Month-1 customers of the recurring streams (subscriptions, or a stream marked recurring), times the active scenario’s volume multiplier.',
    formula: (r) => SUMPRODUCT(r.streamTable('recurring'), r.streamTable('customers')),
  },
  subscriptionRevenue: {
    label: 'Recurring revenue',
    unit: 'per month',
    kind: 'money',
    meaning: 'Month-1 revenue of the recurring streams, in the active scenario.',
    formula: (r) =>
      mul(SUMPRODUCT(r.streamTable('recurring'), r.streamTable('customers'), r.streams('price')), r.scenario('price')),
  },
  arpu: {
    label: 'ARPU (revenue per customer)',
    unit: 'per month',
    kind: 'money',
    meaning: 'Recurring revenue ÷ customers of the recurring streams; n/a without customers.',
    formula: (r) =>
      IF(eq(r.kpi('subscribers'), 0), NOT_APPLICABLE, div(r.kpi('subscriptionRevenue'), r.kpi('subscribers'))),
  },
  marginPerSubscriber: {
    label: 'Contribution per customer',
    unit: 'per month',
    kind: 'money',
    meaning:
      'Each recurring stream’s price − its per-unit costs (its own and those of no stream) − share-of-revenue costs × price, averaged over the recurring streams weighted by month-1 customers.',
    formula: (r) =>
      IF(
        eq(r.kpi('subscribers'), 0),
        NOT_APPLICABLE,
        div(
          SUMPRODUCT(r.streamTable('recurring'), r.streamTable('customers'), r.streamTable('contribution')),
          r.kpi('subscribers'),
        ),
      ),
  },
  lifetime: {
    label: 'Expected lifetime (1 ÷ churn)',
    unit: 'months',
    kind: 'months',
    meaning:
      '1 ÷ the canvas’s monthly churn (times the active scenario’s churn multiplier, at most 100 %); n/a when churn is zero. A stream with its own churn has its own LTV in the streams table.',
    formula: (r) => {
      const churn = scaledChurn(r, r.scenario('churn'));
      return IF(le(churn, 0), NOT_APPLICABLE, div(1, churn));
    },
  },
  ltv: {
    label: 'Lifetime value (LTV)',
    unit: 'per customer',
    kind: 'money',
    meaning:
      'Per recurring stream: contribution per customer ÷ that stream’s churn; here the average over the recurring streams that have one, weighted by month-1 customers. n/a when no stream has churn above 0 and a positive contribution.',
    formula: (r) => IF(eq(SUM(r.streamTable('ltvWeight')), 0), NOT_APPLICABLE, weighted(r, 'ltvWeight', 'ltvValue')),
  },
  ltvToCac: {
    label: 'LTV:CAC',
    liveLabel: (r) => concat('LTV:CAC (bar: ', r.input('ltvCacBar'), ')'),
    unit: 'times',
    kind: 'multiple',
    name: 'LTVtoCAC',
    meaning:
      'Per recurring stream: LTV ÷ acquisition cost (the streams table shows each); here the average weighted by month-1 customers. n/a when CAC is 0 or no stream has churn above 0 and a positive contribution. The bar (3 by default) is an input.',
    formula: (r) =>
      IF(
        OR(ISTEXT(r.kpi('ltv')), le(r.input('acquisitionCost'), 0)),
        NOT_APPLICABLE,
        div(r.kpi('ltv'), r.input('acquisitionCost')),
      ),
  },
  cacPayback: {
    label: 'CAC payback',
    unit: 'months',
    kind: 'months',
    name: 'CACPayback',
    meaning:
      'Per recurring stream: acquisition cost ÷ contribution per customer (months until a new customer has paid back their cost); here the average weighted by month-1 customers. n/a when CAC is 0 (never 0 because CAC was left blank) or no stream has a positive contribution.',
    formula: (r) =>
      IF(
        OR(le(r.input('acquisitionCost'), 0), eq(SUM(r.streamTable('paybackWeight')), 0)),
        NOT_APPLICABLE,
        mul(r.input('acquisitionCost'), weighted(r, 'paybackWeight', 'paybackValue')),
      ),
  },

  breakEvenMonth: {
    label: 'Break-even month',
    unit: 'profit ≥ 0 from then on',
    kind: 'count',
    name: 'BreakEvenMonth',
    meaning:
      'The first month from which profit (after acquisition spend) stays at 0 or above through the last month; text when the last month is a loss.',
    formula: (r) =>
      IF(
        eq(SUM(r.projected('staysProfitable')), 0),
        beyond(r, 'not within'),
        INDEX(r.months, 1, MATCH(1, r.projected('staysProfitable'))),
      ),
  },
  paybackMonth: {
    label: 'Payback month',
    unit: 'first month cumulative cash ≥ 0',
    kind: 'count',
    meaning: 'First month in which cumulative cash, after the initial investment, is back to zero or above.',
    formula: (r) =>
      IF(
        eq(SUM(r.projected('paidBack')), 0),
        beyond(r, 'not within'),
        INDEX(r.months, 1, MATCH(1, r.projected('paidBack'))),
      ),
  },
  fundingNeed: {
    label: 'Maximum funding need',
    unit: 'deepest cumulative cash',
    kind: 'money',
    name: 'FundingNeed',
    meaning:
      'The deepest point of cumulative cash (month 0 = − initial investment, then + each month’s profit) below 0, as a positive amount: the cash to raise. 0 when it never goes below 0.',
    formula: (r) => MAX(0, neg(MIN(r.projectedFromStart('cumulativeCash')))),
  },
  runway: {
    label: 'Runway',
    unit: 'months of cash',
    kind: 'count',
    name: 'Runway',
    meaning:
      'Months until the cash balance (starting cash + cumulative cash) first goes below 0: if it does in month m, m − 1 (0 if at month 0 or 1); text when it never does.',
    formula: (r) =>
      IF(
        eq(SUM(r.projectedFromStart('belowZero')), 0),
        beyond(r, 'beyond'),
        MAX(0, sub(INDEX(r.monthsFromStart, 1, MATCH(1, r.projectedFromStart('belowZero'))), 1)),
      ),
  },
  monthlyDiscountRate: {
    label: 'Monthly discount rate',
    unit: 'per month',
    kind: 'ratio',
    meaning: '(1 + annual discount rate)^(1/12) − 1.',
    formula: (r) => sub(pow(add(1, r.input('discountRate')), div(1, 12)), 1),
  },
  npv: {
    label: 'Net present value (NPV)',
    unit: 'at month 0',
    kind: 'money',
    name: 'NPV',
    meaning: 'Month-0 cash flow + the monthly cash flows discounted at the monthly rate.',
    formula: (r) => add(r.start('cashFlow'), NPV(r.kpi('monthlyDiscountRate'), r.projected('cashFlow'))),
  },
  irrGuess: {
    label: 'IRR search starts at',
    unit: 'per month',
    kind: 'ratio',
    meaning:
      '(Σ cash in ÷ Σ cash out)^(1 ÷ months) − 1: the monthly rate that would turn what goes out into what comes in, where the IRR search starts; 0 when the flows have one sign.',
    formula: (r) => {
      const flows = r.projectedFromStart('cashFlow');
      const inflows = SUMIF(flows, '>0', flows);
      const outflows = neg(SUMIF(flows, '<0', flows));
      return IF(OR(le(inflows, 0), le(outflows, 0)), 0, sub(pow(div(inflows, outflows), div(1, r.kpi('months'))), 1));
    },
  },
  irrMonthly: {
    label: 'IRR (monthly)',
    unit: 'per month',
    kind: 'ratio',
    meaning:
      'Internal rate of return of the monthly cash flows, month 0 included, searched from the guess above so LibreOffice, Excel and Sheets find the same root; n/a when there is none.',
    // IRR has no answer for some cash flows (all of one sign); that is "n/a", not an error.
    formula: (r) => IFERROR(IRR(r.projectedFromStart('cashFlow'), r.kpi('irrGuess')), NOT_APPLICABLE),
  },
  irrAnnual: {
    label: 'IRR (annual)',
    unit: 'per year',
    kind: 'ratio',
    meaning: '(1 + monthly IRR)^12 − 1.',
    formula: (r) => IF(ISTEXT(r.kpi('irrMonthly')), NOT_APPLICABLE, sub(pow(add(1, r.kpi('irrMonthly')), 12), 1)),
  },
  months: {
    label: 'Months projected',
    unit: 'months',
    kind: 'count',
    meaning: 'Number of month columns in the projection.',
    formula: (r) => COUNT(r.months),
  },
};

/** The KPIs with a named range, in the order they are defined. */
export function namedKpis(): { key: KpiKey; name: string }[] {
  return (Object.keys(KPIS) as KpiKey[]).flatMap((key) => {
    const name = KPIS[key].name;
    return name === undefined ? [] : [{ key, name }];
  });
}

export interface YearSpec {
  label: string;
  kind: ValueKind;
  meaning: string;
  /** The projection row summed over the year's months, or read at its last month. */
  row: ProjectionKey;
  how: 'sum' | 'end';
  /** For `end`: a multiplier (12 for ARR). */
  times?: number;
}

export const YEAR_SPECS: Record<YearKey, YearSpec> = {
  revenue: {
    label: 'Revenue',
    kind: 'money',
    row: 'revenue',
    how: 'sum',
    meaning: 'Σ revenue of the year’s 12 months.',
  },
  variableCosts: {
    label: 'Variable costs',
    kind: 'money',
    row: 'variableCosts',
    how: 'sum',
    meaning: 'Σ variable costs of the year’s months.',
  },
  fixedCosts: {
    label: 'Fixed costs',
    kind: 'money',
    row: 'fixedCosts',
    how: 'sum',
    meaning: 'Σ fixed costs of the year’s months (each from its start month).',
  },
  acquisition: {
    label: 'Acquisition',
    kind: 'money',
    row: 'acquisition',
    how: 'sum',
    meaning: 'Σ CAC × new customers of the year’s months.',
  },
  profit: {
    label: 'Profit',
    kind: 'money',
    row: 'profit',
    how: 'sum',
    meaning: 'Σ profit after acquisition spend of the year’s months: revenue − variable − fixed − acquisition spend.',
  },
  customers: {
    label: 'Customers (end)',
    kind: 'units',
    row: 'customers',
    how: 'end',
    meaning: 'Σ customers of the recurring streams in the year’s last month.',
  },
  arr: {
    label: 'ARR',
    kind: 'money',
    row: 'recurringRevenue',
    how: 'end',
    times: 12,
    meaning: '12 × revenue of the recurring streams in the year’s last month.',
  },
};

/** Named cells of the yearly summary: `<prefix>_<name>` for a figure of one year. */
export const NAMED_YEARS: readonly { key: YearKey; year: number; name: string }[] = [
  { key: 'revenue', year: 1, name: 'Y1Revenue' },
  { key: 'revenue', year: 2, name: 'Y2Revenue' },
  { key: 'revenue', year: 3, name: 'Y3Revenue' },
  { key: 'profit', year: 1, name: 'Y1Profit' },
  { key: 'profit', year: 2, name: 'Y2Profit' },
  { key: 'profit', year: 3, name: 'Y3Profit' },
  { key: 'customers', year: 3, name: 'EndingCustomers' },
  { key: 'arr', year: 3, name: 'ARR' },
];
