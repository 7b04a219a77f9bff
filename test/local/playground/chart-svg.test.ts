import type { ChartView } from '../../../src/local/playground/protocol';
import {
  alignedScales,
  chartDescription,
  chartSvg,
  niceScale,
  SERIES_COLOURS,
  tickLabel,
  type SvgNode,
} from '../../../src/local/playground/page/chart-svg';

function chart(overrides: Partial<ChartView>): ChartView {
  return {
    id: 7,
    type: 'LINE',
    anchor: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    width: 400,
    height: 300,
    title: 'Revenue and total costs by month',
    domain: { name: 'Month', labels: ['1', '2', '3'] },
    series: [
      { name: 'Revenue', values: [100, 200, 300], axis: 0 },
      { name: 'Total costs', values: [150, 150, 150], axis: 0 },
    ],
    rightAxisFormat: null,
    ...overrides,
  };
}

/** Every node of the tree, depth first. */
function nodes(tree: SvgNode): SvgNode[] {
  return [tree, ...tree.children.flatMap((c) => (typeof c === 'string' ? [] : nodes(c)))];
}

function textOf(tree: SvgNode): string {
  return tree.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

function part(tree: SvgNode, role: string): SvgNode {
  return nodes(tree).find((n) => n.attrs['data-role'] === role)!;
}

describe('niceScale', () => {
  // The step: the smallest 1, 2, 2.5 or 5 times a power of ten that is at least a fifth of the span.
  test('runs from zero to a round number over the largest value, in round steps', () => {
    expect(niceScale([100, 300, 150])).toEqual({ min: 0, max: 300, ticks: [0, 100, 200, 300] });
    expect(niceScale([1_440_000, 1_230_000]).ticks).toEqual([0, 500_000, 1_000_000, 1_500_000]);
  });

  test('takes in negative values and keeps zero on a tick', () => {
    expect(niceScale([-144_000, 117_000]).ticks).toEqual([-200_000, -100_000, 0, 100_000, 200_000]);
    expect(niceScale([-40, 60]).ticks).toEqual([-40, -20, 0, 20, 40, 60]);
  });

  test('an axis with nothing (or only zeros) to show still runs from 0 to 1', () => {
    expect(niceScale([])).toMatchObject({ min: 0, max: 1 });
    expect(niceScale([0, 0])).toMatchObject({ min: 0, max: 1 });
  });
});

test('a second axis takes as many steps under and over zero as the first, so gridlines read on both', () => {
  const [left, right] = alignedScales(niceScale([-40, 210]), niceScale([0.05, 0.18]));
  expect(left.ticks).toEqual([-50, 0, 50, 100, 150, 200, 250]);
  expect(right.ticks).toEqual([-0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.25]);
});

test('tick labels: zero as 0, thousands as K, millions as M, a percent axis in %', () => {
  const millions = niceScale([1_500_000]);
  expect(millions.ticks.map((t) => tickLabel(t, null, millions))).toEqual(['0', '0.5M', '1M', '1.5M']);
  const thousands = niceScale([-20_000, 20_000]);
  expect(tickLabel(-20_000, null, thousands)).toBe('-20K');
  expect(tickLabel(0.15, 'percent', niceScale([0.2]))).toBe('15%');
  expect(tickLabel(250, null, niceScale([300]))).toBe('250');
});

test('a line chart: one line per series through its points, a legend and the month axis titled', () => {
  const svg = chartSvg(chart({}));
  expect(svg.attrs).toMatchObject({ width: 400, height: 300, role: 'img', 'aria-labelledby': 'chart-7-title' });
  const lines = nodes(svg).filter((n) => n.tag === 'polyline');
  expect(lines.map((l) => [l.attrs['data-series'], l.attrs.stroke])).toEqual([
    ['Revenue', SERIES_COLOURS[0]],
    ['Total costs', SERIES_COLOURS[1]],
  ]);
  // Plot from x 68 to 376 and y 254 (0) up to 56 (300): month 1 at the left, month 3 at the right.
  expect(lines[0].attrs.points).toBe('68,188 222,122 376,56');
  expect(textOf(part(svg, 'legend'))).toBe('RevenueTotal costs');
  expect(textOf(part(svg, 'chart-title'))).toBe('Revenue and total costs by month');
  expect(textOf(part(svg, 'category-axis-title'))).toBe('Month');
});

test('its title and description name it for a screen reader, every value of a short series told', () => {
  const svg = chartSvg(chart({}));
  const title = nodes(svg).find((n) => n.tag === 'title' && n.attrs.id === 'chart-7-title')!;
  expect(textOf(title)).toBe('Revenue and total costs by month');
  expect(textOf(nodes(svg).find((n) => n.tag === 'desc')!)).toBe(
    'Line chart of Month 1 to 3. Revenue: 100 at 1, 200 at 2, 300 at 3. Total costs: 150 at 1, 150 at 2, 150 at 3.',
  );
});

test('a long series is told by its ends, its lowest and its highest value', () => {
  const labels = Array.from({ length: 37 }, (_, i) => String(i));
  const values = labels.map((_, i) => (i === 0 ? null : 1000 + i * 10));
  const words = chartDescription(
    chart({ domain: { name: 'Month', labels }, series: [{ name: 'Revenue', values, axis: 0 }] }),
  );
  expect(words).toBe(
    'Line chart of Month 0 to 36. Revenue: from 1,010 at 1 to 1,360 at 36, lowest 1,010 at 1, highest 1,360 at 36.',
  );
});

test('a column chart with margin on the right axis: bars from zero on each axis, the right axis in percent', () => {
  const svg = chartSvg(
    chart({
      type: 'COLUMN',
      title: 'Profit and margin',
      domain: { name: 'Measure', labels: ['Acme', 'Brio'] },
      series: [
        { name: 'Profit', values: [200, 100], axis: 0 },
        { name: 'Margin', values: [0.2, null], axis: 1 },
      ],
      rightAxisFormat: 'percent',
    }),
  );
  const groups = nodes(part(svg, 'marks')).filter((n) => n.tag === 'g' && n.attrs['data-series']);
  expect(
    groups.map((g) => [
      g.attrs['data-series'],
      g.children.filter((c) => typeof c !== 'string' && c.tag === 'rect').length,
    ]),
  ).toEqual([
    ['Profit', 2],
    ['Margin', 1],
  ]);
  // Both the 200 profit and the 20 % margin reach the top gridline of their own axis.
  const [profitBar] = nodes(groups[0]).filter((n) => n.tag === 'rect');
  const [marginBar] = nodes(groups[1]).filter((n) => n.tag === 'rect');
  expect(profitBar.attrs.y).toBe(56);
  expect(marginBar.attrs.y).toBe(56);
  expect(textOf(part(svg, 'legend'))).toBe('ProfitMargin (right axis)');
  const labels = nodes(part(svg, 'axis-labels')).map(textOf);
  expect(labels).toEqual(expect.arrayContaining(['0%', '10%', '20%', '200', 'Acme', 'Brio']));
  expect(textOf(nodes(svg).find((n) => n.tag === 'desc')!)).toBe(
    'Column chart of Measure Acme to Brio. Profit: 200 at Acme, 100 at Brio. Margin (right axis): 20% at Acme.',
  );
});

test('a bar chart lies: categories down the left, negative values to the left of zero', () => {
  const svg = chartSvg(
    chart({
      type: 'BAR',
      domain: { name: 'Driver', labels: ['Price', 'Volume'] },
      series: [
        { name: 'Driver down', values: [-100, -50], axis: 0 },
        { name: 'Driver up', values: [100, 50], axis: 0 },
      ],
    }),
  );
  const bars = nodes(part(svg, 'marks')).filter((n) => n.tag === 'rect');
  expect(bars).toHaveLength(4);
  const [down, up] = [bars[0], bars[2]];
  // The bars meet at zero: "down" ends where "up" starts.
  expect(up.attrs.x).toBeCloseTo((down.attrs.x as number) + (down.attrs.width as number));
  expect(down.attrs.y as number).toBeLessThan(bars[1].attrs.y as number);
});

test('text from the sheet is kept as text in the tree, never read as markup', () => {
  const svg = chartSvg(chart({ title: '<script>alert(1)</script>' }));
  expect(nodes(svg).some((n) => n.tag === 'script')).toBe(false);
  expect(textOf(part(svg, 'chart-title'))).toBe('<script>alert(1)</script>');
});
