/**
 * The largest number each driver may hold: above any business a canvas models (a licence sold for
 * billions, a platform's millions of users), and far below where a formula overflows. With every
 * driver at its bound, revenue, costs and the 36-month projection stay finite in Sheets,
 * LibreOffice and Excel: a stream's revenue is at most 1e12 × 1e12 × 100 × 100, and the volume
 * factor at most (1 + 10 × 100)^35, together about 1e133, where a formula overflows past 1e308.
 * One record for the rules table (so the JSON import, the sidebar and the schema), and for the
 * sheet's own data validation of the same cells.
 */
export const DRIVER_MAX = Object.freeze({
  /** A price per unit, in the canvas currency. */
  price: 1e12,
  /** Units (or subscribers) per month. */
  volume: 1e12,
  /** A fixed cost per month or a variable cost per unit. */
  amount: 1e12,
  /** A scenario's multiplier of a driver: 100 is a hundred times the canvas's figure. */
  multiplier: 100,
  /** Monthly volume growth: 1 is 100 % a month, doubling every month; 10 is far beyond any plan. */
  growth: 10,
  /** Acquisition cost per new customer. */
  acquisitionCost: 1e12,
  /** Cash spent before month 1. */
  initialInvestment: 1e12,
  /** Cash at hand before month 1. */
  startingCash: 1e12,
  /** The LTV:CAC bar. */
  ltvCacBar: 1000,
  /** The monthly profit the goal seek aims at. */
  targetProfit: 1e12,
});

/** A bound as people read it: 1000000000000 as "1,000,000,000,000"; 0.5 and -1 as they are. */
export function boundText(n: number): string {
  return Number.isInteger(n) ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : String(n);
}
