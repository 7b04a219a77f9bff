import type { CanvasState, Kpis, ScenarioNames } from '../../src/core/api';
import { sidebarGuide } from '../../src/core/edit/guide';
import { emptyCanvas } from '../../src/core/model';
import { listVersions } from '../../src/core/edit/list-versions';
import { entryDetails, kpiTexts, shownName, stepChoices, stepLabel } from '../../sidebar/canvas-view-model';

const guide = sidebarGuide();
const block = (id: string) => guide.blocks.find((b) => b.id === id)!;

const NO_KPIS: Kpis = { revenue: null, profit: null, breakEvenRevenue: null, profitMargin: null, check: null };

/** A tea room with two segments (coloured red and blue), one stream and three costs. */
function teaRoom(kpis: Kpis = NO_KPIS, scenarios: ScenarioNames | null = null): CanvasState {
  const canvas = emptyCanvas('Tea room', 'EUR');
  canvas.blocks.customerSegments = [{ text: 'Students' }, { text: 'Office workers' }];
  canvas.blocks.channels = [
    { text: 'Shop window', category: 'Awareness', segment: 'Office workers' },
    { text: 'Flyers' },
  ];
  canvas.revenueStreams = [{ name: 'Tea', type: 'asset-sale', price: 3.5, volume: 1200, segment: 'Students' }];
  canvas.costs = [
    { name: 'Rent', behavior: 'fixed', amount: 1800 },
    { name: 'Leaves', behavior: 'variable', per: 'unit', amount: 0.4, stream: 'Tea' },
    { name: 'Card fees', behavior: 'variable', per: 'revenue', amount: 0.015 },
  ];
  return {
    sheetId: 1,
    prefix: 'TeaRoom',
    sheetName: 'Tea room',
    canvas,
    versions: listVersions(canvas),
    segmentColors: ['#ff0000', '#0000ff'],
    kpis,
    scenarios,
  };
}

describe('the KPIs', () => {
  test('in the canvas currency, the margin as a percentage, and whether the checks pass', () => {
    const state = teaRoom({
      revenue: 4200,
      profit: -150.5,
      breakEvenRevenue: 4400,
      profitMargin: -0.0358,
      check: 'OK',
    });
    expect(kpiTexts(state)).toEqual({
      revenue: '€4,200.00',
      profit: '-€150.50',
      breakEven: '€4,400.00',
      margin: '-3.6%',
      check: 'Checks: all pass',
      loss: true,
      scenario: '',
      tried: false,
    });
  });

  test('the card names the scenario its figures follow, and says when they are a what-if not kept', () => {
    const names = ['Base', 'Upside', 'Downside', 'What-if', ''];
    const upside = kpiTexts(teaRoom(NO_KPIS, { names, active: 'Upside', unkept: 'What-if', room: 2 }));
    expect([upside.scenario, upside.tried]).toEqual(['Scenario: Upside', false]);
    const tried = kpiTexts(teaRoom(NO_KPIS, { names, active: 'What-if', unkept: 'What-if', room: 2 }));
    expect([tried.scenario, tried.tried]).toEqual(['Scenario: What-if, tried and not kept yet', true]);
    expect(kpiTexts(teaRoom(NO_KPIS, { names, active: '', unkept: 'What-if', room: 2 })).scenario).toBe('');
  });

  test('a failing check is named; no check cell shows nothing; words from the sheet pass through', () => {
    const state = teaRoom({ ...NO_KPIS, breakEvenRevenue: 'not reachable', check: 'Costs exceed revenue' });
    const texts = kpiTexts(state);
    expect(texts.check).toBe('Check: Costs exceed revenue');
    expect(texts.breakEven).toBe('not reachable');
    expect(texts.revenue).toBe('—');
    expect(texts.loss).toBe(false);
    expect(kpiTexts(teaRoom()).check).toBe('');
  });
});

describe('the steps', () => {
  test('each step says how many entries its block holds', () => {
    expect(stepLabel('Channels', 0)).toBe('Channels: empty');
    expect(stepLabel('Channels', 1)).toBe('Channels: 1 entry');
    expect(stepLabel('Channels', 2)).toBe('Channels: 2 entries');
  });

  test('streams offer their types; costs their behaviours, then the categories; notes their categories', () => {
    expect(stepChoices(guide, block('revenueStreams'))).toEqual({
      heading: 'Types: ',
      choices: guide.streamTypes.map((t) => t.title),
    });
    const costs = stepChoices(guide, block('costStructure'));
    expect(costs.heading).toBe('Categories: ');
    expect(costs.choices.slice(0, 3)).toEqual(['fixed', 'per unit', 'share of revenue']);
    expect(costs.choices).toContain('Economies of scale');
    expect(stepChoices(guide, block('customerSegments')).choices).toContain('Niche market');
  });
});

describe('an entry in the list', () => {
  const state = teaRoom();

  test("a stream: its type, price × volume in the volume's unit, its segment, in the segment's colour", () => {
    expect(entryDetails('revenueStreams', state.canvas.revenueStreams[0], guide, state)).toEqual({
      meta: ['Asset sale', '3.5 × 1,200 units a month', 'from Students'],
      color: '#ff0000',
    });
  });

  test('a brokerage stream: its take rate as a percent, of the money transacted', () => {
    const deals = { name: 'Deals', type: 'brokerage' as const, price: 0.125, volume: 40000 };
    expect(entryDetails('revenueStreams', deals, guide, state).meta).toEqual([
      'Brokerage fees',
      '12.5% × 40,000 money transacted a month',
    ]);
  });

  test('each type names the unit of its volume', () => {
    expect(Object.fromEntries(guide.streamTypes.map((t) => [t.id, t.volumeUnit]))).toEqual({
      'asset-sale': 'units',
      'usage-fee': 'units',
      subscription: 'customers',
      lending: 'units',
      licensing: 'customers',
      brokerage: 'money transacted',
      advertising: 'thousand impressions',
    });
  });

  test('a cost: its behaviour and amount (a share as a percentage), and which stream a unit cost follows', () => {
    const [rent, leaves, fees] = state.canvas.costs;
    expect(entryDetails('costStructure', rent, guide, state)).toEqual({ meta: ['fixed', '€1,800.00'], color: null });
    expect(entryDetails('costStructure', leaves, guide, state).meta).toEqual(['per unit', '€0.40', 'of Tea']);
    expect(entryDetails('costStructure', fees, guide, state).meta).toEqual(['share of revenue', '1.5%']);
    const everyStream = { name: 'Cups', behavior: 'variable', per: 'unit', amount: 0.1 } as const;
    expect(entryDetails('costStructure', everyStream, guide, state).meta[2]).toBe('of every stream');
  });

  test("a note: its category and segment; a segment has its own colour, a linked note its segment's", () => {
    const [students, office] = state.canvas.blocks.customerSegments;
    expect(entryDetails('customerSegments', office, guide, state)).toEqual({ meta: [], color: '#0000ff' });
    expect(entryDetails('customerSegments', students, guide, state).color).toBe('#ff0000');
    const [window, flyers] = state.canvas.blocks.channels;
    expect(entryDetails('channels', window, guide, state)).toEqual({
      meta: ['Awareness', 'for Office workers'],
      color: '#0000ff',
    });
    expect(entryDetails('channels', flyers, guide, state)).toEqual({ meta: [], color: null });
  });

  test('an entry without text shows as "(no text)"', () => {
    expect(shownName({ text: '' })).toBe('(no text)');
    expect(shownName({ name: 'Rent', behavior: 'fixed', amount: 1 })).toBe('Rent');
  });
});
