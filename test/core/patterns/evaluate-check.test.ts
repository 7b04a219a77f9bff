import {
  BusinessUnit,
  CheckInputs,
  evaluateCheck,
  NumericCheck,
  NumericCheckKind,
  UnbundlingCheck,
} from '../../../src/core/patterns';

function check<K extends NumericCheckKind>(kind: K, inputs: CheckInputs[K]): NumericCheck<K> {
  return { kind, description: 'test', inputs, sources: {} };
}

function units(...list: [string, number, number][]): UnbundlingCheck {
  const role = 'infrastructure' as const;
  const made: BusinessUnit[] = list.map(([name, revenue, cost]) => ({
    name,
    role,
    streams: [],
    costs: [],
    revenue,
    cost,
  }));
  return { kind: 'unbundling', description: 'test', units: made };
}

describe('freemium check', () => {
  const base = {
    freeUsers: 9_000,
    costPerFreeUser: 0.5,
    premiumUsers: 1_000,
    premiumPrice: 10,
    costPerPremiumUser: 1,
    fixedCosts: 2_000,
  };

  test('premium revenue against every free user, with the conversion needed to break even', () => {
    const r = evaluateCheck(check('freemium', base));
    expect(r.values.premiumRevenue).toBeCloseTo(10_000, 9);
    expect(r.values.freeUserCost).toBeCloseTo(4_500, 9);
    expect(r.values.premiumUserCost).toBeCloseTo(1_000, 9);
    expect(r.values.profit).toBeCloseTo(2_500, 9);
    expect(r.values.conversionRate).toBeCloseTo(0.1, 12);
    // c·10,000·(10 − 1 + 0.5) = 10,000·0.5 + 2,000
    expect(r.values.breakEvenConversion).toBeCloseTo(7_000 / 95_000, 12);
    expect(r.pass).toBe(true);
  });

  test('too few premium users is a loss; the break-even share does not depend on the split', () => {
    const r = evaluateCheck(check('freemium', { ...base, freeUsers: 9_900, premiumUsers: 100 }));
    expect(r.values.profit).toBeCloseTo(1_000 - 4_950 - 100 - 2_000, 9);
    expect(r.values.conversionRate).toBeCloseTo(0.01, 12);
    expect(r.values.breakEvenConversion).toBeCloseTo(7_000 / 95_000, 12);
    expect(r.pass).toBe(false);
  });

  test('a break-even share above 100 % is not reachable', () => {
    const r = evaluateCheck(check('freemium', { ...base, freeUsers: 100, premiumUsers: 0, fixedCosts: 10_000 }));
    // (100·0.5 + 10,000) ÷ (100·9.5) ≈ 10.6: more users than there are would have to pay.
    expect(r.values.breakEvenConversion).toBeNull();
    expect(r.values.conversionRate).toBe(0);
    expect(r.pass).toBe(false);
  });

  test('no users at all leaves the shares undefined, not NaN', () => {
    const r = evaluateCheck(check('freemium', { ...base, freeUsers: 0, premiumUsers: 0 }));
    expect(r.values.conversionRate).toBeNull();
    expect(r.values.breakEvenConversion).toBeNull();
    expect(r.values.profit).toBe(-2_000);
  });
});

