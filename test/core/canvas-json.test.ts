import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DRIVER_MAX } from '../../src/core/rules/bounds';
import { canvasFromDocument, canvasToJson, parseCanvasJson } from '../../src/core/canvas-json';
import { STREAM_TYPE_IDS } from '../../src/core/finance/catalogue';
import { NOTE_BLOCK_IDS } from '../../src/core/model';
import { LIMITS } from '../../src/core/rules/limits';
import { CHECK_KINDS } from '../../src/core/patterns/check-kinds';
import { listTemplates } from '../../src/core/patterns';
import { MAX_UNITS, templateCanvas } from '../../src/core/patterns/sheet';
import { schemaErrors } from '../helpers/json-schema';
import { KPI_CASES, loadFixture } from '../helpers/kpi-cases';

/** The stream types as a message lists them: brokerage last, its price being a take rate. */
const TYPES_LISTED = [...STREAM_TYPE_IDS.filter((t) => t !== 'brokerage'), 'brokerage'].map((t) => `"${t}"`).join(', ');

const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'docs', 'canvas.schema.json'), 'utf8'));

const stream = { name: 'Coffee', type: 'asset-sale', price: 4, volume: 100 };

const freemium = {
  kind: 'freemium',
  description: 'Premium users carry the free ones.',
  inputs: {
    freeUsers: 9000,
    costPerFreeUser: 0.2,
    premiumUsers: 1000,
    premiumPrice: 5,
    costPerPremiumUser: 0.5,
    fixedCosts: 2000,
  },
  sources: {
    premiumUsers: { ref: 'stream-volume', stream: 'Premium' },
    premiumPrice: { ref: 'stream-price', stream: 'Premium' },
  },
};
const unit = {
  name: 'Advice',
  role: 'customer-relationship',
  streams: ['Fees'],
  costs: ['Bankers'],
  revenue: 100,
  cost: 80,
};
const unbundling = {
  kind: 'unbundling',
  units: [unit, { ...unit, name: 'Platform', role: 'infrastructure', streams: [], costs: [] }],
};

/** Documents the schema and the validator must both accept. */
const VALID: [string, unknown][] = [
  ['only a name', { name: 'Blank' }],
  [
    'the issue’s example shape',
    {
      name: 'Cafe',
      currency: 'EUR',
      blocks: {
        customerSegments: ['Commuters', { text: 'Students', category: 'niche market' }],
        valuePropositions: [{ text: 'Fast', segment: 'Commuters' }],
        channels: [],
        customerRelationships: [],
        keyResources: [],
        keyActivities: [],
        keyPartners: [],
      },
      revenueStreams: [{ ...stream, segment: 'Commuters' }],
      costs: [
        { name: 'Rent', behavior: 'fixed', amount: 900 },
        { name: 'Cups', behavior: 'variable', per: 'unit', amount: 0.1, stream: 'Coffee' },
        { name: 'Cups for all', behavior: 'variable', per: 'unit', amount: 0.1 },
        { name: 'Fees', behavior: 'variable', per: 'revenue', amount: 0.02 },
      ],
    },
  ],
  [
    'drivers not known yet',
    {
      name: 'X',
      revenueStreams: [{ name: 'A', type: 'licensing', price: null }],
      costs: [{ name: 'Rent', behavior: 'fixed' }],
    },
  ],
  [
    'a share of exactly 1 and a price of 0',
    {
      name: 'X',
      revenueStreams: [{ ...stream, price: 0 }],
      costs: [{ name: 'All', behavior: 'variable', per: 'revenue', amount: 1 }],
    },
  ],
  [
    'assumptions',
    {
      name: 'X',
      assumptions: {
        growth: 0.05,
        churn: 1,
        acquisitionCost: 10,
        initialInvestment: 0,
        discountRate: 0.1,
        ltvCacBar: 3,
      },
    },
  ],
  ['a $schema link', { $schema: './canvas.schema.json', name: 'X' }],
  ['every stream type', { name: 'X', revenueStreams: STREAM_TYPE_IDS.map((type, i) => ({ name: `S${i}`, type })) }],
  ['a freemium check with canvas sources', { name: 'X', patternCheck: freemium }],
  [
    'a check without description or sources',
    {
      name: 'X',
      patternCheck: {
        kind: 'open',
        inputs: { openIncome: 1, openRunningCosts: 0, inHouseRdCost: 5, boughtInnovationCost: 2 },
      },
    },
  ],
  [
    'every kind of canvas source',
    {
      name: 'X',
      patternCheck: {
        ...freemium,
        sources: {
          freeUsers: { ref: 'stream-volume', stream: 'Free' },
          premiumPrice: { ref: 'stream-price', stream: 'Premium' },
          costPerFreeUser: { ref: 'unit-cost', costs: ['Servers', 'Support'] },
          fixedCosts: { ref: 'monthly-cost', costs: [] },
          premiumUsers: { ref: 'revenue', streams: ['Premium'] },
        },
      },
    },
  ],
  ['an unbundling check', { name: 'X', patternCheck: unbundling }],
];

