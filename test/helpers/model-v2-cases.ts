/**
 * Cases of the financial model's second version (recurring and volume streams, own growth and
 * churn, start months, acquisition spend, cash, years, unit economics per stream), each with its
 * figures worked out by hand: `byHand` follows the definitions of docs/kpis.md step by step in
 * plain loops, and each case also states a few figures as literal arithmetic. The HyperFormula and
 * LibreOffice tests hold the sheet to both.
 */
import { Assumptions, DEFAULT_ASSUMPTIONS } from '../../src/core/finance/assumptions';
import { Cost, RevenueStream } from '../../src/core/model';

export interface V2Case {
  name: string;
  what: string;
  streams: RevenueStream[];
  costs: Cost[];
  assumptions: Partial<Assumptions>;
  /** Figures stated as literal arithmetic, by named range suffix. */
  literal: Record<string, number | string>;
}

export interface ByHand {
  revenue: number[];
  acquisition: number[];
  fixed: number[];
  profit: number[];
  named: Record<string, number | string>;
}

const MONTHS = 36;
const NA = 'n/a';

/** The projection and its named figures, by the definitions, month by month. */
export function byHand(c: V2Case): ByHand {
  // Defaults: no growth, churn, CAC, investment or starting cash; 10 % a year.
  const a = { ...DEFAULT_ASSUMPTIONS, ...c.assumptions };
  const share = c.costs.reduce(
    (t, k) => t + (k.behavior === 'variable' && k.per === 'revenue' ? (k.amount ?? 0) : 0),
    0,
  );
  const noStream = c.costs.reduce(
    (t, k) => t + (k.behavior === 'variable' && k.per === 'unit' && k.stream === undefined ? (k.amount ?? 0) : 0),
    0,
  );
  const streams = c.streams.map((s) => {
    const recurring = s.recurring ?? s.type === 'subscription';
    const growth = s.growth ?? a.growth;
    const churn = recurring ? (s.churn ?? a.churn) : 0;
    const own = c.costs.reduce(
      (t, k) => t + (k.behavior === 'variable' && k.per === 'unit' && k.stream === s.name ? (k.amount ?? 0) : 0),
      0,
    );
    const unitCost = own + noStream;
    const price = s.price ?? 0;
    const units: number[] = [s.volume ?? 0];
    for (let m = 2; m <= MONTHS; m++) {
      const before = units[m - 2];
      const fresh = growth * before;
      const lost = churn * before;
      units.push(before + fresh - lost);
    }
    return { recurring, growth, churn, unitCost, price, units, contribution: price - unitCost - share * price };
  });

  const revenue: number[] = [];
  const acquisition: number[] = [];
  const fixed: number[] = [];
  const profit: number[] = [];
  const customers: number[] = [];
  const recurringRevenue: number[] = [];
  for (let m = 1; m <= MONTHS; m++) {
    let r = 0;
    let v = 0;
    let fresh = 0;
    let cust = 0;
    let rr = 0;
    for (const s of streams) {
      const u = s.units[m - 1];
      r += s.price * u;
      v += s.unitCost * u;
      if (s.recurring) {
        cust += u;
        rr += s.price * u;
        if (m > 1) fresh += s.growth * s.units[m - 2];
      }
    }
    v += share * r;
    const f = c.costs.reduce(
      (t, k) => t + (k.behavior === 'fixed' && (k.startMonth ?? 1) <= m ? (k.amount ?? 0) : 0),
      0,
    );
    const acq = a.acquisitionCost * fresh;
    revenue.push(r);
    acquisition.push(acq);
    fixed.push(f);
    profit.push(r - v - f - acq);
    customers.push(cust);
    recurringRevenue.push(rr);
  }

  const cumulative = [-a.initialInvestment];
  for (const p of profit) cumulative.push(cumulative[cumulative.length - 1] + p);
  const fundingNeed = Math.max(0, -Math.min(...cumulative));
  const below = cumulative.findIndex((x) => a.startingCash + x < 0);
  const runway = below < 0 ? 'beyond 36 months' : Math.max(0, below - 1);
  let breakEven: number | string = 'not within 36 months';
  if (profit[MONTHS - 1] >= 0) {
    let m = MONTHS;
    while (m > 1 && profit[m - 2] >= 0) m--;
    breakEven = m;
  }
  const i = (1 + a.discountRate) ** (1 / 12) - 1;
  const npv = profit.reduce((t, p, k) => t + p / (1 + i) ** (k + 1), -a.initialInvestment);
  const year = (xs: number[], y: number) => xs.slice(12 * (y - 1), 12 * y).reduce((t, x) => t + x, 0);

  // Unit economics per recurring stream, averaged by month-1 customers.
  const cac = a.acquisitionCost;
  let ltvWeight = 0;
  let ltvSum = 0;
  let paybackWeight = 0;
  let paybackSum = 0;
  for (const s of streams) {
    if (!s.recurring || s.contribution <= 0) continue;
    const w = s.units[0];
    paybackWeight += w;
    paybackSum += w / s.contribution;
    if (s.churn > 0) {
      ltvWeight += w;
      ltvSum += (w * s.contribution) / s.churn;
    }
  }
  const ltvToCac = cac <= 0 || ltvWeight === 0 ? NA : ltvSum / ltvWeight / cac;
  const cacPayback = cac <= 0 || paybackWeight === 0 ? NA : (cac * paybackSum) / paybackWeight;

  return {
    revenue,
    acquisition,
    fixed,
    profit,
    named: {
      Y1Revenue: year(revenue, 1),
      Y2Revenue: year(revenue, 2),
      Y3Revenue: year(revenue, 3),
      Y1Profit: year(profit, 1),
      Y2Profit: year(profit, 2),
      Y3Profit: year(profit, 3),
      EndingCustomers: customers[MONTHS - 1],
      ARR: 12 * recurringRevenue[MONTHS - 1],
      Runway: runway,
      NPV: npv,
      FundingNeed: fundingNeed,
      BreakEvenMonth: breakEven,
      LTVtoCAC: ltvToCac,
      CACPayback: cacPayback,
    },
  };
}

