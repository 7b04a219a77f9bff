import {
  BusinessUnit,
  CanvasRef,
  CheckInputs,
  CheckKind,
  CheckUnit,
  CheckValues,
  NumericCheck,
  NumericCheckKind,
  UnbundlingCheck,
  UnbundlingValues,
} from './types';

type InputKey<K extends CheckKind> = K extends NumericCheckKind ? keyof CheckInputs[K] & string : never;
type ValueKey<K extends CheckKind> = K extends NumericCheckKind
  ? keyof CheckValues[K] & string
  : keyof UnbundlingValues & string;

export interface CheckInputInfo<K extends CheckKind> {
  key: InputKey<K>;
  label: string;
  unit: CheckUnit;
  /** 'canvas': the number is on the canvas already (see the check's sources); 'check': the check's own driver. */
  from: 'canvas' | 'check';
}

export interface CheckOutputInfo<K extends CheckKind> {
  key: ValueKey<K>;
  label: string;
  unit: CheckUnit;
}

/** What a pattern check needs and gives, for labelling its area on a sheet or in the sidebar. */
export interface CheckKindInfo<K extends CheckKind> {
  kind: K;
  title: string;
  description: string;
  inputs: CheckInputInfo<K>[];
  outputs: CheckOutputInfo<K>[];
}

