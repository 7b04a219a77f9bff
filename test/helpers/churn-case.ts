import { Canvas, emptyCanvas } from '../../src/core/model';

/**
 * One subscription of 20 × 100 with churn 60 % a month, and an active scenario, Storm, that
 * doubles churn: 120 % unless the formulas hold it at 100 %.
 */
export function churnDoubledByScenario(name: string): Canvas {
  const c = emptyCanvas(name);
  c.revenueStreams = [{ name: 'Boxes', type: 'subscription', price: 20, volume: 100 }];
  c.assumptions = {
    churn: 0.6,
    scenarios: {
      active: 'Storm',
      list: [
        { name: 'Storm', multipliers: { price: 1, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 2 } },
      ],
    },
  };
  return c;
}
