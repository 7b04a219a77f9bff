/**
 * The hand-worked cases: each names a fixture in test/fixtures and the KPI values worked out by
 * hand (literal numbers, or the arithmetic written out). The HyperFormula, emulator, CLI and
 * LibreOffice tests all hold the sheet to these same values.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CanvasDocument, parseCanvasJson } from '../../src/core/canvas-json';
import { KpiKey } from '../../src/core/finance/layout';

export type Expected = number | string;

export interface KpiCase {
  fixture: string;
  what: string;
  expected: Partial<Record<KpiKey, Expected>>;
}

/** Present value of 1 a month for n months at monthly rate i. */
const annuity = (i: number, n: number) => (1 - (1 + i) ** -n) / i;
/** The default 10 % a year, as a monthly rate. */
const monthly10 = 1.1 ** (1 / 12) - 1;
const NA = 'n/a';
const NOT_REACHABLE = 'not reachable';
const NOT_WITHIN = 'not within 36 months';

/** What every case with no subscription stream and no churn says about recurring revenue. */
const NO_SUBSCRIPTIONS = {
  subscribers: 0,
  subscriptionRevenue: 0,
  arpu: NA,
  marginPerSubscriber: NA,
  lifetime: NA,
  ltv: NA,
  ltvToCac: NA,
  cacPayback: NA,
};