describe('multi-sided subsidy check', () => {
  const base = {
    payingRevenue: 1_000,
    payingVariableCosts: 200,
    subsidisedRevenue: 100,
    subsidisedCosts: 500,
    platformCosts: 300,
  };

  test('the paying side covers the subsidy and the platform', () => {
    const r = evaluateCheck(check('multi-sided', base));
    expect(r.values.payingContribution).toBe(800);
    expect(r.values.subsidy).toBe(400);
    expect(r.values.subsidyAndPlatformCosts).toBe(700);
    expect(r.values.coverageRatio).toBeCloseTo(800 / 700, 12);
    expect(r.values.surplus).toBe(100);
    expect(r.pass).toBe(true);
  });

  test('a ratio below 1 fails', () => {
    const r = evaluateCheck(check('multi-sided', { ...base, platformCosts: 500 }));
    expect(r.values.coverageRatio).toBeCloseTo(800 / 900, 12);
    expect(r.values.surplus).toBe(-100);
    expect(r.pass).toBe(false);
  });

  test('nothing to cover: no ratio, and the check passes', () => {
    const r = evaluateCheck(check('multi-sided', { ...base, subsidisedRevenue: 600, platformCosts: 0 }));
    expect(r.values.subsidy).toBe(-100);
    expect(r.values.coverageRatio).toBeNull();
    expect(r.values.surplus).toBe(900);
    expect(r.pass).toBe(true);
  });
});

describe('bait and hook check', () => {
  const base = {
    baitPrice: 3,
    baitUnitCost: 9,
    consumablePrice: 12,
    consumableUnitCost: 7,
    consumablesPerCustomerPerMonth: 0.2,
    expectedLifetimeMonths: 25,
  };

  test('lifetime refill margin against the subsidy on the bait', () => {
    const r = evaluateCheck(check('bait-and-hook', base));
    expect(r.values.baitSubsidy).toBe(6);
    expect(r.values.consumableMarginPerMonth).toBeCloseTo(1, 12);
    expect(r.values.lifetimeConsumableMargin).toBeCloseTo(25, 12);
    expect(r.values.coverageRatio).toBeCloseTo(25 / 6, 12);
    expect(r.values.paybackMonths).toBeCloseTo(6, 12);
    expect(r.values.surplusPerCustomer).toBeCloseTo(19, 12);
    expect(r.pass).toBe(true);
  });

  test('customers who leave before the subsidy is earned back make it fail', () => {
    const r = evaluateCheck(check('bait-and-hook', { ...base, expectedLifetimeMonths: 4 }));
    expect(r.values.lifetimeConsumableMargin).toBeCloseTo(4, 12);
    expect(r.values.surplusPerCustomer).toBeCloseTo(-2, 12);
    expect(r.pass).toBe(false);
  });

  test('a bait sold at a profit needs no payback', () => {
    const r = evaluateCheck(check('bait-and-hook', { ...base, baitPrice: 10 }));
    expect(r.values.baitSubsidy).toBe(-1);
    expect(r.values.coverageRatio).toBeNull();
    expect(r.values.paybackMonths).toBe(0);
    expect(r.pass).toBe(true);
  });

  test('refills without margin never pay the subsidy back', () => {
    const r = evaluateCheck(check('bait-and-hook', { ...base, consumablePrice: 7 }));
    expect(r.values.consumableMarginPerMonth).toBe(0);
    expect(r.values.paybackMonths).toBeNull();
    expect(r.pass).toBe(false);
  });
});

describe('long tail check', () => {
  const base = { nicheItems: 30_000, nicheSales: 90_000, pricePerSale: 14, costPerSale: 11, platformCosts: 210_000 };

  test('niche items × sales per item × margin against the platform', () => {
    const r = evaluateCheck(check('long-tail', base));
    expect(r.values.marginPerSale).toBe(3);
    expect(r.values.salesPerItem).toBe(3);
    expect(r.values.nicheMargin).toBe(270_000);
    expect(r.values.coverageRatio).toBeCloseTo(270_000 / 210_000, 12);
    expect(r.values.breakEvenItems).toBeCloseTo(210_000 / 9, 9);
    expect(r.values.surplus).toBe(60_000);
    expect(r.pass).toBe(true);
  });

  test('no items, no sales per item; a negative margin has no break-even', () => {
    const empty = evaluateCheck(check('long-tail', { ...base, nicheItems: 0 }));
    expect(empty.values.salesPerItem).toBeNull();
    expect(empty.values.breakEvenItems).toBeNull();
    const losing = evaluateCheck(check('long-tail', { ...base, pricePerSale: 10 }));
    expect(losing.values.breakEvenItems).toBeNull();
    expect(losing.values.surplus).toBe(-90_000 - 210_000);
    expect(losing.pass).toBe(false);
  });
});

