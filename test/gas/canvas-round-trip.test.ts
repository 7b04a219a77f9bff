import fc from 'fast-check';
import { assumptionsOf } from '../../src/core/finance/assumptions';
import { Canvas, Cost, Item, NOTE_BLOCK_IDS, RevenueStream, StreamType } from '../../src/core/model';
import { freshEnv } from './env';

const tricky = fc.constantFrom(
  '=SUM(A1:A3)',
  '+1',
  '-x',
  '@me',
  '123',
  '0.50',
  'TRUE',
  '2020-01-02',
  "'quoted'",
  'comma, "quotes" and\na line break',
  '😀 emoji',
  '咖啡店',
  'مقهى',
  ' leading and trailing ',
);
const text = fc.oneof(tricky, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }));
const optionalText = fc.option(text, { nil: undefined });

const item: fc.Arbitrary<Item> = fc
  .record({ text, category: optionalText, segment: optionalText })
  .map(({ text, category, segment }) => {
    const i: Item = { text };
    if (category !== undefined) i.category = category;
    if (segment !== undefined) i.segment = segment;
    return i;
  });
const segmentItem = item.map(({ text, category }) => (category === undefined ? { text } : { text, category }));

const types: StreamType[] = [
  'asset-sale',
  'usage-fee',
  'subscription',
  'lending',
  'licensing',
  'brokerage',
  'advertising',
];
const amount = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true })),
  { nil: null },
);
const share = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });

const stream: fc.Arbitrary<RevenueStream> = fc
  .record({ name: text, type: fc.constantFrom(...types), price: amount, volume: amount, segment: optionalText })
  .map(({ segment, ...s }) => (segment === undefined ? s : { ...s, segment }));

function costFor(streamNames: string[]): fc.Arbitrary<Cost> {
  const fixed = fc
    .record({ name: text, amount })
    .map(({ name, amount }): Cost => ({ name, behavior: 'fixed', amount }));
  const perRevenue = fc
    .record({ name: text, amount: share })
    .map(({ name, amount }): Cost => ({ name, behavior: 'variable', per: 'revenue', amount }));
  const perUnit = fc
    .record({
      name: text,
      amount,
      stream: streamNames.length
        ? fc.option(fc.constantFrom(...streamNames), { nil: undefined })
        : fc.constant(undefined),
    })
    .map(
      ({ name, amount, stream }): Cost =>
        stream === undefined
          ? { name, behavior: 'variable', per: 'unit', amount }
          : { name, behavior: 'variable', per: 'unit', amount, stream },
    );
  return fc.oneof(fixed, perRevenue, perUnit);
}

const canvas: fc.Arbitrary<Canvas> = fc
  .record({
    name: text,
    currency: fc.constantFrom('USD', 'EUR', 'JPY', 'GBP'),
    customerSegments: fc.array(segmentItem, { maxLength: 6 }),
    others: fc.tuple(...NOTE_BLOCK_IDS.slice(1).map(() => fc.array(item, { maxLength: 16 }))),
    revenueStreams: fc.array(stream, { maxLength: 8 }),
    assumptions: fc.option(
      fc.record(
        {
          growth: fc.double({ min: 0, max: 0.5, noNaN: true }),
          churn: share.map((v) => v ?? 0),
          acquisitionCost: fc.integer({ min: 0, max: 5000 }),
          initialInvestment: fc.integer({ min: 0, max: 10_000_000 }),
          discountRate: fc.double({ min: 0, max: 1, noNaN: true }),
          ltvCacBar: fc.constantFrom(1, 3, 5),
        },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    ),
  })
  .chain((c) =>
    fc.array(costFor(c.revenueStreams.map((s) => s.name)), { maxLength: 8 }).map((costs) => {
      const blocks = { customerSegments: c.customerSegments } as Canvas['blocks'];
      NOTE_BLOCK_IDS.slice(1).forEach((id, i) => (blocks[id] = c.others[i]));
      const out: Canvas = { name: c.name, currency: c.currency, blocks, revenueStreams: c.revenueStreams, costs };
      if (c.assumptions !== undefined) out.assumptions = c.assumptions;
      return out;
    }),
  );

describe('model → sheet → model', () => {
  test('round-trips exactly, whatever the text and numbers', () => {
    fc.assert(
      fc.property(canvas, (c) => {
        const env = freshEnv();
        const sheet = env.write(c);
        const back = env.read(sheet);
        if (!back.ok) throw new Error(back.problems.join('\n'));
        // Assumptions the canvas leaves out are on the sheet with their defaults, so they come back spelled out.
        expect(back.canvas).toEqual({ ...c, assumptions: assumptionsOf(c) });
      }),
      { numRuns: 40 },
    );
  });

  test('text that looks like a formula is stored as text, not computed', () => {
    const env = freshEnv();
    const c: Canvas = {
      name: '=1+1',
      currency: 'USD',
      blocks: { ...freshBlocks(), keyPartners: [{ text: '=1+1' }, { text: '+2' }, { text: '@x' }, { text: '-3' }] },
      revenueStreams: [],
      costs: [],
    };
    const sheet = env.write(c);
    const name = sheet.getRange(1, 1, 1, 1);
    expect(name.getFormulas()).toEqual([['']]);
    expect(name.getValues()).toEqual([['=1+1']]);
    const items = sheet.getRange(6, 1, 4, 1); // Key Partners' first item rows
    expect(items.getFormulas().flat()).toEqual(['', '', '', '']);
    expect(items.getValues().flat()).toEqual(['=1+1', '+2', '@x', '-3']);
  });
});

function freshBlocks(): Canvas['blocks'] {
  return Object.fromEntries(NOTE_BLOCK_IDS.map((id) => [id, []])) as unknown as Canvas['blocks'];
}
