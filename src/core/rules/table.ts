/**
 * The rules for everything a user can hand the add-on: the notes, revenue streams, costs,
 * assumptions, scenarios and what-if inputs of a canvas, and the requests of the sidebar's
 * what-if panel and template gallery. The JSON import, the sidebar's edit requests, the what-if
 * and template requests and the sidebar's own fields all check through this table, and
 * docs/canvas.schema.json is written from it (`npm run schema`).
 */
import { ASSUMPTION_BOUNDS, ASSUMPTION_KEYS, AssumptionKey, SIDEBAR_ASSUMPTION_KEYS } from '../finance/assumptions';
import { SHARE_PRICE_TYPES, STREAM_TYPE_IDS } from '../finance/catalogue';
import { PROJECTION_MONTHS } from '../finance/layout';
import { NOTE_BLOCK_IDS, NoteBlockId } from '../model';
import { CHECK_KINDS } from '../patterns/check-kinds';
import { listTemplates } from '../patterns/registry';
import { MAX_UNITS } from '../patterns/sheet/check-layout';
import { CheckKind, NumericCheckKind } from '../patterns/types';
import { DEFAULT_WHAT_IF_INPUTS, MIN_SENSITIVITY_STEP } from '../whatif/inputs';
import { DRIVER_KEYS, DriverKey, SCENARIO_COLUMNS } from '../whatif/scenarios';
import { DRIVER_MAX } from './bounds';
import { ChoiceRule, ListRule, NumberRule, RecordRule, Rule, TextRule, VariantsRule } from './rule';

const name = (description?: string): TextRule => ({
  type: 'text',
  required: true,
  trim: true,
  maxLength: 'textLength',
  description,
});
const optionalName = (refersTo: TextRule['refersTo'], description: string): TextRule => ({
  type: 'text',
  required: false,
  trim: true,
  maxLength: 'textLength',
  refersTo,
  description,
});
const amount = (max: number, description?: string): NumberRule => ({
  type: 'number',
  min: 0,
  max,
  required: false,
  nullable: true,
  description,
});
const only = (value: string): ChoiceRule => ({ type: 'choice', values: [value], required: true });

/** A sheet's name, as the sidebar last saw it: taken exactly as it is, spaces and all. */
export const SHEET_NAME: TextRule = {
  type: 'text',
  required: true,
  trim: false,
  maxLength: 'sheetNameLength',
  description: 'The name of a canvas sheet.',
};

/** A required whole number ≥ 0, such as a position in a list or a sheet's id. */
export const wholeNumber = (expected: string): NumberRule => ({
  type: 'number',
  min: 0,
  max: null,
  integer: true,
  required: true,
  nullable: false,
  expected,
});

/** Which canvas a request is about (`CanvasRef` in ../api.ts): its sheet's id, its marker's prefix, the name last seen. */
export const CANVAS_SHEET: RecordRule = {
  type: 'record',
  required: true,
  fields: {
    sheetId: wholeNumber("a sheet's id"),
    prefix: { type: 'text', required: true, trim: false, maxLength: 'sheetNameLength' },
    sheetName: SHEET_NAME,
  },
  description: 'A canvas sheet: its id, the prefix of its marker and its name as last seen.',
};

const noteFields = {
  text: { type: 'text', required: true, trim: true, maxLength: 'textLength' },
  category: {
    type: 'text',
    required: false,
    trim: true,
    maxLength: 'categoryLength',
    description: 'One of the block’s categories, or your own.',
  },
} as const satisfies Record<string, Rule>;

/** A note of a block other than Customer Segments: it may belong to a customer segment. */
export const NOTE: RecordRule = {
  type: 'record',
  name: 'note',
  required: true,
  shorthand: 'text',
  description: 'A note: its text alone, or an object with its text, category and customer segment.',
  fields: {
    ...noteFields,
    segment: optionalName('segment', 'The customer segment the note belongs to (it takes its colour).'),
  },
};

/** A customer segment: the segment itself, so it belongs to no other. */
export const SEGMENT: RecordRule = {
  type: 'record',
  name: 'segment',
  required: true,
  shorthand: 'text',
  description: 'A customer segment: its text alone, or an object with its text and category.',
  fields: noteFields,
};

const notes = (of: RecordRule): ListRule => ({ type: 'list', of, required: false });

