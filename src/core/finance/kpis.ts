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
  sub,
} from '../formula';
import { scaledChurn } from './churn';
import { KpiKey } from './layout';
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

/** The first projection month whose 1/0 flag in row `key` is 1, or a sentence saying there is none. */
function firstFlaggedMonth(r: Refs, key: 'covers' | 'paidBack'): Expr {
  return IF(
    eq(SUM(r.projected(key)), 0),
    concat('not within ', r.kpi('months'), ' months'),
    INDEX(r.months, 1, MATCH(1, r.projected(key))),
  );
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
    label: 'Subscribers',
    unit: 'subscribers',
    kind: 'units',
    meaning: 'Volume of the subscription streams, times the active scenario’s volume multiplier.',
    formula: (r) => mul(SUMIF(r.streams('type'), r.recurringType, r.streams('volume')), r.scenario('volume')),
  },
  subscriptionRevenue: {
    label: 'Subscription revenue',
    unit: 'per month',
    kind: 'money',
    meaning: 'Revenue of the subscription streams, times the active scenario’s price and volume multipliers.',
    formula: (r) =>
      mul(SUMIF(r.streams('type'), r.recurringType, r.streams('monthly')), r.scenario('price'), r.scenario('volume')),
  },
  arpu: {
    label: 'ARPU (revenue per subscriber)',
    unit: 'per month',
    kind: 'money',
    meaning: 'Subscription revenue ÷ subscribers; n/a without subscribers.',
    formula: (r) =>
      IF(eq(r.kpi('subscribers'), 0), NOT_APPLICABLE, div(r.kpi('subscriptionRevenue'), r.kpi('subscribers'))),
  },
  marginPerSubscriber: {
    label: 'Contribution per subscriber',
    unit: 'per month',
    kind: 'money',
    meaning: 'ARPU × contribution margin ratio (the gross margin a subscriber brings each month).',
    formula: (r) =>
      IF(OR(ISTEXT(r.kpi('arpu')), ISTEXT(r.kpi('cmRatio'))), NOT_APPLICABLE, mul(r.kpi('arpu'), r.kpi('cmRatio'))),
  },
  lifetime: {
    label: 'Expected lifetime (1 ÷ churn)',
    unit: 'months',
    kind: 'months',
    meaning: '1 ÷ monthly churn (times the active scenario’s churn multiplier, at most 100 %); n/a when churn is zero.',
    formula: (r) => {
      const churn = scaledChurn(r, r.scenario('churn'));
      return IF(le(churn, 0), NOT_APPLICABLE, div(1, churn));
    },
  },
  ltv: {
    label: 'Lifetime value (LTV)',
    unit: 'per subscriber',
    kind: 'money',
    meaning: 'ARPU × contribution margin ratio ÷ churn: the margin a subscriber brings over their lifetime.',
    formula: (r) =>
      IF(
        OR(ISTEXT(r.kpi('marginPerSubscriber')), ISTEXT(r.kpi('lifetime'))),
        NOT_APPLICABLE,
        mul(r.kpi('marginPerSubscriber'), r.kpi('lifetime')),
      ),
  },
  ltvToCac: {
    label: 'LTV:CAC',
    liveLabel: (r) => concat('LTV:CAC (bar: ', r.input('ltvCacBar'), ')'),
    unit: 'times',
    kind: 'multiple',
    name: 'LTVtoCAC',
    meaning: 'Lifetime value ÷ acquisition cost per customer; the bar (3 by default) is an input.',
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
    meaning: 'Acquisition cost ÷ contribution per subscriber: months until a new customer has paid back their cost.',
    formula: (r) =>
      IF(
        OR(ISTEXT(r.kpi('marginPerSubscriber')), le(r.kpi('marginPerSubscriber'), 0)),
        NOT_APPLICABLE,
        div(r.input('acquisitionCost'), r.kpi('marginPerSubscriber')),
      ),
  },

  breakEvenMonth: {
    label: 'Break-even month',
    unit: 'first month revenue ≥ costs',
    kind: 'count',
    name: 'BreakEvenMonth',
    meaning: 'First month of the projection whose revenue covers its costs (where the chart’s lines cross).',
    formula: (r) => firstFlaggedMonth(r, 'covers'),
  },
  paybackMonth: {
    label: 'Payback month',
    unit: 'first month cumulative cash ≥ 0',
    kind: 'count',
    meaning: 'First month in which cumulative cash, after the initial investment, is back to zero or above.',
    formula: (r) => firstFlaggedMonth(r, 'paidBack'),
  },
  fundingNeed: {
    label: 'Maximum funding need',
    unit: 'deepest cumulative cash',
    kind: 'money',
    name: 'FundingNeed',
    meaning: 'The deepest point of cumulative cash (month 0 included), as a positive amount: the cash to raise.',
    formula: (r) => MAX(0, neg(MIN(r.projectedFromStart('cumulativeCash')))),
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
  irrMonthly: {
    label: 'IRR (monthly)',
    unit: 'per month',
    kind: 'ratio',
    meaning: 'Internal rate of return of the monthly cash flows, month 0 included; n/a when there is none.',
    // IRR has no answer for some cash flows (all of one sign); that is "n/a", not an error.
    formula: (r) => IFERROR(IRR(r.projectedFromStart('cashFlow')), NOT_APPLICABLE),
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
