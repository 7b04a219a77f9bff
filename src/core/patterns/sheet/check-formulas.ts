/**
 * The live formulas of each check kind: the same arithmetic as evaluate-check.ts, written over the
 * check's input cells. A ratio with nothing (or less than nothing) to divide by shows "n/a", as
 * evaluateCheck gives null there; one IF per formula, no constants.
 */
import { add, AND, div, Expr, ge, gt, IF, le, MAX, mul, sub } from '../../formula';
import { CheckValues, NumericCheckKind } from '../types';

export const NOT_APPLICABLE = 'n/a';
export const PASS = 'PASS';
export const FAIL = 'FAIL';

type Cells = (key: string) => Expr;
type OutputFormulas<K extends NumericCheckKind> = { [P in keyof CheckValues[K]]: Expr };

/** a ÷ b when b > 0, else "n/a". */
export function ratioOrNa(a: Expr, b: Expr): Expr {
  return IF(gt(b, 0), div(a, b), NOT_APPLICABLE);
}

/** "PASS" when `value` ≥ 0, else "FAIL": every check passes at break-even or better. */
export function passWhenNotNegative(value: Expr): Expr {
  return IF(ge(value, 0), PASS, FAIL);
}

function freemium(i: Cells, o: Cells): OutputFormulas<'freemium'> {
  const users = add(i('freeUsers'), i('premiumUsers'));
  // Profit at conversion c is zero at c = (users × free cost + fixed) ÷ (users × (price − premium cost + free cost)).
  const needed = add(mul(users, i('costPerFreeUser')), i('fixedCosts'));
  const perPayer = mul(users, add(sub(i('premiumPrice'), i('costPerPremiumUser')), i('costPerFreeUser')));
  return {
    premiumRevenue: mul(i('premiumUsers'), i('premiumPrice')),
    freeUserCost: mul(i('freeUsers'), i('costPerFreeUser')),
    premiumUserCost: mul(i('premiumUsers'), i('costPerPremiumUser')),
    profit: sub(sub(sub(o('premiumRevenue'), o('freeUserCost')), o('premiumUserCost')), i('fixedCosts')),
    conversionRate: ratioOrNa(i('premiumUsers'), users),
    // A share above 100 % is no break-even at all.
    breakEvenConversion: IF(AND(gt(perPayer, 0), le(needed, perPayer)), div(needed, perPayer), NOT_APPLICABLE),
  };
}

function multiSided(i: Cells, o: Cells): OutputFormulas<'multi-sided'> {
  return {
    payingContribution: sub(i('payingRevenue'), i('payingVariableCosts')),
    subsidy: sub(i('subsidisedCosts'), i('subsidisedRevenue')),
    subsidyAndPlatformCosts: add(o('subsidy'), i('platformCosts')),
    coverageRatio: ratioOrNa(o('payingContribution'), o('subsidyAndPlatformCosts')),
    surplus: sub(o('payingContribution'), o('subsidyAndPlatformCosts')),
  };
}

function baitAndHook(i: Cells, o: Cells): OutputFormulas<'bait-and-hook'> {
  return {
    baitSubsidy: sub(i('baitUnitCost'), i('baitPrice')),
    consumableMarginPerMonth: mul(
      sub(i('consumablePrice'), i('consumableUnitCost')),
      i('consumablesPerCustomerPerMonth'),
    ),
    lifetimeConsumableMargin: mul(o('consumableMarginPerMonth'), i('expectedLifetimeMonths')),
    coverageRatio: ratioOrNa(o('lifetimeConsumableMargin'), o('baitSubsidy')),
    paybackMonths: ratioOrNa(MAX(o('baitSubsidy'), 0), o('consumableMarginPerMonth')),
    surplusPerCustomer: sub(o('lifetimeConsumableMargin'), o('baitSubsidy')),
  };
}

function longTail(i: Cells, o: Cells): OutputFormulas<'long-tail'> {
  return {
    marginPerSale: sub(i('pricePerSale'), i('costPerSale')),
    salesPerItem: ratioOrNa(i('nicheSales'), i('nicheItems')),
    // items × (sales ÷ items) × margin, with the items cancelled so an empty catalogue cannot divide by zero.
    nicheMargin: mul(i('nicheSales'), o('marginPerSale')),
    coverageRatio: ratioOrNa(o('nicheMargin'), i('platformCosts')),
    // platform ÷ (sales per item × margin) = platform × items ÷ niche margin.
    breakEvenItems: IF(
      AND(gt(i('nicheItems'), 0), gt(o('nicheMargin'), 0)),
      div(mul(i('platformCosts'), i('nicheItems')), o('nicheMargin')),
      NOT_APPLICABLE,
    ),
    surplus: sub(o('nicheMargin'), i('platformCosts')),
  };
}

function advertising(i: Cells, o: Cells): OutputFormulas<'advertising'> {
  return {
    adRevenue: mul(i('thousandImpressions'), i('cpm')),
    readerCost: mul(i('readersServed'), i('costPerReader')),
    costToServe: add(o('readerCost'), i('fixedCosts')),
    coverageRatio: ratioOrNa(o('adRevenue'), o('costToServe')),
    breakEvenCpm: ratioOrNa(o('costToServe'), i('thousandImpressions')),
    surplus: sub(o('adRevenue'), o('costToServe')),
  };
}

function open(i: Cells, o: Cells): OutputFormulas<'open'> {
  return {
    netOpenIncome: sub(i('openIncome'), i('openRunningCosts')),
    rdCostAvoided: sub(i('inHouseRdCost'), i('boughtInnovationCost')),
    openValue: add(o('netOpenIncome'), o('rdCostAvoided')),
  };
}

const FORMULAS: { [K in NumericCheckKind]: (i: Cells, o: Cells) => OutputFormulas<K> } = {
  freemium,
  'multi-sided': multiSided,
  'bait-and-hook': baitAndHook,
  'long-tail': longTail,
  advertising,
  open,
};

/** The output that decides whether a numeric check passes (pass when it is ≥ 0). */
export const DECIDING_OUTPUT: { [K in NumericCheckKind]: keyof CheckValues[K] & string } = {
  freemium: 'profit',
  'multi-sided': 'surplus',
  'bait-and-hook': 'surplusPerCustomer',
  'long-tail': 'surplus',
  advertising: 'surplus',
  open: 'openValue',
};

/** Each output's formula, given the cells of the check's inputs and outputs. */
export function outputFormulas(
  kind: NumericCheckKind,
  input: (key: string) => Expr,
  output: (key: string) => Expr,
): Record<string, Expr> {
  return (FORMULAS[kind] as (i: Cells, o: Cells) => Record<string, Expr>)(input, output);
}