describe('advertising check', () => {
  const base = {
    thousandImpressions: 240_000,
    cpm: 4,
    readersServed: 8_000_000,
    costPerReader: 0.07,
    fixedCosts: 310_000,
  };

  test('ad revenue against the cost of serving readers, and the CPM that breaks even', () => {
    const r = evaluateCheck(check('advertising', base));
    expect(r.values.adRevenue).toBe(960_000);
    expect(r.values.readerCost).toBeCloseTo(560_000, 6);
    expect(r.values.costToServe).toBeCloseTo(870_000, 6);
    expect(r.values.coverageRatio).toBeCloseTo(960 / 870, 12);
    expect(r.values.breakEvenCpm).toBeCloseTo(3.625, 12);
    expect(r.values.surplus).toBeCloseTo(90_000, 6);
    expect(r.pass).toBe(true);
  });

  test('a lower CPM loses money; no impressions leaves no break-even CPM', () => {
    expect(evaluateCheck(check('advertising', { ...base, cpm: 3.5 })).pass).toBe(false);
    const r = evaluateCheck(check('advertising', { ...base, thousandImpressions: 0 }));
    expect(r.values.breakEvenCpm).toBeNull();
    expect(r.pass).toBe(false);
  });

  test('an empty check sits at break-even without dividing by zero', () => {
    const r = evaluateCheck(
      check('advertising', { thousandImpressions: 0, cpm: 0, readersServed: 0, costPerReader: 0, fixedCosts: 0 }),
    );
    expect(r.values.coverageRatio).toBeNull();
    expect(r.values.surplus).toBe(0);
    expect(r.pass).toBe(true);
  });
});

describe('open check', () => {
  test('inside-out: licence income net of its running costs', () => {
    const r = evaluateCheck(
      check('open', { openIncome: 90_000, openRunningCosts: 25_000, inHouseRdCost: 0, boughtInnovationCost: 0 }),
    );
    expect(r.values).toEqual({ netOpenIncome: 65_000, rdCostAvoided: 0, openValue: 65_000 });
    expect(r.pass).toBe(true);
  });

  test('outside-in: research bought for less than it would cost in-house', () => {
    const r = evaluateCheck(
      check('open', { openIncome: 0, openRunningCosts: 0, inHouseRdCost: 300_000, boughtInnovationCost: 100_000 }),
    );
    expect(r.values.rdCostAvoided).toBe(200_000);
    expect(r.values.openValue).toBe(200_000);
    expect(r.pass).toBe(true);
  });

  test('buying in for more than in-house research would cost fails', () => {
    const r = evaluateCheck(
      check('open', {
        openIncome: 10_000,
        openRunningCosts: 5_000,
        inHouseRdCost: 300_000,
        boughtInnovationCost: 350_000,
      }),
    );
    expect(r.values.openValue).toBe(5_000 - 50_000);
    expect(r.pass).toBe(false);
  });
});

describe('unbundling check', () => {
  test('each unit gets its own profit; one unit below its costs fails the check', () => {
    const r = evaluateCheck(units(['Advice', 100, 80], ['Products', 50, 70]));
    expect(r.units.map((u) => [u.name, u.profit, u.pass])).toEqual([
      ['Advice', 20, true],
      ['Products', -20, false],
    ]);
    expect(r.values).toEqual({ totalRevenue: 150, totalCost: 150, totalProfit: 0, unitsCoveringCosts: 1 });
    expect(r.pass).toBe(false);
  });

  test('every unit covering its costs passes, a unit at break-even included', () => {
    const r = evaluateCheck(units(['Advice', 100, 80], ['Platform', 60, 60]));
    expect(r.values.unitsCoveringCosts).toBe(2);
    expect(r.pass).toBe(true);
  });
});
