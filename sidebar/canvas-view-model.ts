/** What the canvas view shows, as text worked out from the state: the KPIs, the steps, each entry. No DOM. */
import type { BlockGuide, CanvasState, ScenarioNames, SidebarGuide } from '../src/core/api';
import { type BlockId, type Entry, entryName, isCost, isStream } from './entries';
import { amountText } from './field-checks';
import { money, number, percent } from './format';
import { variantOf } from '../src/core/rules/check';

export interface KpiTexts {
  revenue: string;
  profit: string;
  breakEven: string;
  margin: string;
  check: string;
  /** The profit is a loss, shown in the loss colour. */
  loss: boolean;
  /** Which scenario the figures follow. */
  scenario: string;
  /** The figures are a what-if not kept as a scenario. */
  tried: boolean;
}

/** Which scenario the figures follow: "Scenario: Upside", or that they are a what-if not kept yet. */
function scenarioText(scenarios: ScenarioNames | null): string {
  if (scenarios === null || scenarios.active === '') return '';
  if (scenarios.active === scenarios.unkept) return `Scenario: ${scenarios.active}, tried and not kept yet`;
  return `Scenario: ${scenarios.active}`;
}

export function kpiTexts(state: CanvasState): KpiTexts {
  const { kpis, canvas } = state;
  return {
    revenue: money(kpis.revenue, canvas.currency),
    profit: money(kpis.profit, canvas.currency),
    breakEven: money(kpis.breakEvenRevenue, canvas.currency),
    margin: percent(kpis.profitMargin),
    check: kpis.check === null ? '' : kpis.check === 'OK' ? 'Checks: all pass' : `Check: ${kpis.check}`,
    scenario: scenarioText(state.scenarios),
    tried: state.scenarios !== null && state.scenarios.active === state.scenarios.unkept,
    loss: typeof kpis.profit === 'number' && kpis.profit < 0,
  };
}

/** A step's label: the block and how many entries it holds, e.g. "Channels: 2 entries". */
export function stepLabel(title: string, count: number): string {
  return `${title}: ${count === 0 ? 'empty' : `${count} ${count === 1 ? 'entry' : 'entries'}`}`;
}

/** The choices a block offers its entries, under their heading: stream types, or categories. */
export function stepChoices(guide: SidebarGuide, block: BlockGuide): { heading: string; choices: string[] } {
  if (block.id === 'revenueStreams') return { heading: 'Types: ', choices: guide.streamTypes.map((t) => t.title) };
  if (block.id === 'costStructure') {
    return { heading: 'Categories: ', choices: [...guide.costBehaviors.map((c) => c.label), ...block.categories] };
  }
  return { heading: 'Categories: ', choices: block.categories };
}

/** An entry's name as the list shows it. */
export function shownName(entry: Entry): string {
  const name = entryName(entry);
  return name === '' ? '(no text)' : name;
}

function segmentColor(state: CanvasState, segment: string | undefined): string | null {
  if (segment === undefined) return null;
  const i = state.canvas.blocks.customerSegments.findIndex((s) => s.text === segment);
  return i >= 0 ? state.segmentColors[i] : null;
}

/** The line under an entry (its type or category, drivers, links) and the colour of its swatch. */
export function entryDetails(
  block: BlockId,
  entry: Entry,
  guide: SidebarGuide,
  state: CanvasState,
): { meta: string[]; color: string | null } {
  if (isStream(entry)) {
    const type = guide.streamTypes.find((t) => t.id === entry.type);
    const priceRule = variantOf(guide.rules.stream, { type: entry.type })?.fields.price;
    const price = priceRule === undefined ? number(entry.price) : amountText(entry.price, priceRule) || number(null);
    const unit = type === undefined ? '' : ` ${type.volumeUnit}`;
    const meta = [type?.title ?? entry.type, `${price} × ${number(entry.volume)}${unit} a month`];
    if (entry.segment) meta.push(`from ${entry.segment}`);
    return { meta, color: segmentColor(state, entry.segment) };
  }
  if (isCost(entry)) {
    const id = entry.behavior === 'fixed' ? 'fixed' : entry.per;
    const behavior = guide.costBehaviors.find((b) => b.id === id);
    const amount = id === 'revenue' ? percent(entry.amount) : money(entry.amount, state.canvas.currency);
    const meta = [behavior?.label ?? id, amount];
    if (entry.behavior === 'variable' && entry.per === 'unit') {
      meta.push(entry.stream ? `of ${entry.stream}` : 'of every stream');
    }
    return { meta, color: null };
  }
  const meta = [entry.category, entry.segment ? `for ${entry.segment}` : undefined].filter(
    (x): x is string => x !== undefined && x !== '',
  );
  if (block === 'customerSegments') {
    const i = state.canvas.blocks.customerSegments.indexOf(entry);
    return { meta, color: state.segmentColors[i] ?? null };
  }
  return { meta, color: segmentColor(state, entry.segment) };
}