/** Documents both must reject, with the validator's messages. */
const INVALID: [string, unknown, string[]][] = [
  [
    'a start month past the projection, and one that is not whole',
    {
      name: 'X',
      costs: [
        { name: 'Hire', behavior: 'fixed', amount: 1, startMonth: 37 },
        { name: 'Desk', behavior: 'fixed', amount: 1, startMonth: 2.5 },
      ],
    },
    [
      'costs[0].startMonth: expected a whole month from 1 to 36, got 37',
      'costs[1].startMonth: expected a whole month from 1 to 36, got 2.5',
    ],
  ],
  ['not an object', [1, 2], ['(document): expected an object, got a list']],
  ['no name', { currency: 'USD' }, ['name: missing (expected non-empty text)']],
  ['a blank name', { name: '   ' }, ['name: expected non-empty text, got "   "']],
  ['a number for a name', { name: 12 }, ['name: expected non-empty text, got 12']],
  [
    'a bad currency',
    { name: 'X', currency: 'usd' },
    ['currency: expected a three-letter currency code such as "USD", got "usd"'],
  ],
  [
    'text for a price (the third stream)',
    { name: 'X', revenueStreams: [stream, { ...stream, name: 'B' }, { ...stream, name: 'C', price: 'ten' }] },
    ['revenueStreams[2].price: expected a number between 0 and 1,000,000,000,000, got "ten"'],
  ],
  [
    'a negative volume',
    { name: 'X', revenueStreams: [{ ...stream, volume: -1 }] },
    ['revenueStreams[0].volume: expected a number between 0 and 1,000,000,000,000, got -1'],
  ],
  [
    'an unknown type',
    { name: 'X', revenueStreams: [{ ...stream, type: 'rent' }] },
    [`revenueStreams[0].type: expected one of ${TYPES_LISTED}, got "rent"`],
  ],
  [
    'a stream without a type',
    { name: 'X', revenueStreams: [{ name: 'A' }] },
    [`revenueStreams[0].type: missing (expected one of ${TYPES_LISTED})`],
  ],
  [
    'a misspelt field',
    { name: 'X', revenueStreams: [{ ...stream, prize: 3 }] },
    [
      'revenueStreams[0].prize: unknown field (allowed here: name, type, segment, price, volume, recurring, growth, churn)',
    ],
  ],
  [
    'a share above 1',
    { name: 'X', costs: [{ name: 'Fees', behavior: 'variable', per: 'revenue', amount: 1.5 }] },
    ['costs[0].amount: expected a share between 0 and 1, got 1.5 (did you mean 1.5 %, that is 0.015?)'],
  ],
  [
    'a take rate typed as a number of percent',
    { name: 'X', revenueStreams: [{ name: 'Deals', type: 'brokerage', price: 12, volume: 1000 }] },
    ['revenueStreams[0].price: expected a share between 0 and 1, got 12 (did you mean 12 %, that is 0.12?)'],
  ],
  [
    'a take rate above 100 %',
    { name: 'X', revenueStreams: [{ name: 'Deals', type: 'brokerage', price: 250, volume: 1000 }] },
    ['revenueStreams[0].price: expected a share between 0 and 1, got 250'],
  ],
  [
    'a variable cost without per',
    { name: 'X', costs: [{ name: 'Fees', behavior: 'variable', amount: 1 }] },
    ['costs[0].per: missing (expected one of "unit", "revenue")'],
  ],
  [
    'a fixed cost following a stream',
    { name: 'X', revenueStreams: [stream], costs: [{ name: 'Rent', behavior: 'fixed', amount: 1, stream: 'Coffee' }] },
    ['costs[0].stream: unknown field (allowed here: name, behavior, amount, startMonth)'],
  ],
  [
    'a share of revenue following a stream',
    {
      name: 'X',
      revenueStreams: [stream],
      costs: [{ name: 'Fees', behavior: 'variable', per: 'revenue', amount: 0.1, stream: 'Coffee' }],
    },
    ['costs[0].stream: unknown field (allowed here: name, behavior, per, amount)'],
  ],
  [
    'an unknown behaviour',
    { name: 'X', costs: [{ name: 'Rent', behavior: 'monthly', amount: 1 }] },
    ['costs[0].behavior: expected one of "fixed", "variable", got "monthly"'],
  ],
  [
    'an unknown block',
    { name: 'X', blocks: { revenueStreams: [] } },
    [
      'blocks.revenueStreams: unknown field (allowed here: customerSegments, valuePropositions, channels, customerRelationships, keyResources, keyActivities, keyPartners)',
    ],
  ],
  [
    'an item that is a number',
    { name: 'X', blocks: { channels: [3] } },
    ['blocks.channels[0]: expected text or an object with "text", got 3'],
  ],
  ['an empty item', { name: 'X', blocks: { channels: [''] } }, ['blocks.channels[0]: expected non-empty text, got ""']],
  [
    'an item without text',
    { name: 'X', blocks: { channels: [{ category: 'own' }] } },
    ['blocks.channels[0].text: missing (expected non-empty text)'],
  ],
  [
    'a block that is not a list',
    { name: 'X', blocks: { channels: 'web' } },
    ['blocks.channels: expected a list, got "web"'],
  ],
  [
    'churn above 1',
    { name: 'X', assumptions: { churn: 2 } },
    ['assumptions.churn: expected a share between 0 and 1, got 2 (did you mean 2 %, that is 0.02?)'],
  ],
  [
    'an unknown assumption',
    { name: 'X', assumptions: { tax: 0.2 } },
    [
      'assumptions.tax: unknown field (allowed here: growth, churn, acquisitionCost, initialInvestment, startingCash, discountRate, ltvCacBar, scenarios, whatIf)',
    ],
  ],
  [
    'an unknown top-level field',
    { name: 'X', revenue: [] },
    [
      'revenue: unknown field (allowed here: $schema, name, currency, blocks, revenueStreams, costs, assumptions, patternCheck)',
    ],
  ],
  [
    'text for a check input',
    { name: 'X', patternCheck: { ...freemium, inputs: { ...freemium.inputs, freeUsers: 'many' } } },
    ['patternCheck.inputs.freeUsers: expected a number ≥ 0, got "many"'],
  ],
  [
    'a negative check input and a missing one',
    { name: 'X', patternCheck: { kind: 'open', inputs: { openIncome: -1, openRunningCosts: 0, inHouseRdCost: 5 } } },
    [
      'patternCheck.inputs.openIncome: expected a number ≥ 0, got -1',
      'patternCheck.inputs.boughtInnovationCost: missing (expected a number ≥ 0)',
    ],
  ],
  [
    'an input of another kind of check',
    { name: 'X', patternCheck: { ...freemium, inputs: { ...freemium.inputs, cpm: 2 } } },
    [
      'patternCheck.inputs.cpm: unknown field (allowed here: freeUsers, costPerFreeUser, premiumUsers, premiumPrice, costPerPremiumUser, fixedCosts)',
    ],
  ],
  [
    'an unknown kind of check',
    { name: 'X', patternCheck: { kind: 'razor', inputs: {} } },
    [
      `patternCheck.kind: expected one of ${Object.keys(CHECK_KINDS)
        .map((k) => `"${k}"`)
        .join(', ')}, got "razor"`,
    ],
  ],
  [
    'a check without inputs',
    { name: 'X', patternCheck: { kind: 'advertising' } },
    [
      'patternCheck.inputs: missing (expected an object with thousandImpressions, cpm, readersServed, costPerReader, fixedCosts)',
    ],
  ],
  [
    'a source of an unknown kind',
    { name: 'X', patternCheck: { ...freemium, sources: { freeUsers: { ref: 'stream-count', stream: 'Free' } } } },
    [
      'patternCheck.sources.freeUsers.ref: expected one of "stream-price", "stream-volume", "revenue", "unit-cost", "monthly-cost", got "stream-count"',
    ],
  ],
  [
    'a source naming its streams as text',
    { name: 'X', patternCheck: { ...freemium, sources: { premiumUsers: { ref: 'revenue', streams: 'Premium' } } } },
    ['patternCheck.sources.premiumUsers.streams: expected a list of names, got "Premium"'],
  ],
  [
    'a source for an input the check does not have',
    { name: 'X', patternCheck: { ...freemium, sources: { adRevenue: { ref: 'revenue', streams: [] } } } },
    [
      'patternCheck.sources.adRevenue: unknown field (allowed here: freeUsers, costPerFreeUser, premiumUsers, premiumPrice, costPerPremiumUser, fixedCosts)',
    ],
  ],
  [
    'a business unit with an unknown role and text for its revenue',
    { name: 'X', patternCheck: { kind: 'unbundling', units: [{ ...unit, role: 'bank', revenue: 'lots' }] } },
    [
      'patternCheck.units[0].role: expected one of "customer-relationship", "product-innovation", "infrastructure", got "bank"',
      'patternCheck.units[0].revenue: expected a number ≥ 0, got "lots"',
    ],
  ],
  [
    'a business unit without its costs',
    {
      name: 'X',
      patternCheck: {
        kind: 'unbundling',
        units: [{ name: 'A', role: 'infrastructure', streams: [], revenue: 0, cost: 0 }],
      },
    },
    ['patternCheck.units[0].costs: missing (expected a list of names)'],
  ],
  [
    'an unbundling check with inputs',
    { name: 'X', patternCheck: { ...unbundling, inputs: {} } },
    ['patternCheck.inputs: unknown field (allowed here: kind, description, units)'],
  ],
  [
    'a check that is a list',
    { name: 'X', patternCheck: [] },
    ['patternCheck: expected an object with "kind", got a list'],
  ],
  [
    'an unbundling check without units',
    { name: 'X', patternCheck: { kind: 'unbundling', units: [] } },
    [`patternCheck.units: expected a list of 1 to ${MAX_UNITS} business units, got 0`],
  ],
  [
    'an unbundling check with more units than fit beside the panel',
    {
      name: 'X',
      patternCheck: { kind: 'unbundling', units: Array.from({ length: 13 }, (_, i) => ({ ...unit, name: `U${i}` })) },
    },
    ['patternCheck.units: expected a list of 1 to 12 business units, got 13'],
  ],
  [
    'a note of 60,000 characters',
    { name: 'X', blocks: { channels: ['x'.repeat(60000)] } },
    [`blocks.channels[0]: expected text of at most ${LIMITS.textLength} characters, got 60000 characters`],
  ],
  [
    'a category longer than a category may be',
    { name: 'X', blocks: { channels: [{ text: 'Kiosk', category: 'c'.repeat(LIMITS.categoryLength + 1) }] } },
    [
      `blocks.channels[0].category: expected text of at most ${LIMITS.categoryLength} characters, got ${LIMITS.categoryLength + 1} characters`,
    ],
  ],
  [
    'a customer segment linked to a segment',
    { name: 'X', blocks: { customerSegments: [{ text: 'A', segment: 'A' }] } },
    ['blocks.customerSegments[0].segment: unknown field (allowed here: text, category)'],
  ],
  [
    'several problems at once',
    { name: 'X', revenueStreams: [{ ...stream, price: 'ten', volume: 'lots' }], costs: 'none' },
    [
      'revenueStreams[0].price: expected a number between 0 and 1,000,000,000,000, got "ten"',
      'revenueStreams[0].volume: expected a number between 0 and 1,000,000,000,000, got "lots"',
      'costs: expected a list, got "none"',
    ],
  ],
];

