/**
 * A chart record drawn as SVG, as a plain tree of elements (so tests can read it without a DOM):
 * title, legend, axes with ticks and titles, and lines (LINE), upright bars (COLUMN) or lying bars
 * (BAR). Series on axis 1 are read against a second value axis on the right. The drawing carries
 * its meaning in words too: role="img", a <title> and a <desc> that lists every series.
 */
import type { ChartView } from '../protocol';

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: (SvgNode | string)[];
}

/** Sheets' first series colours. */
export const SERIES_COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6'];

const FONT = 'Arial, sans-serif';
const MARGIN = { top: 56, bottom: 46, left: 68, right: 24, rightAxis: 60 };
const LEGEND_Y = 44;

function node(tag: string, attrs: SvgNode['attrs'], ...children: (SvgNode | string)[]): SvgNode {
  return { tag, attrs, children };
}

function text(x: number, y: number, content: string, attrs: SvgNode['attrs'] = {}): SvgNode {
  return node(
    'text',
    { x: round(x), y: round(y), 'font-family': FONT, 'font-size': 11, fill: '#444', ...attrs },
    content,
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

export interface Scale {
  min: number;
  max: number;
  ticks: number[];
}

/** An axis from a round number to a round number that holds zero and every value, in 1-2-5 steps. */
export function niceScale(values: number[], steps = 5): Scale {
  const low = Math.min(0, ...values);
  let high = Math.max(0, ...values);
  if (low === high) high = low + 1;
  const rough = (high - low) / steps;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  return scaleFrom(Math.floor(low / step + 1e-9), Math.ceil(high / step - 1e-9), step);
}

/** The scale from `below` steps under zero to `above` steps over it. */
function scaleFrom(below: number, above: number, step: number): Scale {
  const ticks: number[] = [];
  for (let i = below; i <= above; i++) ticks.push(Number((i * step).toPrecision(12)));
  return { min: ticks[0], max: ticks[ticks.length - 1], ticks };
}

/**
 * Two value axes stretched to the same number of steps under and over zero, so that each
 * gridline reads on both and zero sits on one line, as Sheets draws a second axis.
 */
export function alignedScales(left: Scale, right: Scale): [Scale, Scale] {
  const stepOf = (s: Scale) => (s.ticks.length > 1 ? s.ticks[1] - s.ticks[0] : 1);
  const under = (s: Scale) => Math.round(-s.min / stepOf(s));
  const over = (s: Scale) => Math.round(s.max / stepOf(s));
  const below = Math.max(under(left), under(right));
  const above = Math.max(over(left), over(right));
  return [scaleFrom(-below, above, stepOf(left)), scaleFrom(-below, above, stepOf(right))];
}

/** A tick's label: a percentage on a percent axis, otherwise the number shortened to K or M. */
export function tickLabel(value: number, format: string | null, scale: Scale): string {
  if (format === 'percent') return `${Number((value * 100).toPrecision(12))}%`;
  if (value === 0) return '0';
  const largest = Math.max(Math.abs(scale.min), Math.abs(scale.max));
  const [divisor, suffix] = largest >= 1e6 ? [1e6, 'M'] : largest >= 1e4 ? [1e3, 'K'] : [1, ''];
  return `${Number((value / divisor).toPrecision(12)).toLocaleString('en-US')}${suffix}`;
}

function plainNumber(value: number, format: string | null): string {
  if (format === 'percent') return `${Number((value * 100).toFixed(1))}%`;
  return Number(value.toFixed(2)).toLocaleString('en-US');
}

/** Up to this many values a series' description lists them all. */
const LISTED_VALUES = 12;

const KIND_WORDS: Record<string, string> = { LINE: 'Line chart', COLUMN: 'Column chart', BAR: 'Bar chart' };

/** The chart in words: its kind, what the labels run over and each series' values. */
export function chartDescription(chart: ChartView): string {
  const { labels, name } = chart.domain;
  const kind = KIND_WORDS[chart.type] ?? 'Chart';
  const over = labels.length > 0 ? ` of ${name || 'labels'} ${labels[0]} to ${labels[labels.length - 1]}` : '';
  const parts = chart.series.map((s) => {
    const format = s.axis === 1 ? chart.rightAxisFormat : null;
    const side = s.axis === 1 ? ' (right axis)' : '';
    const points = s.values.flatMap((v, i) => (v === null ? [] : [{ v, label: labels[i] ?? String(i + 1) }]));
    const say = (p: { v: number; label: string }) => `${plainNumber(p.v, format)} at ${p.label}`;
    if (points.length === 0) return `${s.name}${side}: no values`;
    if (points.length <= LISTED_VALUES) return `${s.name}${side}: ${points.map(say).join(', ')}`;
    // A long run is told by its ends and extremes, as a listener could not hold every value.
    const lowest = points.reduce((a, b) => (b.v < a.v ? b : a));
    const highest = points.reduce((a, b) => (b.v > a.v ? b : a));
    const ends = `from ${say(points[0])} to ${say(points[points.length - 1])}`;
    return `${s.name}${side}: ${ends}, lowest ${say(lowest)}, highest ${say(highest)}`;
  });
  return `${kind}${over}. ${parts.join('. ')}.`;
}

/** Where the plot sits inside the chart, and how values and categories map onto it. */
interface Frame {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The value axes: the left one, and the right one (aligned with it) when a series is read on a
 * second axis. Lying bars have one value axis, which every series reads on.
 */
function scalesOf(chart: ChartView): [Scale, Scale | null] {
  const values = (axis: number | null) =>
    chart.series
      .filter((s) => axis === null || s.axis === axis)
      .flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (chart.type === 'BAR' || !chart.series.some((s) => s.axis === 1)) return [niceScale(values(null)), null];
  return alignedScales(niceScale(values(0)), niceScale(values(1)));
}

/**
 * The chart as an SVG tree `chart.width` by `chart.height` pixels. `id` makes the title's and
 * description's ids unique on the page.
 */
export function chartSvg(chart: ChartView, id = `chart-${chart.id}`): SvgNode {
  const { width, height } = chart;
  const horizontal = chart.type === 'BAR';
  const [left, right] = scalesOf(chart);
  const labels = chart.domain.labels;
  // Lying bars carry their category names at the left, so the plot starts after the longest one.
  const longest = Math.max(0, ...labels.map((l) => l.length));
  const frame: Frame = {
    left: horizontal ? Math.min(width * 0.4, 30 + longest * 6.2) : MARGIN.left,
    right: width - (right ? MARGIN.rightAxis : MARGIN.right),
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const count = Math.max(1, labels.length);
  // Values run up the chart (or across it, for lying bars); categories run across (or down).
  const valueAt = (v: number, s: Scale) =>
    horizontal
      ? frame.left + ((v - s.min) / (s.max - s.min)) * (frame.right - frame.left)
      : frame.bottom - ((v - s.min) / (s.max - s.min)) * (frame.bottom - frame.top);
  const band = (horizontal ? frame.bottom - frame.top : frame.right - frame.left) / count;
  const bandStart = (i: number) => (horizontal ? frame.top : frame.left) + i * band;
  const centre = (i: number) =>
    chart.type === 'LINE' && labels.length > 1
      ? frame.left + (i / (labels.length - 1)) * (frame.right - frame.left)
      : bandStart(i) + band / 2;

  const grid: SvgNode[] = [];
  const axisLabels: SvgNode[] = [];
  for (const t of left.ticks) {
    const at = valueAt(t, left);
    const isZero = t === 0;
    grid.push(
      horizontal
        ? node('line', {
            x1: round(at),
            x2: round(at),
            y1: frame.top,
            y2: frame.bottom,
            stroke: isZero ? '#666' : '#ddd',
          })
        : node('line', {
            x1: frame.left,
            x2: frame.right,
            y1: round(at),
            y2: round(at),
            stroke: isZero ? '#666' : '#ddd',
          }),
    );
    const label = tickLabel(t, null, left);
    axisLabels.push(
      horizontal
        ? text(at, frame.bottom + 14, label, { 'text-anchor': 'middle' })
        : text(frame.left - 6, at + 4, label, { 'text-anchor': 'end' }),
    );
  }
  if (right) {
    for (const t of right.ticks) {
      axisLabels.push(text(frame.right + 6, valueAt(t, right) + 4, tickLabel(t, chart.rightAxisFormat, right)));
    }
  }
  // Category labels: every one when they fit, otherwise about ten evenly spaced.
  const every = Math.max(1, Math.ceil(labels.length / (horizontal ? 30 : 12)));
  labels.forEach((label, i) => {
    if (i % every !== 0) return;
    axisLabels.push(
      horizontal
        ? text(frame.left - 6, centre(i) + 4, label, { 'text-anchor': 'end' })
        : text(centre(i), frame.bottom + 14, label, { 'text-anchor': 'middle' }),
    );
  });
  if (chart.domain.name) {
    axisLabels.push(
      horizontal
        ? text(14, (frame.top + frame.bottom) / 2, chart.domain.name, {
            'text-anchor': 'middle',
            transform: `rotate(-90 14 ${round((frame.top + frame.bottom) / 2)})`,
            'data-role': 'category-axis-title',
          })
        : text((frame.left + frame.right) / 2, height - 10, chart.domain.name, {
            'text-anchor': 'middle',
            'data-role': 'category-axis-title',
          }),
    );
  }

  const marks: SvgNode[] = [];
  const barSeries = chart.series.length;
  chart.series.forEach((s, k) => {
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length];
    const scale = s.axis === 1 && right ? right : left;
    const title = node('title', {}, s.name);
    if (chart.type === 'LINE') {
      const points = s.values.flatMap((v, i) =>
        v === null ? [] : [`${round(centre(i))},${round(valueAt(v, scale))}`],
      );
      marks.push(
        node(
          'polyline',
          { points: points.join(' '), fill: 'none', stroke: colour, 'stroke-width': 2, 'data-series': s.name },
          title,
        ),
      );
      return;
    }
    const thickness = (band * 0.7) / barSeries;
    const group = node('g', { fill: colour, 'data-series': s.name }, title);
    s.values.forEach((v, i) => {
      if (v === null) return;
      const from = valueAt(0, scale);
      const to = valueAt(v, scale);
      const offset = bandStart(i) + band * 0.15 + k * thickness;
      group.children.push(
        horizontal
          ? node('rect', {
              x: round(Math.min(from, to)),
              y: round(offset),
              width: round(Math.abs(to - from)),
              height: round(thickness),
            })
          : node('rect', {
              x: round(offset),
              y: round(Math.min(from, to)),
              width: round(thickness),
              height: round(Math.abs(to - from)),
            }),
      );
    });
    marks.push(group);
  });

  // The legend: one swatch and name per series, in a row under the title.
  const legend = node('g', { 'data-role': 'legend' });
  let x = MARGIN.left;
  chart.series.forEach((s, k) => {
    const name = s.axis === 1 && right ? `${s.name} (right axis)` : s.name;
    legend.children.push(
      node('rect', { x, y: LEGEND_Y - 9, width: 10, height: 10, fill: SERIES_COLOURS[k % SERIES_COLOURS.length] }),
      text(x + 14, LEGEND_Y, name, { fill: '#222' }),
    );
    x += 14 + name.length * 6.5 + 16;
  });

  return node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      'aria-describedby': `${id}-desc`,
      'data-chart-type': chart.type,
    },
    node('title', { id: `${id}-title` }, chart.title || KIND_WORDS[chart.type] || 'Chart'),
    node('desc', { id: `${id}-desc` }, chartDescription(chart)),
    node('rect', { x: 0, y: 0, width, height, fill: '#fff', stroke: '#dadce0' }),
    text(MARGIN.left, 24, chart.title, { 'font-size': 15, fill: '#222', 'data-role': 'chart-title' }),
    legend,
    node('g', { 'data-role': 'gridlines' }, ...grid),
    node('g', { 'data-role': 'axis-labels' }, ...axisLabels),
    node('g', { 'data-role': 'marks' }, ...marks),
  );
}
