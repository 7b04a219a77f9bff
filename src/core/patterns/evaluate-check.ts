import {
  AdvertisingInputs,
  AdvertisingValues,
  BaitAndHookInputs,
  BaitAndHookValues,
  CheckResult,
  FreemiumInputs,
  FreemiumValues,
  LongTailInputs,
  LongTailValues,
  MultiSidedInputs,
  MultiSidedValues,
  OpenInputs,
  OpenValues,
  PatternCheck,
  UnbundlingCheck,
  UnbundlingResult,
} from './types';

/** a ÷ b, or null when there is nothing (or less than nothing) to divide by. */
function ratio(a: number, b: number): number | null {
  return b > 0 ? a / b : null;
}

export function freemiumValues(i: FreemiumInputs): FreemiumValues {
  const premiumRevenue = i.premiumUsers * i.premiumPrice;
  const freeUserCost = i.freeUsers * i.costPerFreeUser;
  const premiumUserCost = i.premiumUsers * i.costPerPremiumUser;
  const users = i.freeUsers + i.premiumUsers;
  // Profit at conversion c: c·N·(price − premium cost) − (1 − c)·N·free cost − fixed = 0, solved for c.
  const breakEven = ratio(
    users * i.costPerFreeUser + i.fixedCosts,
    users * (i.premiumPrice - i.costPerPremiumUser + i.costPerFreeUser),
  );
  return {
    premiumRevenue,
    freeUserCost,
    premiumUserCost,
    profit: premiumRevenue - freeUserCost - premiumUserCost - i.fixedCosts,
    conversionRate: ratio(i.premiumUsers, users),
    breakEvenConversion: breakEven !== null && breakEven <= 1 ? breakEven : null,
  };
}

export function multiSidedValues(i: MultiSidedInputs): MultiSidedValues {
  const payingContribution = i.payingRevenue - i.payingVariableCosts;
  const subsidy = i.subsidisedCosts - i.subsidisedRevenue;
  const subsidyAndPlatformCosts = subsidy + i.platformCosts;
  return {
    payingContribution,
    subsidy,
    subsidyAndPlatformCosts,
    coverageRatio: ratio(payingContribution, subsidyAndPlatformCosts),
    surplus: payingContribution - subsidyAndPlatformCosts,
  };
}

export function baitAndHookValues(i: BaitAndHookInputs): BaitAndHookValues {
  const baitSubsidy = i.baitUnitCost - i.baitPrice;
  const consumableMarginPerMonth = (i.consumablePrice - i.consumableUnitCost) * i.consumablesPerCustomerPerMonth;
  const lifetimeConsumableMargin = consumableMarginPerMonth * i.expectedLifetimeMonths;
  return {
    baitSubsidy,
    consumableMarginPerMonth,
    lifetimeConsumableMargin,
    coverageRatio: ratio(lifetimeConsumableMargin, baitSubsidy),
    paybackMonths: ratio(Math.max(baitSubsidy, 0), consumableMarginPerMonth),
    surplusPerCustomer: lifetimeConsumableMargin - baitSubsidy,
  };
}

export function longTailValues(i: LongTailInputs): LongTailValues {
  const marginPerSale = i.pricePerSale - i.costPerSale;
  const salesPerItem = ratio(i.nicheSales, i.nicheItems);
  const nicheMargin = i.nicheSales * marginPerSale;
  return {
    marginPerSale,
    salesPerItem,
    nicheMargin,
    coverageRatio: ratio(nicheMargin, i.platformCosts),
    breakEvenItems: salesPerItem === null ? null : ratio(i.platformCosts, salesPerItem * marginPerSale),
    surplus: nicheMargin - i.platformCosts,
  };
}

export function advertisingValues(i: AdvertisingInputs): AdvertisingValues {
  const adRevenue = i.thousandImpressions * i.cpm;
  const readerCost = i.readersServed * i.costPerReader;
  const costToServe = readerCost + i.fixedCosts;
  return {
    adRevenue,
    readerCost,
    costToServe,
    coverageRatio: ratio(adRevenue, costToServe),
    breakEvenCpm: ratio(costToServe, i.thousandImpressions),
    surplus: adRevenue - costToServe,
  };
}

export function openValues(i: OpenInputs): OpenValues {
  const netOpenIncome = i.openIncome - i.openRunningCosts;
  const rdCostAvoided = i.inHouseRdCost - i.boughtInnovationCost;
  return { netOpenIncome, rdCostAvoided, openValue: netOpenIncome + rdCostAvoided };
}

export function unbundlingResult(check: UnbundlingCheck): UnbundlingResult {
  const units = check.units.map((u) => ({
    name: u.name,
    role: u.role,
    revenue: u.revenue,
    cost: u.cost,
    profit: u.revenue - u.cost,
    pass: u.revenue >= u.cost,
  }));
  const totalRevenue = units.reduce((sum, u) => sum + u.revenue, 0);
  const totalCost = units.reduce((sum, u) => sum + u.cost, 0);
  const covering = units.filter((u) => u.pass).length;
  return {
    kind: 'unbundling',
    pass: covering === units.length,
    values: { totalRevenue, totalCost, totalProfit: totalRevenue - totalCost, unitsCoveringCosts: covering },
    units,
  };
}

export type ResultFor<C extends PatternCheck> = Extract<CheckResult, { kind: C['kind'] }>;

/**
 * Works out a pattern check from its inputs alone: the named numbers and whether the pattern
 * pays. Each check passes at break-even or better.
 *
 * @example evaluateCheck(template.check).pass
 */
export function evaluateCheck<C extends PatternCheck>(check: C): ResultFor<C> {
  return checkResult(check) as ResultFor<C>;
}

function checkResult(check: PatternCheck): CheckResult {
  switch (check.kind) {
    case 'freemium': {
      const values = freemiumValues(check.inputs);
      return { kind: check.kind, pass: values.profit >= 0, values };
    }
    case 'multi-sided': {
      const values = multiSidedValues(check.inputs);
      return { kind: check.kind, pass: values.surplus >= 0, values };
    }
    case 'bait-and-hook': {
      const values = baitAndHookValues(check.inputs);
      return { kind: check.kind, pass: values.surplusPerCustomer >= 0, values };
    }
    case 'long-tail': {
      const values = longTailValues(check.inputs);
      return { kind: check.kind, pass: values.surplus >= 0, values };
    }
    case 'advertising': {
      const values = advertisingValues(check.inputs);
      return { kind: check.kind, pass: values.surplus >= 0, values };
    }
    case 'open': {
      const values = openValues(check.inputs);
      return { kind: check.kind, pass: values.openValue >= 0, values };
    }
    case 'unbundling':
      return unbundlingResult(check);
  }
}