export const BLOCKS: RecordRule = {
  type: 'record',
  required: false,
  description: 'The seven note blocks. A missing block is empty.',
  fields: Object.fromEntries(
    NOTE_BLOCK_IDS.map((id: NoteBlockId) => [id, notes(id === 'customerSegments' ? SEGMENT : NOTE)]),
  ),
};

/** A share from 0 to 1, typed and shown as a percent (see `NumberRule.percent`). */
const share = (description: string): NumberRule => ({
  type: 'number',
  min: 0,
  max: 1,
  required: false,
  nullable: true,
  percent: true,
  description,
});

const streamFields = {
  name: name(),
  segment: optionalName('segment', 'The customer segment the stream earns from.'),
} as const satisfies Record<string, Rule>;

/** What a stream may set for itself: whether it recurs, its own growth and (when recurring) churn. */
const ownFields = {
  recurring: {
    type: 'boolean',
    required: false,
    description:
      'Whether the stream keeps customers month to month (churn applies, new customers cost the CAC) or counts a volume of sales afresh each month. Left out: true for a subscription, false for any other type.',
  },
  growth: {
    type: 'number',
    min: ASSUMPTION_BOUNDS.growth.min,
    max: ASSUMPTION_BOUNDS.growth.max,
    required: false,
    nullable: false,
    percent: true,
    description: 'This stream’s own monthly growth (0.05 = 5 %). Left out: the canvas’s growth.',
  },
  churn: {
    type: 'number',
    min: ASSUMPTION_BOUNDS.churn.min,
    max: ASSUMPTION_BOUNDS.churn.max,
    required: false,
    nullable: false,
    percent: true,
    description:
      'This recurring stream’s own monthly churn, 0..1. Left out: the canvas’s churn. Refused on a volume stream.',
  },
} as const satisfies Record<string, Rule>;

/** Churn belongs to a recurring stream only. */
const churnOnlyIfRecurring = {
  churn: {
    when: [{ recurring: true }, { recurring: null, type: 'subscription' }],
    message:
      'churn applies only to a recurring stream: a subscription, or a stream with "recurring": true; a volume stream has none',
  },
} as const;

/** A revenue stream: a brokerage stream's price is a take rate (a share), every other's an amount per unit. */
export const STREAM: VariantsRule = {
  type: 'variants',
  name: 'revenueStream',
  required: true,
  keys: ['type'],
  description: 'Monthly revenue = price × volume.',
  options: [
    {
      type: 'record',
      required: true,
      description: 'A stream whose price is an amount per unit of volume.',
      fields: {
        name: streamFields.name,
        type: {
          type: 'choice',
          values: STREAM_TYPE_IDS.filter((t) => !SHARE_PRICE_TYPES.includes(t)),
          required: true,
          description: 'What the price and volume mean (the sidebar’s stream types).',
        },
        segment: streamFields.segment,
        price: amount(DRIVER_MAX.price, 'The price of one unit of volume.'),
        volume: amount(DRIVER_MAX.volume, 'Units per month: customers, units or thousand impressions, by type.'),
        ...ownFields,
      },
      onlyIf: churnOnlyIfRecurring,
    },
    {
      type: 'record',
      required: true,
      description: 'A brokerage stream: a take rate of the money transacted.',
      fields: {
        name: streamFields.name,
        type: { type: 'choice', values: SHARE_PRICE_TYPES, required: true },
        segment: streamFields.segment,
        price: share('The take rate: the share of the money transacted the stream keeps (0.12 = 12 %).'),
        volume: amount(DRIVER_MAX.volume, 'Money transacted per month.'),
        ...ownFields,
      },
      onlyIf: churnOnlyIfRecurring,
    },
  ],
};

const costName = name();

/** A cost, in one of three shapes: fixed, variable per unit sold, or a share of revenue. */
export const COST: VariantsRule = {
  type: 'variants',
  name: 'cost',
  required: true,
  keys: ['behavior', 'per'],
  options: [
    {
      type: 'record',
      required: true,
      description: 'A fixed cost: amount per month, from its start month on.',
      fields: {
        name: costName,
        behavior: only('fixed'),
        amount: amount(DRIVER_MAX.amount),
        startMonth: {
          type: 'number',
          min: 1,
          max: PROJECTION_MONTHS,
          integer: true,
          required: false,
          nullable: false,
          expected: `a whole month from 1 to ${PROJECTION_MONTHS}`,
          description: `The first month (1..${PROJECTION_MONTHS}) the cost is paid; 0 before it. Left out: month 1. A hiring plan is fixed costs with start months.`,
        },
      },
    },
    {
      type: 'record',
      required: true,
      description:
        'A variable cost per unit: amount × the volume of the named stream, or of every stream when none is named.',
      fields: {
        name: costName,
        behavior: only('variable'),
        per: only('unit'),
        amount: amount(DRIVER_MAX.amount),
        stream: optionalName('stream', 'The revenue stream whose volume the cost follows.'),
      },
    },
    {
      type: 'record',
      required: true,
      description: 'A variable cost as a share (0..1) of total revenue.',
      fields: {
        name: costName,
        behavior: only('variable'),
        per: only('revenue'),
        amount: share('The share of revenue the cost takes (0.05 = 5 %).'),
      },
    },
  ],
};

