import { canvasFromDocument } from '../../../src/core/canvas-json';
import { assertEditRequest, assertWhatIfRequest, RequestError } from '../../../src/core/edit/check-request';

/** The problems of a refused request, each as "<field after the prefix>: <message>". */
function requestProblems(assert: (x: unknown) => void, request: unknown, prefix: string): string[] {
  try {
    assert(request);
    return [];
  } catch (err) {
    if (!(err instanceof RequestError)) throw err;
    return err.messages.map((m) => `${m.field.slice(prefix.length)}: ${m.message}`);
  }
}

/** The problems of a refused import within the field `prefix`, each as "<field after the prefix>: <message>". */
function importProblems(doc: unknown, prefix: string): string[] {
  const r = canvasFromDocument(doc);
  return r.ok ? [] : r.problems.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
}

const coffee = { name: 'Coffee', type: 'asset-sale', price: 4, volume: 100 };

/** The import of `doc` and the sidebar's `request` name the same problems of the same value, in the same words. */
function expectSameRefusal(
  doc: unknown,
  inDoc: string,
  assert: (x: unknown) => void,
  request: unknown,
  inRequest: string,
) {
  const byImport = importProblems(doc, inDoc);
  expect(requestProblems(assert, request, inRequest)).toEqual(byImport);
  return byImport;
}

const edit = (block: string, value: unknown) => ({
  canvas: { sheetId: 1, prefix: 'X', sheetName: 'X' },
  version: '0-0',
  edit: { kind: 'add', block, value },
});

describe('the JSON import and the sidebar refuse the same entries in the same words', () => {
  test.each([
    ['a blank name', { ...coffee, name: '  ' }],
    ['text for a price', { ...coffee, price: 'ten' }],
    ['an unknown type', { ...coffee, type: 'rent' }],
    ['a name of 1,001 characters', { ...coffee, name: 'x'.repeat(1001) }],
    ['a misspelt field', { ...coffee, prize: 3 }],
  ])('a stream with %s', (_what, stream) => {
    const doc = { name: 'X', revenueStreams: [stream] };
    expect(
      expectSameRefusal(doc, 'revenueStreams[0]', assertEditRequest, edit('revenueStreams', stream), 'edit.value'),
    ).not.toEqual([]);
  });

  test('a good stream passes both', () => {
    const doc = { name: 'X', revenueStreams: [coffee] };
    expect(
      expectSameRefusal(doc, 'revenueStreams[0]', assertEditRequest, edit('revenueStreams', coffee), 'edit.value'),
    ).toEqual([]);
  });

  test.each([
    ['a share above 1', { name: 'Fees', behavior: 'variable', per: 'revenue', amount: 1.5 }],
    ['a stream on a fixed cost', { name: 'Rent', behavior: 'fixed', amount: 1, stream: 'Coffee' }],
    ['no "per"', { name: 'Cups', behavior: 'variable', amount: 1 }],
  ])('a cost with %s', (_what, cost) => {
    const doc = { name: 'X', revenueStreams: [coffee], costs: [cost] };
    expect(
      expectSameRefusal(doc, 'costs[0]', assertEditRequest, edit('costStructure', cost), 'edit.value'),
    ).not.toEqual([]);
  });

  test.each([
    ['of 60,000 characters', { text: 'x'.repeat(60000) }],
    ['with a category of 101 characters', { text: 'Kiosk', category: 'c'.repeat(101) }],
    ['with a number for its text', { text: 42 }],
  ])('a note %s', (_what, note) => {
    const doc = { name: 'X', blocks: { channels: [note] } };
    expect(
      expectSameRefusal(doc, 'blocks.channels[0]', assertEditRequest, edit('channels', note), 'edit.value'),
    ).not.toEqual([]);
  });

  test.each([
    ['a name of 41 characters', { name: 'x'.repeat(41), multipliers: { price: 1 } }],
    ['a negative multiplier and an unknown driver', { name: 'Rainy', multipliers: { volume: -0.5, speed: 2 } }],
  ])('a scenario with %s, in a document and from the What-if panel', (_what, scenario) => {
    const doc = { name: 'X', assumptions: { scenarios: { active: scenario.name, list: [scenario] } } };
    const request = { canvas: { sheetId: 1, prefix: 'X', sheetName: 'X' }, scenario, keep: true };
    expect(
      expectSameRefusal(doc, 'assumptions.scenarios.list[0]', assertWhatIfRequest, request, 'scenario'),
    ).not.toEqual([]);
  });
});
