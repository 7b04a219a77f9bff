import { emptyCanvas } from '../../src/core/model';
import { financeCanvas } from '../helpers/finance-plan';
import { freshEnv } from './env';

test('the canvas carries a chart of revenue against costs, months along its rows', () => {
  const env = freshEnv();
  const sheet = env.write(emptyCanvas('Chart'));
  const charts = sheet.getCharts().filter((c) => c.getOptions().get('title') === 'Revenue and total costs by month');
  expect(charts).toHaveLength(1);
  const [chart] = charts;
  expect(chart.record.transposed).toBe(true);
  const labels = chart.getRanges().map((r) => r.getValues()[0][0]);
  expect(labels).toEqual(['Month', 'Revenue', 'Total costs']);
});

test('the projection chart plots two series, revenue and total costs, from month 0 to month 36', () => {
  const env = freshEnv();
  const sheet = env.write(
    financeCanvas({
      streams: [{ name: 'Coffee', type: 'asset-sale', price: 4, volume: 1000 }],
      costs: [{ name: 'Rent', behavior: 'fixed', amount: 1000 }],
    }),
  );
  const chart = sheet.getCharts().find((c) => c.getOptions().get('title') === 'Revenue and total costs by month');
  const { domain, series } = chart?.series() ?? { domain: null, series: [] };
  expect(domain?.labels).toEqual(Array.from({ length: 37 }, (_, i) => i));
  expect(series.map((s) => s.name)).toEqual(['Revenue', 'Total costs']);
  expect(series.map((s) => s.values.slice(0, 2))).toEqual([
    ['', 4000], // nothing in month 0; 4 × 1000 in month 1, before any growth
    ['', 1000], // rent only
  ]);
});