const SCENARIO_NAME: TextRule = { type: 'text', required: true, trim: true, maxLength: 'scenarioNameLength' };

const multiplier = (key: DriverKey): NumberRule => ({
  type: 'number',
  min: 0,
  max: DRIVER_MAX.multiplier,
  default: 1,
  required: false,
  nullable: false,
  description: `Multiplies ${key}.`,
});

export const MULTIPLIERS: RecordRule = {
  type: 'record',
  required: true,
  description: `Multipliers from 0 to ${DRIVER_MAX.multiplier}; a driver left out is 1.`,
  fields: Object.fromEntries(DRIVER_KEYS.map((k) => [k, multiplier(k)])),
};

export const SCENARIO: RecordRule = {
  type: 'record',
  required: true,
  fields: { name: SCENARIO_NAME, multipliers: MULTIPLIERS },
};

export const SCENARIOS: RecordRule = {
  type: 'record',
  required: false,
  description:
    'What-if scenarios: each multiplies the six drivers; the figures on the sheet follow the active one. Default: Base, Upside and Downside, Base active.',
  fields: {
    active: {
      ...SCENARIO_NAME,
      refersTo: 'scenario',
      description: 'The name of the scenario the figures follow; one of the list’s names.',
    },
    list: {
      type: 'list',
      of: SCENARIO,
      required: true,
      minItems: 1,
      maxItems: SCENARIO_COLUMNS,
      noun: 'scenarios',
      unique: { field: 'name', noun: 'scenario' },
      description: `One to ${SCENARIO_COLUMNS} scenarios, in column order.`,
    },
  },
};

const d = DEFAULT_WHAT_IF_INPUTS;

export const WHAT_IF_INPUTS: RecordRule = {
  type: 'record',
  required: false,
  description: 'The what-if block’s own inputs; a field left out takes its default.',
  fields: {
    targetProfit: {
      type: 'number',
      min: 0,
      max: DRIVER_MAX.targetProfit,
      default: d.targetProfit,
      required: false,
      nullable: false,
      description: 'The monthly operating profit the goal seek aims at.',
    },
    sensitivitySteps: {
      type: 'list',
      of: { type: 'number', min: MIN_SENSITIVITY_STEP, max: DRIVER_MAX.multiplier, required: true, nullable: false },
      required: false,
      default: d.sensitivitySteps,
      // The grid on the sheet has a fixed size, so the list must fill it exactly.
      minItems: d.sensitivitySteps.length,
      maxItems: d.sensitivitySteps.length,
      noun: 'numbers',
      description: `Changes along both axes of the sensitivity grid (price across, volume down), each from -1 to ${DRIVER_MAX.multiplier}: 0.1 is 10 % more.`,
    },
    tornadoSwing: {
      type: 'number',
      min: 0,
      max: 1,
      percent: true,
      default: d.tornadoSwing,
      required: false,
      nullable: false,
      description: 'How far the tornado moves each driver, up and down: 0.1 is ±10 %.',
    },
  },
};

/** The assumptions that are shares: typed and shown as percents. */
export const PERCENT_ASSUMPTIONS: readonly AssumptionKey[] = ['growth', 'churn', 'discountRate'];

const ASSUMPTION_WORDS: Record<AssumptionKey, string> = {
  growth: 'Monthly growth of every stream’s volume (0.05 = 5 %). Default 0.',
  churn: 'Share of customers lost each month. Default 0.',
  acquisitionCost: 'Acquisition cost per new customer (CAC). Default 0.',
  initialInvestment: 'Cash spent before month 1. Default 0.',
  startingCash: 'Cash at hand before month 1, before the initial investment is spent. Default 0.',
  discountRate: 'Annual discount rate for the NPV. Default 0.1.',
  ltvCacBar: 'The LTV:CAC a healthy model reaches. Default 3.',
};

