/** The book's five business model patterns. */
export type PatternId = 'unbundling' | 'long-tail' | 'multi-sided' | 'free' | 'open';

/** What the gallery lists for each template. */
export interface TemplateSummary {
  id: string;
  title: string;
  pattern: PatternId;
  variant: string;
  summary: string;
}

/**
 * Where a check input lives on the canvas, so a formula can point at the canvas's own cell
 * instead of repeating the number. Streams and costs are named as on the canvas.
 */
export type CanvasRef =
  | { ref: 'stream-price'; stream: string }
  | { ref: 'stream-volume'; stream: string }
  /** Monthly revenue (price × volume) summed over the named streams; 0 for none. */
  | { ref: 'revenue'; streams: string[] }
  /** The per-unit amounts of the named variable costs, summed. */
  | { ref: 'unit-cost'; costs: string[] }
  /** What the named costs come to in a month, summed; 0 for none. */
  | { ref: 'monthly-cost'; costs: string[] };

/** How a check number is shown. */
export type CheckUnit = 'money' | 'count' | 'ratio' | 'share' | 'months';

// Inputs of each check. All are monthly figures unless the name says otherwise.

export interface FreemiumInputs {
  freeUsers: number;
  costPerFreeUser: number;
  premiumUsers: number;
  premiumPrice: number;
  costPerPremiumUser: number;
  fixedCosts: number;
}

export interface MultiSidedInputs {
  /** Revenue from the sides that pay. */
  payingRevenue: number;
  /** Variable costs of serving the paying sides. */
  payingVariableCosts: number;
  /** What the subsidised side pays, often nothing. */
  subsidisedRevenue: number;
  /** What serving the subsidised side costs. */
  subsidisedCosts: number;
  platformCosts: number;
}

export interface BaitAndHookInputs {
  baitPrice: number;
  baitUnitCost: number;
  consumablePrice: number;
  consumableUnitCost: number;
  consumablesPerCustomerPerMonth: number;
  expectedLifetimeMonths: number;
}

export interface LongTailInputs {
  nicheItems: number;
  /** Units of all niche items sold in a month. */
  nicheSales: number;
  pricePerSale: number;
  costPerSale: number;
  platformCosts: number;
}

export interface AdvertisingInputs {
  /** Ad impressions in thousands. */
  thousandImpressions: number;
  cpm: number;
  /** Free readers (or copies) served. */
  readersServed: number;
  costPerReader: number;
  /** Content and running costs that do not vary with readers. */
  fixedCosts: number;
}

export interface OpenInputs {
  /** Income from others using the firm's ideas or its matching platform: licences, fees. */
  openIncome: number;
  /** What earning that income costs: IP upkeep, licensing office, platform. */
  openRunningCosts: number;
  /** What developing the bought-in innovation in-house would cost. */
  inHouseRdCost: number;
  /** What the firm pays for innovation from outside. */
  boughtInnovationCost: number;
}

/** Inputs per check kind for the checks whose inputs are plain numbers. */
export interface CheckInputs {
  freemium: FreemiumInputs;
  'multi-sided': MultiSidedInputs;
  'bait-and-hook': BaitAndHookInputs;
  'long-tail': LongTailInputs;
  advertising: AdvertisingInputs;
  open: OpenInputs;
}

export type NumericCheckKind = keyof CheckInputs;

/** A check whose inputs are named numbers, each optionally tied to its place on the canvas. */
export interface NumericCheck<K extends NumericCheckKind> {
  kind: K;
  description: string;
  inputs: CheckInputs[K];
  sources: { [P in keyof CheckInputs[K]]?: CanvasRef };
}

/** The three kinds of business the unbundling pattern tells apart. */
export type BusinessRole = 'customer-relationship' | 'product-innovation' | 'infrastructure';

/** One business of an unbundled firm: the streams and costs that belong to it, and their monthly totals. */
export interface BusinessUnit {
  name: string;
  role: BusinessRole;
  streams: string[];
  costs: string[];
  /** Monthly revenue of `streams`. */
  revenue: number;
  /** Monthly total of `costs`. */
  cost: number;
}

