import { BlockId } from './model';

/**
 * The nine building blocks as data. Descriptions and hints are our own words; the questions are
 * quoted from the canvas (see LICENCE_LINE).
 */
export interface BlockInfo {
  id: BlockId;
  title: string;
  /** Short code used in named ranges and compact views, e.g. "KP", "R$" → "RS". */
  code: string;
  /** Position in guided entry (the order in which a model's story is usually told), 1-based. */
  guidedOrder: number;
  area: 'customers' | 'offer' | 'infrastructure' | 'finance';
  /** One line shown under the title on the sheet. */
  hint: string;
  /** A few sentences for the sidebar. */
  description: string;
  /** The canvas's guiding questions. */
  questions: string[];
  /** Categories an item may carry, as the book names them. */
  categories: string[];
  /** Background colour of the block on the sheet. */
  color: string;
}

export const LICENCE_LINE =
  'The Business Model Canvas is by Strategyzer AG (strategyzer.com) and is licensed CC BY-SA 3.0.';

export const BLOCKS: readonly BlockInfo[] = [
  {
    id: 'customerSegments',
    title: 'Customer Segments',
    code: 'CS',
    guidedOrder: 1,
    area: 'customers',
    hint: 'Who you serve: the groups whose needs the model is built around.',
    description:
      'List the groups of people or organisations you serve. Groups count as separate segments when they need a different offer, are reached through different channels, expect a different relationship, or pay in a different way. Each segment gets its own colour, which follows it across the canvas.',
    questions: ['For whom are we creating value?', 'Who are our most important customers?'],
    categories: ['Mass market', 'Niche market', 'Segmented', 'Diversified', 'Multi-sided platform'],
    color: '#e6f4ea',
  },
  {
    id: 'valuePropositions',
    title: 'Value Propositions',
    code: 'VP',
    guidedOrder: 2,
    area: 'offer',
    hint: 'What you offer each segment, and why they would choose it.',
    description:
      'Describe the products and services that solve a problem or meet a need for a segment. Link each one to the segment it is for, so the reader can follow that segment from the offer to the money.',
    questions: [
      'What value do we deliver to the customer?',
      "Which one of our customer's problems are we helping to solve?",
      'What bundles of products and services are we offering to each Customer Segment?',
      'Which customer needs are we satisfying?',
    ],
    categories: [
      'Newness',
      'Performance',
      'Customization',
      'Getting the job done',
      'Design',
      'Brand / status',
      'Price',
      'Cost reduction',
      'Risk reduction',
      'Accessibility',
      'Convenience / usability',
    ],
    color: '#fff4d6',
  },
  {
    id: 'channels',
    title: 'Channels',
    code: 'CH',
    guidedOrder: 3,
    area: 'customers',
    hint: 'How each segment hears of, buys and receives the offer.',
    description:
      "Note the routes by which segments learn about the offer, judge it, buy it, receive it and get help afterwards. Say whether each route is your own or a partner's, direct or indirect.",
    questions: [
      'Through which Channels do our Customer Segments want to be reached?',
      'How are we reaching them now?',
      'How are our Channels integrated?',
      'Which ones work best?',
      'Which ones are most cost-efficient?',
      'How are we integrating them with customer routines?',
    ],
    categories: [
      'Awareness',
      'Evaluation',
      'Purchase',
      'Delivery',
      'After sales',
      'Own',
      'Partner',
      'Direct',
      'Indirect',
    ],
    color: '#e6f4ea',
  },
  {
    id: 'customerRelationships',
    title: 'Customer Relationships',
    code: 'CR',
    guidedOrder: 4,
    area: 'customers',
    hint: 'The kind of relationship each segment expects, and what it is for.',
    description:
      'Describe the relationship you keep with each segment, from personal help to self-service, and what drives it: winning customers, keeping them, or selling them more.',
    questions: [
      'What type of relationship does each of our Customer Segments expect us to establish and maintain with them?',
      'Which ones have we established?',
      'How are they integrated with the rest of our business model?',
      'How costly are they?',
    ],
    categories: [
      'Personal assistance',
      'Dedicated personal assistance',
      'Self-service',
      'Automated services',
      'Communities',
      'Co-creation',
      'Acquisition',
      'Retention',
      'Upselling',
    ],
    color: '#e6f4ea',
  },
  {
    id: 'revenueStreams',
    title: 'Revenue Streams',
    code: 'RS',
    guidedOrder: 5,
    area: 'finance',
    hint: 'The money each segment pays: price × volume per month, per stream.',
    description:
      'Enter each way the business earns money, with its type, the segment that pays, a price and a monthly volume. The sheet multiplies them out and totals them live.',
    questions: [
      'For what value are our customers really willing to pay?',
      'For what do they currently pay?',
      'How are they currently paying?',
      'How would they prefer to pay?',
      'How much does each Revenue Stream contribute to overall revenues?',
    ],
    categories: [
      'Asset sale',
      'Usage fee',
      'Subscription fees',
      'Lending / renting / leasing',
      'Licensing',
      'Brokerage fees',
      'Advertising',
    ],
    color: '#e3f2fd',
  },
  {
    id: 'keyResources',
    title: 'Key Resources',
    code: 'KR',
    guidedOrder: 6,
    area: 'infrastructure',
    hint: 'The assets the model cannot work without.',
    description:
      'List the assets that make the offer, the channels and the relationships possible: physical things, know-how and rights, people, and money.',
    questions: [
      'What Key Resources do our Value Propositions require?',
      'Our Distribution Channels?',
      'Customer Relationships?',
      'Revenue Streams?',
    ],
    categories: ['Physical', 'Intellectual', 'Human', 'Financial'],
    color: '#ede7f6',
  },
  {
    id: 'keyActivities',
    title: 'Key Activities',
    code: 'KA',
    guidedOrder: 7,
    area: 'infrastructure',
    hint: 'What the business must do well for the model to work.',
    description:
      'Name the few things the business has to do, and do well, to deliver its offer and keep its customers: making things, solving problems, or running a platform.',
    questions: [
      'What Key Activities do our Value Propositions require?',
      'Our Distribution Channels?',
      'Customer Relationships?',
      'Revenue streams?',
    ],
    categories: ['Production', 'Problem solving', 'Platform / network'],
    color: '#ede7f6',
  },
  {
    id: 'keyPartners',
    title: 'Key Partners',
    code: 'KP',
    guidedOrder: 8,
    area: 'infrastructure',
    hint: 'Who you rely on outside the business, and for what.',
    description:
      'List the suppliers and partners the model depends on, and why: to work more cheaply, to share risk, or to get resources and activities you do not have.',
    questions: [
      'Who are our Key Partners?',
      'Who are our key suppliers?',
      'Which Key Resources are we acquiring from partners?',
      'Which Key Activities do partners perform?',
    ],
    categories: [
      'Strategic alliance',
      'Coopetition',
      'Joint venture',
      'Buyer–supplier relationship',
      'Optimization and economy',
      'Reduction of risk and uncertainty',
      'Acquisition of resources and activities',
    ],
    color: '#ede7f6',
  },
  {
    id: 'costStructure',
    title: 'Cost Structure',
    code: 'CO',
    guidedOrder: 9,
    area: 'finance',
    hint: 'What running the model costs per month: fixed, per unit, or a share of revenue.',
    description:
      'Enter each cost with how it behaves: a fixed amount per month, an amount per unit sold (of one stream or of all), or a share of revenue. The sheet works out contribution, profit and break-even from them.',
    questions: [
      'What are the most important costs inherent in our business model?',
      'Which Key Resources are most expensive?',
      'Which Key Activities are most expensive?',
    ],
    categories: [
      'Cost-driven',
      'Value-driven',
      'Fixed costs',
      'Variable costs',
      'Economies of scale',
      'Economies of scope',
    ],
    color: '#fbe9e7',
  },
];

export function blockInfo(id: BlockId): BlockInfo {
  const found = BLOCKS.find((b) => b.id === id);
  if (!found) throw new Error(`Unknown block ${id}`);
  return found;
}

/** The blocks in guided-entry order: CS → VP → CH → CR → R$ → KR → KA → KP → C$. */
export function blocksInGuidedOrder(): BlockInfo[] {
  return [...BLOCKS].sort((a, b) => a.guidedOrder - b.guidedOrder);
}

/** The colour of the segment listed at `index` (0-based); colours repeat after the last. */
export function segmentColor(index: number): string {
  return SEGMENT_COLORS[index % SEGMENT_COLORS.length];
}

/** Sticky-note colours for customer segments, in the order segments are listed. */
export const SEGMENT_COLORS: readonly string[] = [
  '#ffd54f',
  '#81d4fa',
  '#a5d6a7',
  '#f48fb1',
  '#ce93d8',
  '#ffab91',
  '#80cbc4',
  '#e6ee9c',
];
