import { emptyCanvas } from '../../src/core/model';
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