export const KPI_CASES: KpiCase[] = [
  {
    fixture: 'one-stream',
    what: 'one stream with a fixed cost and a per-unit cost',
    expected: {
      revenue: 10000, // 4 × 2500
      variableCosts: 3750, // 1.5 × 2500
      contributionMargin: 6250,
      cmRatio: 0.625,
      fixedCosts: 3000,
      totalCosts: 6750,
      profit: 3250,
      profitMargin: 0.325,
      breakEvenRevenue: 4800, // 3000 ÷ 0.625
      marginOfSafety: 0.52, // (10000 − 4800) ÷ 10000
      breakEvenUnits: 1200, // 3000 ÷ (4 − 1.5)
      streamCount: 1,
      totalVolume: 2500,
      ...NO_SUBSCRIPTIONS,
      breakEvenMonth: 1,
      paybackMonth: 1,
      fundingNeed: 0,
      monthlyDiscountRate: monthly10,
      npv: 3250 * annuity(monthly10, 36),
      irrMonthly: NA, // no money goes in, so there is no rate of return
      irrAnnual: NA,
      months: 36,
    },
  },
  {
    fixture: 'several-streams',
    what: 'three streams of two types',
    expected: {
      revenue: 10000, // 8000 + 1500 + 500
      variableCosts: 2000, // beans: 1 × 2000 coffees
      contributionMargin: 8000,
      cmRatio: 0.8,
      fixedCosts: 6000,
      totalCosts: 8000,
      profit: 2000,
      profitMargin: 0.2,
      breakEvenRevenue: 7500, // 6000 ÷ 0.8
      marginOfSafety: 0.25,
      breakEvenUnits: NA,
      streamCount: 3,
      totalVolume: 2502,
      npv: 2000 * annuity(monthly10, 36),
    },
  },
  {
    fixture: 'per-unit-named-stream',
    what: 'a per-unit cost that follows one named stream',
    expected: {
      revenue: 7000, // 5 × 1000 + 4 × 500
      variableCosts: 250, // milk: 0.5 × 500 teas only
      contributionMargin: 6750,
      cmRatio: 6750 / 7000,
      fixedCosts: 1000,
      totalCosts: 1250,
      profit: 5750,
      profitMargin: 5750 / 7000,
      breakEvenRevenue: (1000 * 7000) / 6750,
      marginOfSafety: (7000 - (1000 * 7000) / 6750) / 7000,
      breakEvenUnits: NA,
    },
  },
  {
    fixture: 'per-unit-all-streams',
    what: 'a per-unit cost with no stream, which follows every stream',
    expected: {
      revenue: 7000,
      variableCosts: 300, // cups: 0.2 × (1000 + 500)
      contributionMargin: 6700,
      cmRatio: 6700 / 7000,
      totalCosts: 1300,
      profit: 5700,
      breakEvenRevenue: (1000 * 7000) / 6700,
      totalVolume: 1500,
    },
  },
  {
    fixture: 'share-of-revenue',
    what: 'a cost that is a share of revenue',
    expected: {
      revenue: 10000, // 50 × 200
      variableCosts: 3000, // 0.3 × 10000
      contributionMargin: 7000,
      cmRatio: 0.7,
      fixedCosts: 2000,
      profit: 5000,
      profitMargin: 0.5,
      breakEvenRevenue: 2000 / 0.7,
      marginOfSafety: (10000 - 2000 / 0.7) / 10000,
      breakEvenUnits: 2000 / (50 - 0.3 * 50), // fixed ÷ (price − variable cost per unit)
    },
  },
  {
    fixture: 'loss-making',
    what: 'variable costs above price: contribution margin below zero',
    expected: {
      revenue: 5000,
      variableCosts: 6000,
      contributionMargin: -1000,
      cmRatio: -0.2,
      fixedCosts: 1000,
      totalCosts: 7000,
      profit: -2000,
      profitMargin: -0.4,
      breakEvenRevenue: NOT_REACHABLE,
      marginOfSafety: NA,
      breakEvenUnits: NA,
      breakEvenMonth: NOT_WITHIN,
      paybackMonth: NOT_WITHIN,
      fundingNeed: 72000, // 2000 × 36
      npv: -2000 * annuity(monthly10, 36),
      irrMonthly: NA,
      irrAnnual: NA,
    },
  },
  {
    fixture: 'no-streams',
    what: 'costs but no revenue stream',
    expected: {
      revenue: 0,
      variableCosts: 0,
      contributionMargin: 0,
      cmRatio: NA,
      fixedCosts: 1000,
      totalCosts: 1000,
      profit: -1000,
      profitMargin: NA,
      breakEvenRevenue: NOT_REACHABLE,
      marginOfSafety: NA,
      breakEvenUnits: NA,
      streamCount: 0,
      totalVolume: 0,
      ...NO_SUBSCRIPTIONS,
      breakEvenMonth: NOT_WITHIN,
      fundingNeed: 36000,
    },
  },
  {
    fixture: 'zero-price',
    what: 'a free subscription: volume but no revenue',
    expected: {
      revenue: 0,
      variableCosts: 50, // 0.01 × 5000
      contributionMargin: -50,
      cmRatio: NA,
      fixedCosts: 2000,
      profit: -2050,
      profitMargin: NA,
      breakEvenRevenue: NOT_REACHABLE,
      marginOfSafety: NA,
      subscribers: 5000,
      subscriptionRevenue: 0,
      arpu: 0,
      // price − the stream's per-unit cost: 0 − 0.01; below 0, so LTV and CAC payback are n/a
      marginPerSubscriber: -0.01,
      lifetime: 10, // 1 ÷ 0.1
      ltv: NA,
      ltvToCac: NA,
      cacPayback: NA,
      // 2000 a month for 36 months, plus server costs shrinking by 10 % a month with churn
      fundingNeed: 2000 * 36 + (50 * (1 - 0.9 ** 36)) / (1 - 0.9),
    },
  },
  {
    fixture: 'large-and-small-numbers',
    what: 'billions beside millionths',
    expected: {
      revenue: 10000000003, // 2.5e9 × 4 + 0.000001 × 3e6
      variableCosts: 1000000.0003, // 0.0001 × revenue
      contributionMargin: 9999000002.9997,
      cmRatio: 0.9999,
      fixedCosts: 1000000000,
      totalCosts: 1001000000.0003,
      profit: 8999000002.9997,
      profitMargin: 8999000002.9997 / 10000000003,
      breakEvenRevenue: 1000000000 / 0.9999,
      marginOfSafety: (10000000003 - 1000000000 / 0.9999) / 10000000003,
      totalVolume: 3000004,
    },
  },
  {
    fixture: 'subscription-churn-cac',
    what: 'a subscription with churn and acquisition cost',
    expected: {
      revenue: 31000, // 30 × 1000 + 100 × 10
      variableCosts: 5930, // 5 × 1000 + 0.03 × 31000
      contributionMargin: 25070,
      cmRatio: 25070 / 31000,
      fixedCosts: 15000,
      profit: 10070,
      subscribers: 1000,
      subscriptionRevenue: 30000,
      arpu: 30,
      // per customer of the Pro plan: price − its per-unit cost − the share of revenue × price
      marginPerSubscriber: 30 - 5 - 0.03 * 30,
      lifetime: 25, // 1 ÷ 0.04
      ltv: 24.1 / 0.04,
      ltvToCac: 24.1 / 0.04 / 200,
      cacPayback: 200 / 24.1,
      // churn shrinks only the Pro plan (Onboarding is a volume stream): profit =
      // 24.1 × 1000 × 0.96^(month − 1) + 97 × 10 − 15000, a loss from month 15 on, so there is no
      // break-even month and cumulative cash is lowest at month 36
      breakEvenMonth: NOT_WITHIN,
      fundingNeed: 14030 * 36 - (24100 * (1 - 0.96 ** 36)) / (1 - 0.96),
      paybackMonth: 1,
    },
  },
  {
    fixture: 'projection-break-even',
    what: 'a loss today that growth turns into a profit in month 4',
    expected: {
      revenue: 1000,
      variableCosts: 400,
      contributionMargin: 600,
      fixedCosts: 2000,
      profit: -1400,
      breakEvenRevenue: 2000 / 0.6,
      marginOfSafety: (1000 - 2000 / 0.6) / 1000,
      breakEvenUnits: 2000 / (10 - 4),
      // profit = 600 × 1.5^(month − 1) − 2000: −1400, −1100, −650, then +25 in month 4
      breakEvenMonth: 4,
      // cumulative: −1400, −2500, −3150, −3125, −2087.5, +468.75 in month 6
      paybackMonth: 6,
      fundingNeed: 3150,
    },
  },
  {
    fixture: 'npv-and-irr',
    what: 'an investment paid back by a steady monthly profit',
    expected: {
      revenue: 5000,
      fixedCosts: 4000,
      profit: 1000,
      monthlyDiscountRate: monthly10,
      // the investment is 1000 a month for 36 months discounted at 1 % a month, so the IRR is 1 %
      npv: -30107.505037274132 + 1000 * annuity(monthly10, 36),
      irrMonthly: 0.01,
      irrAnnual: 1.01 ** 12 - 1,
      fundingNeed: 30107.505037274132,
      paybackMonth: 31, // 31 × 1000 is the first sum above the investment
      breakEvenMonth: 1,
    },
  },
  {
    fixture: 'empty-canvas',
    what: 'nothing entered yet',
    expected: {
      revenue: 0,
      variableCosts: 0,
      contributionMargin: 0,
      cmRatio: NA,
      fixedCosts: 0,
      totalCosts: 0,
      profit: 0,
      profitMargin: NA,
      breakEvenRevenue: NOT_REACHABLE,
      marginOfSafety: NA,
      breakEvenUnits: NA,
      streamCount: 0,
      ...NO_SUBSCRIPTIONS,
      fundingNeed: 0,
      npv: 0,
      irrMonthly: NA,
    },
  },
];

export const FIXTURES_DIR = join(__dirname, '..', 'fixtures');

export function fixturePath(name: string): string {
  return join(FIXTURES_DIR, `${name}.json`);
}

export function loadFixture(name: string): CanvasDocument {
  const parsed = parseCanvasJson(readFileSync(fixturePath(name), 'utf8'));
  if (!parsed.ok) throw new Error(`Fixture ${name} is invalid: ${parsed.problems.join('; ')}`);
  return parsed.canvas;
}

/** Numbers agree to 1e-9 relative (1e-9 absolute when the expected value is 0); text must match exactly. */
export function agrees(got: unknown, expected: Expected): boolean {
  if (typeof expected === 'string') return got === expected;
  if (typeof got !== 'number') return false;
  return Math.abs(got - expected) <= 1e-9 * (expected === 0 ? 1 : Math.abs(expected));
}