/** Documents the schema accepts but the validator refuses: rules across fields. */
const BEYOND_SCHEMA: [string, unknown, string[]][] = [
  [
    'churn on a volume stream',
    { name: 'X', revenueStreams: [{ ...stream, type: 'asset-sale', churn: 0.1 }] },
    [
      'revenueStreams[0].churn: churn applies only to a recurring stream: a subscription, or a stream with "recurring": true; a volume stream has none',
    ],
  ],
  [
    'churn on a subscription marked as not recurring',
    { name: 'X', revenueStreams: [{ ...stream, type: 'subscription', recurring: false, churn: 0.1 }] },
    [
      'revenueStreams[0].churn: churn applies only to a recurring stream: a subscription, or a stream with "recurring": true; a volume stream has none',
    ],
  ],
  [
    'a cost naming a stream that is not there',
    {
      name: 'X',
      revenueStreams: [stream],
      costs: [{ name: 'Milk', behavior: 'variable', per: 'unit', amount: 1, stream: 'Tea' }],
    },
    ['costs[0].stream: expected the name of a revenue stream (the streams are "Coffee"), got "Tea"'],
  ],
  [
    'two streams of the same name',
    { name: 'X', revenueStreams: [stream, { ...stream, name: 'coffee' }] },
    ['revenueStreams[1].name: expected a name no other stream has (revenueStreams[0] is named the same), got "coffee"'],
  ],
  [
    'two streams whose names differ only in trailing spaces',
    { name: 'X', revenueStreams: [stream, { ...stream, name: 'Coffee ' }] },
    ['revenueStreams[1].name: expected a name no other stream has (revenueStreams[0] is named the same), got "Coffee"'],
  ],
  [
    'a note linked to a segment that is not there',
    { name: 'X', blocks: { customerSegments: ['Commuters'], channels: [{ text: 'Kiosk', segment: 'Tourists' }] } },
    [
      'blocks.channels[0].segment: expected the name of a customer segment (the customer segments are "Commuters"), got "Tourists"',
    ],
  ],
  [
    'a stream linked to a segment when there are none',
    { name: 'X', revenueStreams: [{ ...stream, segment: 'Commuters' }] },
    [
      'revenueStreams[0].segment: expected the name of a customer segment (there are no customer segments), got "Commuters"',
    ],
  ],
];

