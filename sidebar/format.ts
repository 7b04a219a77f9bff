/** How numbers read in the sidebar: money in the canvas's currency, shares as percentages. */
import type { KpiValue } from '../src/core/api';

const DASH = '—';

export function money(value: KpiValue, currency: string): string {
  if (value === null) return DASH;
  if (typeof value === 'string') return value;
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: 2 }).format(value);
  } catch {
    // An unknown currency code: the number with the code after it.
    return `${number(value)} ${currency}`;
  }
}

export function percent(value: KpiValue): string {
  if (value === null) return DASH;
  if (typeof value === 'string') return value;
  return new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function number(value: number | null): string {
  if (value === null) return DASH;
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 }).format(value);
}

/**
 * A number as typed into a field: empty is null ("not given yet"), anything else must read as a
 * plain number (thousands separators allowed).
 */
export function parseNumber(typed: string): number | null | 'not a number' {
  const t = typed.trim().replace(/[,\s]/g, '');
  if (t === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return 'not a number';
  return Number(t);
}
