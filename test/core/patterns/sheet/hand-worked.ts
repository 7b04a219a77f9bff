/**
 * Each template's pattern check worked out by hand from the template's numbers (monthly figures),
 * with one edit a user might make and what the check should show after it. Arithmetic is written
 * out as it was worked, so a reader can follow every value.
 */

export type Shown = number | string;

export type Edit =
  /** Type a new price or volume into a stream's row on the canvas. */
  | { stream: string; field: 'price' | 'volume'; value: number }
  /** Type a new value into one of the check's own input cells. */
  | { input: string; value: number };

export interface HandWorkedCheck {
  id: string;
  /** Check output key → value, as the named range `<prefix>_Check<Key>` shows it. */
  outputs: Record<string, Shown>;
  /** Unbundling only: each business unit's profit, as `<prefix>_CheckUnit<n>Profit` shows it. */
  unitProfits?: number[];
  result: 'PASS' | 'FAIL';
  edit: Edit;
  /** Outputs after the edit (only those the edit changes), and the result. */
  after: { outputs: Record<string, Shown>; unitProfits?: number[]; result: 'PASS' | 'FAIL' };
}

export const HAND_WORKED: readonly HandWorkedCheck[] = [
  {
    id: 'unbundling-private-bank',
    // Advice 900 × 600 = 540,000 − (320,000 + 900 × 60); products 1,200 × 250 = 300,000 − (190,000 + 1,200 × 80);
    // processing 1,500,000 × 0.4 = 600,000 − (450,000 + 1,500,000 × 0.08).
    unitProfits: [540_000 - 374_000, 300_000 - 286_000, 600_000 - 570_000],
    outputs: {
      totalRevenue: 540_000 + 300_000 + 600_000,
      totalCost: 374_000 + 286_000 + 570_000,
      totalProfit: 166_000 + 14_000 + 30_000,
      unitsCoveringCosts: 3,
    },
    result: 'PASS',
    edit: { stream: 'Advisory fees', field: 'price', value: 500 },
    // 900 × 500 = 450,000 − 374,000
    after: {
      unitProfits: [76_000, 14_000, 30_000],
      outputs: { totalRevenue: 1_350_000, totalProfit: 120_000 },
      result: 'PASS',
    },
  },
  {
    id: 'unbundling-mobile-operator',
    // Subscribers 40,000 × 25 + 6,000 × 40 = 1,240,000 − (40,000 × 9 + 6,000 × 12 + 380,000 + 210,000 = 1,022,000);
    // content 12,000 × 5 = 60,000 − (12,000 × 3 + 15,000 = 51,000).
    unitProfits: [218_000, 9_000],
    outputs: { totalRevenue: 1_300_000, totalCost: 1_073_000, totalProfit: 227_000, unitsCoveringCosts: 2 },
    result: 'PASS',
    edit: { stream: 'Content passes', field: 'price', value: 4 },
    // 12,000 × 4 = 48,000 − 51,000
    after: { unitProfits: [218_000, -3_000], outputs: { unitsCoveringCosts: 1, totalProfit: 215_000 }, result: 'FAIL' },
  },
  {
    id: 'long-tail-self-publishing',
    // 30,000 titles; 90,000 copies at 14 less 6 + 5; platform 150,000 + 60,000.
    outputs: {
      marginPerSale: 3,
      salesPerItem: 3,
      nicheMargin: 270_000,
      coverageRatio: 270_000 / 210_000,
      breakEvenItems: 210_000 / (3 * 3),
      surplus: 60_000,
    },
    result: 'PASS',
    edit: { stream: 'Print-on-demand book sales', field: 'price', value: 12 },
    // margin 12 − 11 = 1; 90,000 × 1 − 210,000
    after: {
      outputs: { marginPerSale: 1, nicheMargin: 90_000, surplus: -120_000, breakEvenItems: 210_000 / 3 },
      result: 'FAIL',
    },
  },
  {
    id: 'long-tail-user-designed-kits',
    // 2,500 designs; 5,000 kits at 40 less 22 + 4; platform 35,000 + 20,000.
    outputs: {
      marginPerSale: 14,
      salesPerItem: 2,
      nicheMargin: 70_000,
      coverageRatio: 70_000 / 55_000,
      breakEvenItems: 55_000 / (2 * 14),
      surplus: 15_000,
    },
    result: 'PASS',
    edit: { stream: 'Fan-designed kits', field: 'volume', value: 4_000 },
    // 4,000 × 14 = 56,000 − 55,000; 4,000 ÷ 2,500 = 1.6 a design
    after: { outputs: { salesPerItem: 1.6, nicheMargin: 56_000, surplus: 1_000 }, result: 'PASS' },
  },
  {
    id: 'multi-sided-search-engine',
    // Ads 150,000 × 6 = 900,000 less 150,000 × 0.3; searches 300,000 × 1.2 served free; platform 400,000.
    outputs: {
      payingContribution: 900_000 - 45_000,
      subsidy: 360_000,
      subsidyAndPlatformCosts: 760_000,
      coverageRatio: 855_000 / 760_000,
      surplus: 95_000,
    },
    result: 'PASS',
    edit: { stream: 'Search ads', field: 'price', value: 5 },
    // 150,000 × 5 = 750,000 − 45,000 = 705,000
    after: {
      outputs: { payingContribution: 705_000, coverageRatio: 705_000 / 760_000, surplus: -55_000 },
      result: 'FAIL',
    },
  },
  {
    id: 'multi-sided-game-console',
    // Studios: 1,500,000 × 9 + 120 × 2,500 = 13,800,000 less 1,500,000 × 1.5 + 120 × 900 = 2,358,000.
    // Players: 40,000 consoles cost 379 and sell for 299; platform 2,500,000 + 1,200,000 + 1,800,000.
    outputs: {
      payingContribution: 11_442_000,
      subsidy: 40_000 * (379 - 299),
      subsidyAndPlatformCosts: 3_200_000 + 5_500_000,
      coverageRatio: 11_442_000 / 8_700_000,
      surplus: 2_742_000,
    },
    result: 'PASS',
    edit: { stream: 'Console sales', field: 'price', value: 349 },
    // 40,000 × (379 − 349) = 1,200,000
    after: {
      outputs: { subsidy: 1_200_000, coverageRatio: 11_442_000 / 6_700_000, surplus: 4_742_000 },
      result: 'PASS',
    },
  },
  {
    id: 'free-commuter-paper',
    // 240,000 thousand impressions × 4; 8,000,000 copies × 0.07; newsroom, sales and racks 310,000.
    outputs: {
      adRevenue: 960_000,
      readerCost: 560_000,
      costToServe: 870_000,
      coverageRatio: 960_000 / 870_000,
      breakEvenCpm: 870_000 / 240_000,
      surplus: 90_000,
    },
    result: 'PASS',
    edit: { stream: 'Display advertising', field: 'price', value: 3.5 },
    // 240,000 × 3.5 = 840,000
    after: { outputs: { adRevenue: 840_000, surplus: -30_000, breakEvenCpm: 3.625 }, result: 'FAIL' },
  },
  {
    id: 'free-photo-sharing',
    // 20,000 Pro users × 6; 500,000 free users × 0.12; Pro users × 0.9; fixed 35,000 + 6,000.
    outputs: {
      premiumRevenue: 120_000,
      freeUserCost: 60_000,
      premiumUserCost: 18_000,
      profit: 1_000,
      conversionRate: 20_000 / 520_000,
      // (520,000 × 0.12 + 41,000) ÷ (520,000 × (6 − 0.9 + 0.12))
      breakEvenConversion: 103_400 / 2_714_400,
    },
    result: 'PASS',
    edit: { stream: 'Pro plan', field: 'price', value: 7 },
    // 20,000 × 7 = 140,000; (520,000 × 0.12 + 41,000) ÷ (520,000 × 6.22)
    after: {
      outputs: { premiumRevenue: 140_000, profit: 21_000, breakEvenConversion: 103_400 / 3_234_400 },
      result: 'PASS',
    },
  },
  {
    id: 'free-razor-and-blades',
    // Handle costs 9, sells for 3; a pack sells for 12, costs 4 + 3; 0.2 packs a month for 25 months.
    outputs: {
      baitSubsidy: 6,
      consumableMarginPerMonth: 1,
      lifetimeConsumableMargin: 25,
      coverageRatio: 25 / 6,
      paybackMonths: 6,
      surplusPerCustomer: 19,
    },
    result: 'PASS',
    edit: { input: 'expectedLifetimeMonths', value: 4 },
    // 1 a month for 4 months against the 6 lost on the handle
    after: {
      outputs: { lifetimeConsumableMargin: 4, coverageRatio: 4 / 6, surplusPerCustomer: -2, paybackMonths: 6 },
      result: 'FAIL',
    },
  },
  {
    id: 'open-outside-in-household-goods',
    // In-house research would cost 300,000; licences and scouting cost 60,000 + 40,000.
    outputs: { netOpenIncome: 0, rdCostAvoided: 200_000, openValue: 200_000 },
    result: 'PASS',
    edit: { input: 'inHouseRdCost', value: 50_000 },
    after: { outputs: { rdCostAvoided: -50_000, openValue: -50_000 }, result: 'FAIL' },
  },
  {
    id: 'open-inside-out-patent-licensing',
    // 15 licences × 6,000 less the licensing office 25,000.
    outputs: { netOpenIncome: 65_000, rdCostAvoided: 0, openValue: 65_000 },
    result: 'PASS',
    edit: { stream: 'Patent licences', field: 'price', value: 1_000 },
    // 15 × 1,000 − 25,000
    after: { outputs: { netOpenIncome: -10_000, openValue: -10_000 }, result: 'FAIL' },
  },
  {
    id: 'open-connector-solver-marketplace',
    // 0.25 × 1,200,000 + 40 × 2,000 = 380,000; 150,000 + 120,000 + 0.03 × 380,000 = 281,400.
    outputs: { netOpenIncome: 98_600, rdCostAvoided: 0, openValue: 98_600 },
    result: 'PASS',
    edit: { stream: 'Prize commission', field: 'price', value: 0.2 },
    // 0.2 × 1,200,000 + 80,000 = 320,000; 270,000 + 0.03 × 320,000 = 279,600
    after: { outputs: { netOpenIncome: 40_400, openValue: 40_400 }, result: 'PASS' },
  },
];

/** |actual − expected| within 1e-9 of the expected value (absolute near zero). */
export function closeTo(actual: unknown, expected: Shown): boolean {
  if (typeof expected === 'string') return actual === expected;
  if (typeof actual !== 'number') return false;
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}