describe('the validator', () => {
  test.each(VALID)('accepts %s', (_what, doc) => {
    const r = canvasFromDocument(doc);
    expect(r).toMatchObject({ ok: true });
  });

  test.each([...INVALID, ...BEYOND_SCHEMA])('rejects %s, naming each bad field', (_what, doc, problems) => {
    expect(canvasFromDocument(doc)).toEqual({ ok: false, problems });
  });

  test('keeps a stream’s own growth and churn, a recurring override and a start month', () => {
    const doc = {
      name: 'X',
      revenueStreams: [
        { ...stream, type: 'usage-fee', recurring: true, growth: 0.1, churn: 0.05 },
        { ...stream, name: 'Kits', type: 'asset-sale', growth: 0.02 },
      ],
      costs: [{ name: 'Hire', behavior: 'fixed', amount: 4000, startMonth: 7 }],
    };
    const read = canvasFromDocument(doc);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.canvas.revenueStreams).toEqual(doc.revenueStreams);
    expect(read.canvas.costs).toEqual(doc.costs);
  });

  test('fills what a document leaves out', () => {
    const r = canvasFromDocument({
      name: 'Blank',
      revenueStreams: [{ name: 'A', type: 'advertising' }],
      costs: [{ name: 'R', behavior: 'fixed' }],
    });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.canvas.currency).toBe('USD');
    expect(Object.keys(r.canvas.blocks)).toEqual([...NOTE_BLOCK_IDS]);
    expect(r.canvas.revenueStreams).toEqual([{ name: 'A', type: 'advertising', price: null, volume: null }]);
    expect(r.canvas.costs).toEqual([{ name: 'R', behavior: 'fixed', amount: null }]);
    expect(r.canvas.assumptions).toBeUndefined();
  });

  test('gives a check without a description its kind’s own wording, and keeps the sources it is given', () => {
    const r = canvasFromDocument(VALID.find(([what]) => what === 'a check without description or sources')?.[1]);
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.canvas.patternCheck).toEqual({
      kind: 'open',
      description: CHECK_KINDS.open.description,
      inputs: { openIncome: 1, openRunningCosts: 0, inHouseRdCost: 5, boughtInnovationCost: 2 },
      sources: {},
    });
    const withSources = canvasFromDocument({ name: 'X', patternCheck: freemium });
    expect(withSources).toMatchObject({ ok: true, canvas: { patternCheck: freemium } });
  });

  test('trims names and notes, and keeps the limit on the trimmed text', () => {
    const r = canvasFromDocument({
      name: '  Cafe ',
      blocks: {
        customerSegments: [' Commuters '],
        channels: [{ text: ` ${'x'.repeat(LIMITS.textLength)} `, segment: 'Commuters ' }],
      },
      revenueStreams: [{ ...stream, name: ' Coffee' }],
      costs: [{ name: 'Cups ', behavior: 'variable', per: 'unit', amount: 0.1, stream: 'Coffee ' }],
    });
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.canvas.name).toBe('Cafe');
    expect(r.canvas.blocks.customerSegments).toEqual([{ text: 'Commuters' }]);
    expect(r.canvas.blocks.channels).toEqual([{ text: 'x'.repeat(LIMITS.textLength), segment: 'Commuters' }]);
    expect(r.canvas.revenueStreams[0].name).toBe('Coffee');
    expect(r.canvas.costs[0]).toEqual({
      name: 'Cups',
      behavior: 'variable',
      per: 'unit',
      amount: 0.1,
      stream: 'Coffee',
    });
  });

  test('says plainly when the text is not JSON', () => {
    const r = parseCanvasJson('{"name": "X",');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatch(/^The text is not valid JSON \(.+\)\.$/);
  });
});