export interface UnbundlingCheck {
  kind: 'unbundling';
  description: string;
  units: BusinessUnit[];
}

export type FreemiumCheck = NumericCheck<'freemium'>;
export type MultiSidedCheck = NumericCheck<'multi-sided'>;
export type BaitAndHookCheck = NumericCheck<'bait-and-hook'>;
export type LongTailCheck = NumericCheck<'long-tail'>;
export type AdvertisingCheck = NumericCheck<'advertising'>;
export type OpenCheck = NumericCheck<'open'>;

/** The viability test of a pattern, as data a formula area can be built from. */
export type PatternCheck =
  | FreemiumCheck
  | MultiSidedCheck
  | BaitAndHookCheck
  | LongTailCheck
  | AdvertisingCheck
  | OpenCheck
  | UnbundlingCheck;

export type CheckKind = PatternCheck['kind'];

// Results. `null` stands where a ratio has nothing to divide by (a sheet shows "n/a" there).

export interface FreemiumValues {
  premiumRevenue: number;
  freeUserCost: number;
  premiumUserCost: number;
  profit: number;
  conversionRate: number | null;
  /** Share of all users who must pay for the model to break even; null when no share up to 100 % does. */
  breakEvenConversion: number | null;
}

export interface MultiSidedValues {
  payingContribution: number;
  subsidy: number;
  subsidyAndPlatformCosts: number;
  coverageRatio: number | null;
  surplus: number;
}

export interface BaitAndHookValues {
  baitSubsidy: number;
  consumableMarginPerMonth: number;
  lifetimeConsumableMargin: number;
  coverageRatio: number | null;
  paybackMonths: number | null;
  surplusPerCustomer: number;
}

export interface LongTailValues {
  marginPerSale: number;
  salesPerItem: number | null;
  nicheMargin: number;
  coverageRatio: number | null;
  breakEvenItems: number | null;
  surplus: number;
}

export interface AdvertisingValues {
  adRevenue: number;
  readerCost: number;
  costToServe: number;
  coverageRatio: number | null;
  breakEvenCpm: number | null;
  surplus: number;
}

export interface OpenValues {
  netOpenIncome: number;
  rdCostAvoided: number;
  openValue: number;
}

export interface UnbundlingValues {
  totalRevenue: number;
  totalCost: number;
  totalProfit: number;
  unitsCoveringCosts: number;
}

export interface CheckValues {
  freemium: FreemiumValues;
  'multi-sided': MultiSidedValues;
  'bait-and-hook': BaitAndHookValues;
  'long-tail': LongTailValues;
  advertising: AdvertisingValues;
  open: OpenValues;
}

export interface NumericCheckResult<K extends NumericCheckKind> {
  kind: K;
  pass: boolean;
  values: CheckValues[K];
}

export interface UnitResult {
  name: string;
  role: BusinessRole;
  revenue: number;
  cost: number;
  profit: number;
  pass: boolean;
}

export interface UnbundlingResult {
  kind: 'unbundling';
  pass: boolean;
  values: UnbundlingValues;
  units: UnitResult[];
}

export type CheckResult =
  | NumericCheckResult<'freemium'>
  | NumericCheckResult<'multi-sided'>
  | NumericCheckResult<'bait-and-hook'>
  | NumericCheckResult<'long-tail'>
  | NumericCheckResult<'advertising'>
  | NumericCheckResult<'open'>
  | UnbundlingResult;

/** A pattern an arbitrary canvas resembles, why, and what the pattern would usually add. */
export interface Hint {
  /** Id of the rule that fired. */
  rule: string;
  pattern: PatternId;
  variant?: string;
  /** The pattern check the suggestion recommends adding. */
  check: CheckKind;
  /** What in the canvas triggered the hint, naming the items. */
  reason: string;
  suggestion: string;
}
