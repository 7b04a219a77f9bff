/**
 * The KPIs the Compare sheet lines up, in the order shown, with the direction an analyst reads as
 * better. Labels, formats and named ranges come from the finance catalogue, so a renamed KPI or
 * range shows up here without a second copy.
 */
import { div, eq, Expr, IF, named } from '../formula';
import { KPIS, NAMED_YEARS, namedKpis, NOT_APPLICABLE, YEAR_SPECS } from '../finance/kpis';
import { KpiKey } from '../finance/layout';
import { ValueKind } from '../finance/styles';

export type Better = 'higher' | 'lower';

export interface CompareKpi {
  /** A finance KPI's key, or for a yearly figure its named range's suffix (Y1Revenue, ARR, …). */
  key: KpiKey | string;
  label: string;
  /** Named ranges the value reads, as `<prefix>_<suffix>` suffixes. */
  rangeSuffixes: string[];
  /** The value on a canvas with this named-range prefix. */
  value(prefix: string): Expr;
  kind: ValueKind;
  better: Better;
  meaning: string;
}

const ORDER: readonly [KpiKey, Better][] = [
  ['revenue', 'higher'],
  ['variableCosts', 'lower'],
  ['fixedCosts', 'lower'],
  ['cmRatio', 'higher'],
  ['profit', 'higher'],
  ['profitMargin', 'higher'],
  ['breakEvenRevenue', 'lower'],
  ['marginOfSafety', 'higher'],
  ['ltvToCac', 'higher'],
  ['cacPayback', 'lower'],
  ['breakEvenMonth', 'lower'],
  ['fundingNeed', 'lower'],
  ['runway', 'higher'],
  ['npv', 'higher'],
];

/** How the yearly figures read on the Compare sheet, by the year they are of. */
function yearLabel(label: string, year: number, how: 'sum' | 'end'): string {
  return how === 'sum' ? `Year ${year} ${label.toLowerCase()}` : `${label} at the end of year ${year}`;
}

/** The named yearly figures (revenue and profit of years 1–3, customers and ARR at the end), all higher-is-better. */
function yearlyKpis(): CompareKpi[] {
  return NAMED_YEARS.map(({ key, year, name }) => {
    const spec = YEAR_SPECS[key];
    return {
      key: name,
      label: yearLabel(spec.label, year, spec.how),
      rangeSuffixes: [name],
      value: (prefix: string) => named(`${prefix}_${name}`),
      kind: spec.kind,
      better: 'higher' as const,
      meaning: `${spec.meaning} (year ${year} of the projection)`,
    };
  });
}

/**
 * KPIs read from other named KPIs while the finance section gives them no range of their own; the
 * formula is the panel's own (contribution margin ÷ revenue, n/a without revenue).
 */
const DERIVED: Partial<Record<KpiKey, { suffixes: [string, string]; value: (a: Expr, b: Expr) => Expr }>> = {
  cmRatio: {
    suffixes: ['ContributionMargin', 'Revenue'],
    value: (cm, revenue) => IF(eq(revenue, 0), NOT_APPLICABLE, div(cm, revenue)),
  },
};

/** Every KPI row of the Compare sheet. Throws if the finance catalogue lost a named range it needs. */
export function compareKpis(): CompareKpi[] {
  const names = new Map(namedKpis().map((k) => [k.key, k.name]));
  const suffixes = new Set(names.values());
  const monthly: CompareKpi[] = ORDER.map(([key, better]) => {
    const spec = KPIS[key];
    const common = { key, label: spec.label, kind: spec.kind, better, meaning: spec.meaning };
    const own = names.get(key);
    if (own !== undefined)
      return { ...common, rangeSuffixes: [own], value: (prefix: string) => named(`${prefix}_${own}`) };
    const derived = DERIVED[key];
    if (derived === undefined || !derived.suffixes.every((s) => suffixes.has(s))) {
      throw new Error(`The KPI ${key} has no named range to compare by`);
    }
    const [a, b] = derived.suffixes;
    return {
      ...common,
      rangeSuffixes: [...derived.suffixes],
      value: (prefix: string) => derived.value(named(`${prefix}_${a}`), named(`${prefix}_${b}`)),
    };
  });
  return [...monthly, ...yearlyKpis()];
}