describe('the published schema', () => {
  test.each(VALID)('accepts %s', (_what, doc) => {
    expect(schemaErrors(schema, doc)).toEqual([]);
  });
  test.each(INVALID)('rejects %s', (_what, doc) => {
    expect(schemaErrors(schema, doc).length).toBeGreaterThan(0);
  });
  test.each(BEYOND_SCHEMA)('accepts %s, which only the validator can refuse', (_what, doc) => {
    expect(schemaErrors(schema, doc)).toEqual([]);
  });
  test.each(KPI_CASES.map((c) => c.fixture))('accepts the fixture %s', (fixture) => {
    const doc = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', `${fixture}.json`), 'utf8'));
    expect(schemaErrors(schema, doc)).toEqual([]);
  });
});

describe('writing JSON', () => {
  test('a canvas written and parsed again is the same canvas', () => {
    for (const { fixture } of KPI_CASES) {
      const canvas = loadFixture(fixture);
      const again = parseCanvasJson(canvasToJson(canvas));
      expect(again).toEqual({ ok: true, canvas });
    }
  });

  test('items without category or segment are written as plain strings, and the output meets the schema', () => {
    const r = canvasFromDocument(VALID[1][1]);
    if (!r.ok) throw new Error('fixture');
    const doc = JSON.parse(canvasToJson(r.canvas));
    expect(doc.blocks.customerSegments).toEqual(['Commuters', { text: 'Students', category: 'niche market' }]);
    expect(schemaErrors(schema, doc)).toEqual([]);
  });

  test.each(listTemplates().map((t) => t.id))(
    'the template %s round-trips, pattern check and all, and meets the schema',
    (id) => {
      const canvas = templateCanvas(id);
      if (canvas === undefined) throw new Error(`no template ${id}`);
      expect(canvas.patternCheck).toBeDefined();
      const text = canvasToJson(canvas);
      expect(parseCanvasJson(text)).toEqual({ ok: true, canvas });
      expect(schemaErrors(schema, JSON.parse(text))).toEqual([]);
    },
  );

  test('round-trips any text', () => {
    const text = fc.string({ minLength: 1 }).filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(text, text, fc.double({ min: 0, max: DRIVER_MAX.price, noNaN: true }), (name, item, price) => {
        const canvas = canvasFromDocument({
          name,
          blocks: { channels: [item] },
          revenueStreams: [{ name, type: 'usage-fee', price, volume: 1 }],
        });
        if (!canvas.ok) throw new Error(canvas.problems.join('\n'));
        expect(parseCanvasJson(canvasToJson(canvas.canvas))).toEqual(canvas);
      }),
    );
  });
});