/**
 * Whether the cash flows (month 0 first) have an internal rate of return: NPV changes sign
 * somewhere between −99 % and +500 % a month, scanned in steps of 0.1 %.
 */
export function hasIrr(flows: number[]): boolean {
  const npv = (r: number) => flows.reduce((t, x, k) => t + x / (1 + r) ** k, 0);
  let before = Math.sign(npv(-0.99));
  for (let r = -0.989; r <= 5; r += 0.001) {
    const now = Math.sign(npv(r));
    if (now !== before && now !== 0 && before !== 0) return true;
    if (now === 0) return true;
    before = now;
  }
  return false;
}

export const V2_CASES: V2Case[] = [
  {
    name: 'Mixed streams',
    what: 'a subscription and a volume stream, CAC, a per-unit cost on one stream and a share of revenue',
    streams: [
      { name: 'Plan', type: 'subscription', price: 30, volume: 100 },
      { name: 'Kits', type: 'asset-sale', price: 50, volume: 20 },
    ],
    costs: [
      { name: 'Support', behavior: 'variable', per: 'unit', amount: 5, stream: 'Plan' },
      { name: 'Fees', behavior: 'variable', per: 'revenue', amount: 0.1 },
      { name: 'Team', behavior: 'fixed', amount: 2000 },
    ],
    assumptions: { growth: 0.1, churn: 0.05, acquisitionCost: 40 },
    literal: {
      // Plan: 30 − 5 − 0.1 × 30 = 22 a customer; LTV 22 ÷ 0.05 = 440; ÷ CAC 40.
      LTVtoCAC: 440 / 40,
      CACPayback: 40 / 22,
      // Customers × 1.05 a month: 100 × 1.05^35 at month 36; the kits do not count.
      EndingCustomers: 100 * 1.05 ** 35,
      ARR: 12 * 30 * 100 * 1.05 ** 35,
    },
  },
  {
    name: 'Own growth and churn',
    what: 'one subscription with its own growth and churn beside one on the canvas’s',
    streams: [
      { name: 'Pro', type: 'subscription', price: 50, volume: 200, growth: 0.2, churn: 0.1 },
      { name: 'Basic', type: 'subscription', price: 10, volume: 1000 },
    ],
    costs: [{ name: 'Servers', behavior: 'fixed', amount: 5000 }],
    assumptions: { growth: 0.03, churn: 0.02, acquisitionCost: 20 },
    literal: {
      // Pro: 1.1 a month; Basic: 1.01 a month.
      EndingCustomers: 200 * 1.1 ** 35 + 1000 * 1.01 ** 35,
      // LTV 500 (50 ÷ 0.1) and 500 (10 ÷ 0.02), weighted 200 : 1000; ÷ CAC 20.
      LTVtoCAC: 500 / 20,
      // Payback 20 ÷ 50 and 20 ÷ 10, weighted 200 : 1000.
      CACPayback: (200 * 0.4 + 1000 * 2) / 1200,
    },
  },
  {
    name: 'Recurring usage',
    what: 'a usage fee marked recurring, with churn',
    streams: [{ name: 'Metered', type: 'usage-fee', price: 2, volume: 1000, recurring: true, churn: 0.03 }],
    costs: [{ name: 'Ops', behavior: 'fixed', amount: 1000 }],
    assumptions: { growth: 0.05, acquisitionCost: 10 },
    literal: {
      EndingCustomers: 1000 * 1.02 ** 35,
      // Month 2: 50 new customers at 10 each, revenue 2 × 1 020, so profit 2 040 − 1 000 − 500.
      Y1Revenue: (2 * 1000 * (1.02 ** 12 - 1)) / 0.02,
      LTVtoCAC: 2 / 0.03 / 10,
      CACPayback: 10 / 2,
    },
  },
  {
    name: 'Hire from month 7',
    what: 'a fixed cost from month 7 on, a volume stream without churn',
    streams: [{ name: 'Meals', type: 'asset-sale', price: 12, volume: 1000 }],
    costs: [
      { name: 'Food', behavior: 'variable', per: 'unit', amount: 4 },
      { name: 'Rent', behavior: 'fixed', amount: 3000 },
      { name: 'Chef', behavior: 'fixed', amount: 4000, startMonth: 7 },
    ],
    assumptions: { churn: 0.5 },
    literal: {
      // 8 000 a month less rent, less the chef from month 7: 6 × 5 000 + 6 × 1 000.
      Y1Profit: 6 * 5000 + 6 * 1000,
      Y2Profit: 12 * 1000,
      BreakEvenMonth: 1,
      // No recurring stream: the churn of 50 % touches nothing.
      Y3Revenue: 12 * 12000,
      EndingCustomers: 0,
      LTVtoCAC: NA,
    },
  },
  {
    name: 'Shrinking',
    what: 'a subscription losing 10 % a month: profit turns to a loss and stays one',
    streams: [{ name: 'Box', type: 'subscription', price: 20, volume: 1000 }],
    costs: [{ name: 'Studio', behavior: 'fixed', amount: 10000 }],
    assumptions: { churn: 0.1, acquisitionCost: 30 },
    literal: {
      // 20 000 × 0.9^(m − 1) − 10 000 ≥ 0 through month 7 only.
      BreakEvenMonth: 'not within 36 months',
      Y1Profit: (20000 * (1 - 0.9 ** 12)) / 0.1 - 120000,
      // Growth 0: no new customers, no acquisition spend; LTV 20 ÷ 0.1 = 200 ÷ 30.
      LTVtoCAC: 200 / 30,
      CACPayback: 30 / 20,
    },
  },
  {
    name: 'Out of cash',
    what: 'losses that use up the starting cash',
    streams: [{ name: 'Widgets', type: 'asset-sale', price: 10, volume: 100 }],
    costs: [{ name: 'Lab', behavior: 'fixed', amount: 2000 }],
    assumptions: { startingCash: 10000, initialInvestment: 2000 },
    literal: {
      // 8 000 after the investment, less 1 000 a month: below 0 in month 9, so 8 months of runway.
      Runway: 8,
      FundingNeed: 2000 + 36 * 1000,
      BreakEvenMonth: 'not within 36 months',
    },
  },
  {
    name: 'No CAC',
    what: 'a growing subscription whose acquisition cost is 0',
    streams: [{ name: 'Club', type: 'subscription', price: 15, volume: 400 }],
    costs: [{ name: 'Host', behavior: 'fixed', amount: 3000 }],
    assumptions: { growth: 0.04, churn: 0.01 },
    literal: {
      LTVtoCAC: NA,
      CACPayback: NA,
      EndingCustomers: 400 * 1.03 ** 35,
      Runway: 'beyond 36 months',
    },
  },
  {
    name: 'No churn',
    what: 'a subscription that keeps every customer, with CAC',
    streams: [{ name: 'Licence', type: 'subscription', price: 100, volume: 50 }],
    costs: [
      { name: 'Support', behavior: 'variable', per: 'unit', amount: 20 },
      { name: 'Office', behavior: 'fixed', amount: 2000 },
    ],
    assumptions: { growth: 0.02, acquisitionCost: 400 },
    literal: {
      // No churn: no lifetime, so no LTV; payback 400 ÷ 80 = 5 months.
      LTVtoCAC: NA,
      CACPayback: 5,
      EndingCustomers: 50 * 1.02 ** 35,
    },
  },
  {
    name: 'Negative IRR',
    what: 'an investment a steady profit never pays back',
    streams: [{ name: 'Rooms', type: 'lending', price: 100, volume: 30 }],
    costs: [{ name: 'Upkeep', behavior: 'fixed', amount: 2000 }],
    assumptions: { initialInvestment: 50000 },
    literal: {
      // The deepest point is month 0: each month after pays 1 000 back.
      FundingNeed: 50000,
      Runway: 0,
      Y1Profit: 12000,
    },
  },
  {
    name: 'Every stream per unit',
    what: 'a per-unit cost of no stream over a recurring and a volume stream, and a later hire',
    streams: [
      { name: 'Seats', type: 'subscription', price: 40, volume: 100, growth: 0.05, churn: 0.02 },
      { name: 'Setup', type: 'asset-sale', price: 200, volume: 5, growth: 0 },
    ],
    costs: [
      { name: 'Handling', behavior: 'variable', per: 'unit', amount: 2 },
      { name: 'Founder', behavior: 'fixed', amount: 3000 },
      { name: 'Sales hire', behavior: 'fixed', amount: 3500, startMonth: 13 },
    ],
    assumptions: { growth: 0.1, churn: 0.5, acquisitionCost: 50, startingCash: 5000, discountRate: 0.12 },
    literal: {
      // Seats: 40 − 2 = 38 a customer, churn 2 %: LTV 1 900 ÷ CAC 50.
      LTVtoCAC: 1900 / 50,
      CACPayback: 50 / 38,
      EndingCustomers: 100 * 1.03 ** 35,
    },
  },
];