export const ASSUMPTIONS: RecordRule = {
  type: 'record',
  required: false,
  description: 'Inputs of the viability panel; any left out take their default.',
  fields: {
    ...Object.fromEntries(
      ASSUMPTION_KEYS.map((k): [string, NumberRule] => [
        k,
        {
          type: 'number',
          ...ASSUMPTION_BOUNDS[k],
          required: false,
          nullable: false,
          percent: PERCENT_ASSUMPTIONS.includes(k) || undefined,
          description: ASSUMPTION_WORDS[k],
        },
      ]),
    ),
    scenarios: SCENARIOS,
    whatIf: WHAT_IF_INPUTS,
  },
};

const count = (description: string): NumberRule => ({
  type: 'number',
  min: 0,
  max: null,
  required: true,
  nullable: false,
  description,
});
const NAMES: ListRule = {
  type: 'list',
  of: name(),
  required: true,
  noun: 'names',
  description: 'Names of revenue streams or costs, as on the canvas.',
};

/** Where a check input lives on the canvas; its cell then reads the canvas instead of a typed number. */
export const CANVAS_REF: VariantsRule = {
  type: 'variants',
  name: 'canvasRef',
  required: false,
  keys: ['ref'],
  description:
    'Where a check input lives on the canvas; its cell then reads the canvas instead of a typed number. A name the canvas does not have leaves the input typed.',
  options: [
    {
      type: 'record',
      required: true,
      description: 'The price of the named stream.',
      fields: { ref: only('stream-price'), stream: name() },
    },
    {
      type: 'record',
      required: true,
      description: 'The monthly volume of the named stream.',
      fields: { ref: only('stream-volume'), stream: name() },
    },
    {
      type: 'record',
      required: true,
      description: 'The monthly revenue of the named streams, summed.',
      fields: { ref: only('revenue'), streams: NAMES },
    },
    {
      type: 'record',
      required: true,
      description: 'The per-unit amounts of the named variable costs, summed.',
      fields: { ref: only('unit-cost'), costs: NAMES },
    },
    {
      type: 'record',
      required: true,
      description: 'What the named costs come to in a month, summed.',
      fields: { ref: only('monthly-cost'), costs: NAMES },
    },
  ],
};

const BUSINESS_UNIT: RecordRule = {
  type: 'record',
  name: 'businessUnit',
  required: true,
  description: 'One business of an unbundled firm.',
  fields: {
    name: name(),
    role: { type: 'choice', values: ['customer-relationship', 'product-innovation', 'infrastructure'], required: true },
    streams: { ...NAMES, description: 'The unit’s revenue streams.' },
    costs: { ...NAMES, description: 'The unit’s costs.' },
    revenue: count('Monthly revenue of its streams (used when they are not on the canvas).'),
    cost: count('Monthly total of its costs (used when they are not on the canvas).'),
  },
};

const checkDescription: TextRule = {
  ...name(),
  required: false,
  description: 'The test in words; the kind’s own wording when left out.',
};

function numericCheck(kind: NumericCheckKind): RecordRule {
  const inputs = CHECK_KINDS[kind].inputs;
  const keys = inputs.map((i) => i.key as string);
  return {
    type: 'record',
    required: true,
    description: `${CHECK_KINDS[kind].title}: ${CHECK_KINDS[kind].description}`,
    fields: {
      kind: only(kind),
      description: checkDescription,
      inputs: {
        type: 'record',
        required: true,
        expected: `an object with ${keys.join(', ')}`,
        fields: Object.fromEntries(inputs.map((i) => [i.key, count(`${i.label}.`)])),
      },
      sources: {
        type: 'record',
        required: false,
        description: 'Inputs read from the canvas, by input name.',
        fields: Object.fromEntries(keys.map((k) => [k, CANVAS_REF])),
      },
    },
  };
}

/** The pattern's viability check: its kind decides which inputs (or business units) it holds. */
export const PATTERN_CHECK: VariantsRule = {
  type: 'variants',
  name: 'patternCheck',
  required: false,
  keys: ['kind'],
  description:
    'The pattern’s viability test, laid out as live formulas beside the viability panel (templates carry one).',
  options: (Object.keys(CHECK_KINDS) as CheckKind[]).map(
    (kind): RecordRule =>
      kind === 'unbundling'
        ? {
            type: 'record',
            required: true,
            description: `${CHECK_KINDS.unbundling.title}: ${CHECK_KINDS.unbundling.description}`,
            fields: {
              kind: only('unbundling'),
              description: checkDescription,
              // The units sit beside the panel, which has room for MAX_UNITS of them.
              units: {
                type: 'list',
                of: BUSINESS_UNIT,
                required: true,
                minItems: 1,
                maxItems: MAX_UNITS,
                noun: 'business units',
              },
            },
          }
        : numericCheck(kind),
  ),
};