describe('what-if scenarios in the document', () => {
  const schema = JSON.parse(readFileSync(join(__dirname, '../../docs/canvas.schema.json'), 'utf8'));
  const withScenarios = (scenarios: unknown) => ({ name: 'S', assumptions: { churn: 0.02, scenarios } });
  const good = {
    active: 'Rainy day',
    list: [
      { name: 'Base', multipliers: { price: 1, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 } },
      { name: 'Rainy day', multipliers: { volume: 0.7, churn: 1.5 } },
    ],
  };

  test('are read, with a driver left out taken as 1, and written back', () => {
    const r = parseCanvasJson(JSON.stringify(withScenarios(good)));
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.canvas.assumptions?.scenarios).toEqual({
      active: 'Rainy day',
      list: [
        { name: 'Base', multipliers: { price: 1, volume: 1, variableCost: 1, fixedCost: 1, growth: 1, churn: 1 } },
        {
          name: 'Rainy day',
          multipliers: { price: 1, volume: 0.7, variableCost: 1, fixedCost: 1, growth: 1, churn: 1.5 },
        },
      ],
    });
    const again = parseCanvasJson(canvasToJson(r.canvas));
    expect(again.ok && again.canvas).toEqual(r.canvas);
    expect(schemaErrors(schema, withScenarios(good))).toEqual([]);
  });

  test('bad ones are named field by field', () => {
    const bad = { active: 'Sunny', list: [{ name: 'Base', multipliers: { price: 'double', speed: 2 } }] };
    const r = parseCanvasJson(JSON.stringify(withScenarios(bad)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'assumptions.scenarios.list[0].multipliers.speed: unknown field (allowed here: price, volume, variableCost, fixedCost, growth, churn)',
      'assumptions.scenarios.list[0].multipliers.price: expected a number between 0 and 100, got "double"',
    ]);
    expect(schemaErrors(schema, withScenarios(bad)).length).toBeGreaterThan(0);
  });

  test('the active one is one of the list, and no two share a name, capitals or spaces aside', () => {
    const base = good.list[0];
    expect(parseCanvasJson(JSON.stringify(withScenarios({ active: 'Sunny', list: [base] })))).toEqual({
      ok: false,
      problems: [
        'assumptions.scenarios.active: expected the name of a scenario (the scenarios are "Base"), got "Sunny"',
      ],
    });
    expect(
      parseCanvasJson(JSON.stringify(withScenarios({ active: 'Base', list: [base, { ...base, name: ' base ' }] }))),
    ).toEqual({
      ok: false,
      problems: [
        'assumptions.scenarios.list[1].name: expected a name no other scenario has (assumptions.scenarios.list[0] is named the same), got "base"',
      ],
    });
  });
});