export const CHECK_KINDS: { readonly [K in CheckKind]: CheckKindInfo<K> } = {
  freemium: {
    kind: 'freemium',
    title: 'Freemium check',
    description:
      'Most users pay nothing, so the few who upgrade have to carry everyone. This sets premium revenue against the cost of serving every free user, the cost of serving premium users and the fixed costs, and works out what share of all users must pay for the model to break even.',
    inputs: [
      { key: 'freeUsers', label: 'Free users', unit: 'count', from: 'canvas' },
      { key: 'costPerFreeUser', label: 'Cost to serve a free user per month', unit: 'money', from: 'canvas' },
      { key: 'premiumUsers', label: 'Premium users', unit: 'count', from: 'canvas' },
      { key: 'premiumPrice', label: 'Premium price per month', unit: 'money', from: 'canvas' },
      { key: 'costPerPremiumUser', label: 'Cost to serve a premium user per month', unit: 'money', from: 'canvas' },
      { key: 'fixedCosts', label: 'Fixed costs per month', unit: 'money', from: 'canvas' },
    ],
    outputs: [
      { key: 'premiumRevenue', label: 'Premium revenue', unit: 'money' },
      { key: 'freeUserCost', label: 'Cost of all free users', unit: 'money' },
      { key: 'premiumUserCost', label: 'Cost of all premium users', unit: 'money' },
      { key: 'profit', label: 'Profit after free users and fixed costs', unit: 'money' },
      { key: 'conversionRate', label: 'Share of users paying', unit: 'share' },
      { key: 'breakEvenConversion', label: 'Share of users who must pay to break even', unit: 'share' },
    ],
  },
  'multi-sided': {
    kind: 'multi-sided',
    title: 'Subsidy check',
    description:
      "One side of the platform is served below cost to draw in the other. This divides what the paying sides contribute (their revenue less their variable costs) by the subsidy to the other side plus the platform's own costs. At 1 or more the paying sides carry the rest; below 1 the subsidy is too generous or the paying side too small.",
    inputs: [
      { key: 'payingRevenue', label: 'Revenue from the paying sides', unit: 'money', from: 'canvas' },
      { key: 'payingVariableCosts', label: 'Variable costs of the paying sides', unit: 'money', from: 'canvas' },
      { key: 'subsidisedRevenue', label: 'Revenue from the subsidised side', unit: 'money', from: 'canvas' },
      { key: 'subsidisedCosts', label: 'Cost of serving the subsidised side', unit: 'money', from: 'canvas' },
      { key: 'platformCosts', label: 'Platform costs', unit: 'money', from: 'canvas' },
    ],
    outputs: [
      { key: 'payingContribution', label: 'Contribution of the paying sides', unit: 'money' },
      { key: 'subsidy', label: 'Subsidy to the other side', unit: 'money' },
      { key: 'subsidyAndPlatformCosts', label: 'Subsidy plus platform costs', unit: 'money' },
      { key: 'coverageRatio', label: 'Subsidy coverage ratio', unit: 'ratio' },
      { key: 'surplus', label: 'Left over after the subsidy', unit: 'money' },
    ],
  },
  'bait-and-hook': {
    kind: 'bait-and-hook',
    title: 'Bait and hook check',
    description:
      "The first purchase is sold cheaply or below cost, and the money comes later from refills. This compares what one customer's refills earn over the expected lifetime with the subsidy on the bait, and says how many months of refills it takes to earn the subsidy back.",
    inputs: [
      { key: 'baitPrice', label: 'Price of the bait', unit: 'money', from: 'canvas' },
      { key: 'baitUnitCost', label: 'Cost of one bait unit', unit: 'money', from: 'canvas' },
      { key: 'consumablePrice', label: 'Price of one refill', unit: 'money', from: 'canvas' },
      { key: 'consumableUnitCost', label: 'Cost of one refill', unit: 'money', from: 'canvas' },
      { key: 'consumablesPerCustomerPerMonth', label: 'Refills per customer per month', unit: 'count', from: 'check' },
      { key: 'expectedLifetimeMonths', label: 'Expected customer lifetime', unit: 'months', from: 'check' },
    ],
    outputs: [
      { key: 'baitSubsidy', label: 'Subsidy per customer on the bait', unit: 'money' },
      { key: 'consumableMarginPerMonth', label: 'Refill margin per customer per month', unit: 'money' },
      { key: 'lifetimeConsumableMargin', label: 'Refill margin over a lifetime', unit: 'money' },
      { key: 'coverageRatio', label: 'Lifetime margin ÷ bait subsidy', unit: 'ratio' },
      { key: 'paybackMonths', label: 'Months to earn the subsidy back', unit: 'months' },
      { key: 'surplusPerCustomer', label: 'Left over per customer', unit: 'money' },
    ],
  },
  'long-tail': {
    kind: 'long-tail',
    title: 'Long tail check',
    description:
      'Each niche item sells rarely, but there are very many of them. This multiplies the number of niche items by the sales per item and the margin on each sale, and sets the result against the cost of the platform that keeps niches cheap to stock and easy to find.',
    inputs: [
      { key: 'nicheItems', label: 'Niche items on offer', unit: 'count', from: 'check' },
      { key: 'nicheSales', label: 'Niche units sold per month', unit: 'count', from: 'canvas' },
      { key: 'pricePerSale', label: 'Price per sale', unit: 'money', from: 'canvas' },
      { key: 'costPerSale', label: 'Variable cost per sale', unit: 'money', from: 'canvas' },
      { key: 'platformCosts', label: 'Platform costs', unit: 'money', from: 'canvas' },
    ],
    outputs: [
      { key: 'marginPerSale', label: 'Margin per sale', unit: 'money' },
      { key: 'salesPerItem', label: 'Sales per niche item per month', unit: 'count' },
      { key: 'nicheMargin', label: 'Margin from all niche items', unit: 'money' },
      { key: 'coverageRatio', label: 'Niche margin ÷ platform costs', unit: 'ratio' },
      { key: 'breakEvenItems', label: 'Niche items needed to break even', unit: 'count' },
      { key: 'surplus', label: 'Left over after platform costs', unit: 'money' },
    ],
  },
  advertising: {
    kind: 'advertising',
    title: 'Advertising check',
    description:
      'Readers pay nothing, so advertisers pay for everything. This sets ad revenue (thousand impressions × CPM) against the cost of serving the readers plus the content and running costs, and gives the CPM at which the model would just break even.',
    inputs: [
      { key: 'thousandImpressions', label: 'Ad impressions (thousands)', unit: 'count', from: 'canvas' },
      { key: 'cpm', label: 'Price per thousand impressions (CPM)', unit: 'money', from: 'canvas' },
      { key: 'readersServed', label: 'Readers served per month', unit: 'count', from: 'canvas' },
      { key: 'costPerReader', label: 'Cost per reader served', unit: 'money', from: 'canvas' },
      { key: 'fixedCosts', label: 'Content and running costs', unit: 'money', from: 'canvas' },
    ],
    outputs: [
      { key: 'adRevenue', label: 'Ad revenue', unit: 'money' },
      { key: 'readerCost', label: 'Cost of serving readers', unit: 'money' },
      { key: 'costToServe', label: 'Readers plus content and running costs', unit: 'money' },
      { key: 'coverageRatio', label: 'Ad revenue ÷ cost to serve', unit: 'ratio' },
      { key: 'breakEvenCpm', label: 'CPM needed to break even', unit: 'money' },
      { key: 'surplus', label: 'Left over after serving readers', unit: 'money' },
    ],
  },
  open: {
    kind: 'open',
    title: 'Open innovation check',
    description:
      'Opening up pays in two ways: income from others using ideas the firm would otherwise leave idle, or from matching firms with outside solvers; and research the firm no longer has to fund itself. This adds the net open income to the R&D cost avoided; opening up pays when the sum is zero or more.',
    inputs: [
      { key: 'openIncome', label: 'Income from licences or matching fees', unit: 'money', from: 'canvas' },
      { key: 'openRunningCosts', label: 'Cost of earning that income', unit: 'money', from: 'canvas' },
      { key: 'inHouseRdCost', label: 'Cost of the same innovation in-house', unit: 'money', from: 'check' },
      { key: 'boughtInnovationCost', label: 'Paid for innovation from outside', unit: 'money', from: 'canvas' },
    ],
    outputs: [
      { key: 'netOpenIncome', label: 'Net open income', unit: 'money' },
      { key: 'rdCostAvoided', label: 'R&D cost avoided', unit: 'money' },
      { key: 'openValue', label: 'Worth of opening up per month', unit: 'money' },
    ],
  },
  unbundling: {
    kind: 'unbundling',
    title: 'Business unit check',
    description:
      "An unbundled firm runs a customer business, a product business and an infrastructure business by different rules. This gives each business its own revenue and costs, taken from the canvas's streams and costs, and asks whether each one covers its own costs.",
    inputs: [],
    outputs: [
      { key: 'totalRevenue', label: 'Revenue of all units', unit: 'money' },
      { key: 'totalCost', label: 'Costs of all units', unit: 'money' },
      { key: 'totalProfit', label: 'Profit of all units', unit: 'money' },
      { key: 'unitsCoveringCosts', label: 'Units covering their own costs', unit: 'count' },
    ],
  },
};

/** A numeric check with its kind's description, ready for a template. */
export function numericCheck<K extends NumericCheckKind>(
  kind: K,
  inputs: CheckInputs[K],
  sources: { [P in keyof CheckInputs[K]]?: CanvasRef },
): NumericCheck<K> {
  return { kind, description: CHECK_KINDS[kind].description, inputs, sources };
}

/** An unbundling check with its kind's description, ready for a template. */
export function unbundlingCheck(units: BusinessUnit[]): UnbundlingCheck {
  return { kind: 'unbundling', description: CHECK_KINDS.unbundling.description, units };
}
