/**
 * "Check this spreadsheet": a fixed canvas whose KPIs were worked out by hand, and the report of
 * what real Sheets computed for it. The same cases run in the emulator in the tests, so the first
 * run in Google Sheets either confirms the emulator or says exactly where Sheets differs.
 */
import { a1 } from './a1';
import { KpiKey } from './finance/layout';
import { LocaleFacts } from './locale';
import { moneyText } from './money';
import { Canvas, emptyBlocks } from './model';
import { sheetError } from './sheet-errors';

/** One stream and two costs: 4 × 2,500 cups, rent 3,000, beans 1.50 a cup. */
export const CHECK_CANVAS: Canvas = {
  name: 'Check (temporary)',
  currency: 'USD',
  blocks: emptyBlocks(),
  revenueStreams: [{ name: 'Coffee', type: 'asset-sale', price: 4, volume: 2500 }],
  costs: [
    { name: 'Rent', behavior: 'fixed', amount: 3000 },
    { name: 'Beans and cups', behavior: 'variable', per: 'unit', amount: 1.5, stream: 'Coffee' },
  ],
};

/** The KPIs of CHECK_CANVAS, worked out by hand; each has a named range to read it through. */
export const CHECK_KPIS: Readonly<Partial<Record<KpiKey, number>>> = {
  revenue: 10000, // 4 × 2500
  variableCosts: 3750, // 1.5 × 2500
  contributionMargin: 6250, // 10000 − 3750
  fixedCosts: 3000,
  profit: 3250, // 6250 − 3000
  profitMargin: 0.325, // 3250 ÷ 10000
  breakEvenRevenue: 4800, // 3000 ÷ (6250 ÷ 10000)
  marginOfSafety: 0.52, // (10000 − 4800) ÷ 10000
};

/** The day typed into a note, which must read back as that same day. */
export const CHECK_DATE = '2025-03-01';

export interface CheckResult {
  what: string;
  /** Empty when the check passed; else what differed, one line each. */
  differences: string[];
}

/** The KPI check: each figure Sheets gave against the one worked out by hand. */
export function kpiCheck(computed: (key: KpiKey) => unknown): CheckResult {
  const differences = (Object.entries(CHECK_KPIS) as [KpiKey, number][]).flatMap(([key, want]) => {
    const got = computed(key);
    return typeof got === 'number' && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
      ? []
      : [`${key}: expected ${want}, Sheets gave ${JSON.stringify(got)}`];
  });
  return { what: 'Key figures match the ones worked out by hand', differences };
}

/** The report the user sees, in words they can copy into a bug report. */
export function checkReport(results: CheckResult[], where: { locale: string; timeZone: string }): string {
  const setting = `locale ${where.locale}, time zone ${where.timeZone}`;
  const failed = results.filter((r) => r.differences.length > 0);
  if (failed.length === 0) return `All ${results.length} checks passed in this spreadsheet (${setting}).`;
  return [
    `${failed.length} of ${results.length} checks found a difference in this spreadsheet (${setting}). ` +
      'Please copy this text into a bug report:',
    ...results.map((r) =>
      r.differences.length === 0 ? `✓ ${r.what}` : [`✗ ${r.what}`, ...r.differences.map((d) => `   ${d}`)].join('\n'),
    ),
  ].join('\n');
}

/** No cell of the check's sheet shows an error value. */
export function errorCellsCheck(values: readonly (readonly unknown[])[]): CheckResult {
  const differences = values.flatMap((row, r) =>
    row.flatMap((v, c) => {
      const error = sheetError(v);
      return error ? [`${a1(r + 1, c + 1)} shows ${error.error} (${error.meaning})`] : [];
    }),
  );
  return { what: 'No cell shows an error', differences: differences.slice(0, 10) };
}

/** Formulas read back with the locale's argument separator, and never the other one. */
export function separatorCheck(formulas: readonly (readonly string[])[], locale: LocaleFacts): CheckResult {
  const other = locale.argumentSeparator === ',' ? ';' : ',';
  const outsideText = (f: string) => f.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'/g, '');
  const withArguments = formulas.flat().filter((f) => /\(.*[,;]/.test(outsideText(f)));
  const wrong = withArguments.filter((f) => outsideText(f).includes(other));
  const differences =
    withArguments.length === 0
      ? ['no formula with several arguments was found']
      : wrong.slice(0, 3).map((f) => `uses "${other}" between arguments: ${f.slice(0, 80)}`);
  return { what: `Formulas separate arguments with "${locale.argumentSeparator}"`, differences };
}

/** The day typed into a note reads back as the same day. */
export function dateCheck(notes: readonly string[] | null): CheckResult {
  const got = notes?.[0];
  return {
    what: `A date typed into a note (${CHECK_DATE}) reads back as the same day`,
    differences: got === CHECK_DATE ? [] : [`read back as ${JSON.stringify(got ?? null)}`],
  };
}

/** Spaces of any width as one, apostrophes as one: which of them Sheets draws is not ours to check. */
const sameSpacing = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[’']/g, "'");

/**
 * Revenue, as the sheet shows it, is money as `locale` writes it: the symbol on the locale's side
 * of the number, the locale's decimal mark and grouping.
 */
export function moneyCheck(shown: unknown, locale: LocaleFacts): CheckResult {
  const want = moneyText(CHECK_KPIS.revenue as number, CHECK_CANVAS.currency, locale);
  const ok = typeof shown === 'string' && sameSpacing(shown) === sameSpacing(want);
  return {
    what: `Money shows as ${locale.code} writes it (${want})`,
    differences: ok ? [] : [`revenue shows as ${JSON.stringify(shown)}`],
  };
}