describe('what-if inputs in the document', () => {
  const withWhatIf = (whatIf: unknown) => ({ name: 'W', assumptions: { churn: 0.02, whatIf } });

  test('are read, with a field left out taken as its default, and written back', () => {
    const given = { targetProfit: 1200, tornadoSwing: 0.25 };
    const r = parseCanvasJson(JSON.stringify(withWhatIf(given)));
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.canvas.assumptions?.whatIf).toEqual({
      targetProfit: 1200,
      sensitivitySteps: [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3],
      tornadoSwing: 0.25,
    });
    const written = JSON.parse(canvasToJson(r.canvas));
    expect(written.assumptions.whatIf).toEqual({
      targetProfit: 1200,
      sensitivitySteps: [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3],
      tornadoSwing: 0.25,
    });
    const again = parseCanvasJson(canvasToJson(r.canvas));
    expect(again.ok && again.canvas).toEqual(r.canvas);
    expect(schemaErrors(schema, withWhatIf(given))).toEqual([]);
    expect(schemaErrors(schema, written)).toEqual([]);
  });

  test('bad ones are named field by field', () => {
    const bad = {
      targetProfit: 'lots',
      sensitivitySteps: [-0.3, -0.2, -1.5, 0, 0.1, 0.2, 0.3],
      tornadoSwing: 2,
      speed: 1,
    };
    const r = parseCanvasJson(JSON.stringify(withWhatIf(bad)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'assumptions.whatIf.speed: unknown field (allowed here: targetProfit, sensitivitySteps, tornadoSwing)',
      'assumptions.whatIf.targetProfit: expected a number between 0 and 1,000,000,000,000, got "lots"',
      'assumptions.whatIf.sensitivitySteps[2]: expected a number between -1 and 100, got -1.5',
      'assumptions.whatIf.tornadoSwing: expected a share between 0 and 1, got 2 (did you mean 2 %, that is 0.02?)',
    ]);
    expect(schemaErrors(schema, withWhatIf(bad)).length).toBeGreaterThan(0);
  });

  test('steps that do not fill the grid are refused by the validator', () => {
    const r = parseCanvasJson(JSON.stringify(withWhatIf({ sensitivitySteps: [-0.1, 0, 0.1] })));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(['assumptions.whatIf.sensitivitySteps: expected a list of 7 numbers, got 3']);
  });
});
