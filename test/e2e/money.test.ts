import * as vm from 'node:vm';
import type { EditResult, NumberStyle, OpenResult } from '../../src/core/api';
import { createAppsScriptGlobals } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/load-addon';
import { kpiTexts } from '../../sidebar/canvas-view-model';
import { useNumberStyle } from '../../sidebar/format';

const NBSP = '\u00a0';
const NNBSP = '\u202f'; // the narrow no-break space that groups thousands in fr_FR (Node's locale data)

/**
 * A canvas made from the sidebar in a spreadsheet of `locale`: one stream of 1,234.50 a month and a
 * fixed cost of 2,000, so revenue 1,234.50 and profit −765.50. The sidebar's page and its KPIs too.
 */
function canvasIn(locale: string) {
  const globals = createAppsScriptGlobals({ htmlDir: 'dist', spreadsheetOptions: { locale } });
  const addon = loadAddon('dist/Code.js', globals);
  const created = addon.call('sidebarCreateCanvas', { name: 'Money' }) as OpenResult;
  if (!created.ok || created.view !== 'canvas') throw new Error('The canvas was not made');
  const { sheetId, prefix, sheetName, versions } = created.state;
  const canvas = { sheetId, prefix, sheetName };
  addon.call('sidebarEdit', {
    canvas,
    version: versions.revenueStreams,
    edit: {
      kind: 'add',
      block: 'revenueStreams',
      value: { name: 'Sales', type: 'asset-sale', price: 1234.5, volume: 1 },
    },
  });
  const opened = addon.call('sidebarOpen', { canvas, activate: true }) as OpenResult;
  if (!opened.ok || opened.view !== 'canvas') throw new Error('The canvas did not open');
  const edited = addon.call('sidebarEdit', {
    canvas,
    version: opened.state.versions.costStructure,
    edit: { kind: 'add', block: 'costStructure', value: { name: 'Rent', behavior: 'fixed', amount: 2000 } },
  }) as EditResult;
  if (!edited.ok || !('state' in edited)) throw new Error(`The cost was not added: ${JSON.stringify(edited)}`);
  addon.call('menuOpenSidebar');
  const script = /<script>(window\.bmcNumberStyle = [^<]*)<\/script>/.exec(globals.ui.sidebars[0].getContent());
  const window: { bmcNumberStyle?: NumberStyle } = {};
  vm.runInNewContext(script?.[1] ?? '', { window });
  const shown = (name: string) => globals.spreadsheet.getRangeByName(`${prefix}_${name}`)?.getDisplayValue();
  return { state: edited.state, numbers: window.bmcNumberStyle as NumberStyle, shown };
}

afterEach(() => useNumberStyle({ locale: 'en-US', decimal: '.', grouping: ',' }));

describe.each([
  ['en_US', '$1,234.50', '-$765.50'],
  ['en_GB', '£1,234.50', '-£765.50'],
  ['de_DE', `1.234,50${NBSP}€`, `-765,50${NBSP}€`],
  ['fr_FR', `1${NNBSP}234,50${NBSP}€`, `-765,50${NBSP}€`],
  ['ja_JP', '￥1,235', '-￥766'],
])('a spreadsheet in %s', (locale, revenue, profit) => {
  const { state, numbers, shown } = canvasIn(locale);

  test(`the sheet shows revenue ${revenue} and profit ${profit}`, () => {
    expect(shown('Revenue')).toBe(revenue);
    expect(shown('Profit')).toBe(profit);
  });

  test('the sidebar’s KPI card shows the same money as the sheet', () => {
    useNumberStyle(numbers);
    const card = kpiTexts(state);
    expect(card.revenue).toBe(shown('Revenue'));
    expect(card.profit).toBe(shown('Profit'));
    expect(card.breakEven).toBe(shown('BreakEvenRevenue'));
  });
});