/** The canvas as a JSON document. */
export const CANVAS: RecordRule = {
  type: 'record',
  required: true,
  fields: {
    $schema: {
      type: 'text',
      required: false,
      trim: false,
      maxLength: 'textLength',
      description: 'Where this schema lives, for editors that read it.',
    },
    name: {
      type: 'text',
      required: true,
      trim: true,
      maxLength: 'canvasNameLength',
      description: 'The canvas name; it also names the sheet.',
    },
    currency: {
      type: 'pattern',
      pattern: '^[A-Z]{3}$',
      expected: 'a three-letter currency code such as "USD"',
      default: 'USD',
      description: 'ISO 4217 code of the amounts, e.g. USD. Default USD.',
    },
    blocks: BLOCKS,
    revenueStreams: { type: 'list', of: STREAM, required: false, unique: { field: 'name', noun: 'stream' } },
    costs: { type: 'list', of: COST, required: false },
    assumptions: ASSUMPTIONS,
    patternCheck: PATTERN_CHECK,
  },
};

/** The assumptions the sidebar's Assumptions step sends: any of them, each by its rule above. */
export const SIDEBAR_ASSUMPTIONS: RecordRule = {
  type: 'record',
  required: true,
  fields: Object.fromEntries(SIDEBAR_ASSUMPTION_KEYS.map((k) => [k, ASSUMPTIONS.fields[k]])),
};

/** What the sidebar's Assumptions step sends. */
export const ASSUMPTIONS_REQUEST: RecordRule = {
  type: 'record',
  required: true,
  fields: { canvas: CANVAS_SHEET, values: SIDEBAR_ASSUMPTIONS },
};

/** What the sidebar's What-if panel sends. */
export const WHAT_IF_REQUEST: RecordRule = {
  type: 'record',
  required: true,
  fields: {
    canvas: CANVAS_SHEET,
    scenario: SCENARIO,
    keep: { type: 'boolean' },
    keepAs: {
      type: 'choice',
      values: ['new', 'replace'],
      required: false,
      description: 'How a kept scenario is written: "new" in a free column, "replace" over the one of its name.',
    },
  },
};

const TEMPLATE_IDS = listTemplates().map((t) => t.id);

const TEMPLATE_ID: ChoiceRule = {
  type: 'choice',
  values: TEMPLATE_IDS,
  required: true,
  expected: `the id of a template (${TEMPLATE_IDS.join(', ')})`,
  description: 'The id of a template, as the gallery lists it.',
};

/** What the template gallery sends: a new canvas from a template, a template added to a canvas, the hints for one. */
export const TEMPLATE_REQUESTS = {
  newCanvas: { type: 'record', required: true, fields: { id: TEMPLATE_ID } },
  addToCanvas: {
    type: 'record',
    required: true,
    fields: {
      canvas: CANVAS_SHEET,
      id: TEMPLATE_ID,
      mode: { type: 'choice', values: ['preview', 'add'], required: false },
      parts: {
        type: 'record',
        required: false,
        fields: {
          patternCheck: { type: 'boolean' },
          notes: { type: 'boolean' },
          streams: { type: 'boolean' },
          costs: { type: 'boolean' },
        },
      },
    },
  },
  hints: { type: 'record', required: true, fields: { canvas: CANVAS_SHEET } },
  /** What one "Add to this canvas" added, sent back to take it away: each entry by its block's rule. */
  undo: {
    type: 'record',
    required: true,
    fields: {
      canvas: CANVAS_SHEET,
      undo: {
        type: 'record',
        required: true,
        fields: {
          notes: {
            type: 'list',
            required: true,
            of: {
              type: 'record',
              required: true,
              fields: { block: { type: 'choice', values: NOTE_BLOCK_IDS, required: true }, item: NOTE },
            },
          },
          streams: { type: 'list', required: true, of: STREAM },
          costs: { type: 'list', required: true, of: COST },
          patternCheck: { type: 'boolean' },
        },
      },
    },
  },
} as const satisfies Record<string, RecordRule>;
