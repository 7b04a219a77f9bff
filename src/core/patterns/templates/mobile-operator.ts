import { unbundlingCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const CONSUMERS = 'Consumers';
const BUSINESSES = 'Small businesses';

export const mobileOperator = defineTemplate({
  id: 'unbundling-mobile-operator',
  pattern: 'unbundling',
  variant: 'mobile-operator',
  title: 'Brightwave – asset-light mobile operator',
  summary:
    'A mobile operator that keeps the subscriber business, pays a partner to run its network and buys content from media firms (illustrative numbers).',
  explanation:
    "Here the unbundling has already happened: the operator's edge is knowing and keeping subscribers, so it pays an equipment maker that runs many networks to run its own, and buys music and video from media firms that create faster than it could. What it keeps must then pay its way, the subscriber business covering the network fees and the content store its licences. It suits operators whose network no longer sets them apart from rivals. All figures are illustrative and monthly.",
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: CONSUMERS, category: 'Mass market' },
        { text: BUSINESSES, category: 'Segmented' },
      ],
      valuePropositions: [
        {
          text: 'Simple monthly plans with no surprises on the bill',
          category: 'Convenience / usability',
          segment: CONSUMERS,
        },
        { text: 'Music and video passes from well-known media partners', category: 'Newness', segment: CONSUMERS },
        {
          text: 'Business lines with one contact for every problem',
          category: 'Getting the job done',
          segment: BUSINESSES,
        },
      ],
      channels: [
        { text: 'Own shops and app', category: 'Own', segment: CONSUMERS },
        { text: 'Partner retailers', category: 'Partner', segment: CONSUMERS },
        { text: 'Business sales team', category: 'Direct', segment: BUSINESSES },
      ],
      customerRelationships: [
        { text: 'Self-service app for plans and top-ups', category: 'Self-service', segment: CONSUMERS },
        { text: 'Loyalty upgrades for long-standing subscribers', category: 'Retention', segment: CONSUMERS },
        { text: 'A named account manager', category: 'Dedicated personal assistance', segment: BUSINESSES },
      ],
      keyResources: [
        { text: 'Brand and subscriber base', category: 'Intellectual' },
        { text: 'Spectrum licences', category: 'Intellectual' },
        { text: 'Customer data and billing', category: 'Intellectual' },
      ],
      keyActivities: [
        { text: 'Win and keep subscribers', category: 'Problem solving' },
        { text: 'Pick and launch new content bundles with media partners', category: 'Production' },
        { text: 'Hold the network partner to its service levels', category: 'Platform / network' },
      ],
      keyPartners: [
        { text: 'Equipment maker that runs the network for us', category: 'Optimization and economy' },
        { text: 'Media firms supplying music and video', category: 'Acquisition of resources and activities' },
        { text: 'Partner retailers', category: 'Buyer–supplier relationship' },
      ],
    },
    revenueStreams: [
      { name: 'Monthly plans', type: 'subscription', price: 25, volume: 40_000, segment: CONSUMERS },
      { name: 'Business lines', type: 'subscription', price: 40, volume: 6_000, segment: BUSINESSES },
      { name: 'Content passes', type: 'usage-fee', price: 5, volume: 12_000, segment: CONSUMERS },
    ],
    costs: [
      { name: 'Managed network fee per plan', behavior: 'variable', per: 'unit', amount: 9, stream: 'Monthly plans' },
      {
        name: 'Managed network fee per business line',
        behavior: 'variable',
        per: 'unit',
        amount: 12,
        stream: 'Business lines',
      },
      { name: 'Customer care and shops', behavior: 'fixed', amount: 380_000 },
      { name: 'Brand marketing', behavior: 'fixed', amount: 210_000 },
      { name: 'Content licences per pass', behavior: 'variable', per: 'unit', amount: 3, stream: 'Content passes' },
      { name: 'Content curation team', behavior: 'fixed', amount: 15_000 },
    ],
  },
  check: unbundlingCheck([
    {
      name: 'Subscriber business',
      role: 'customer-relationship',
      streams: ['Monthly plans', 'Business lines'],
      costs: [
        'Managed network fee per plan',
        'Managed network fee per business line',
        'Customer care and shops',
        'Brand marketing',
      ],
      revenue: 1_240_000,
      cost: 1_022_000,
    },
    {
      name: 'Content store',
      role: 'product-innovation',
      streams: ['Content passes'],
      costs: ['Content licences per pass', 'Content curation team'],
      revenue: 60_000,
      cost: 51_000,
    },
  ]),
});
