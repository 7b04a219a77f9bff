import { unbundlingCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const FAMILIES = 'Wealthy families';
const ADVISERS = 'Independent advisers';
const BANKS = 'Smaller banks';

export const privateBank = defineTemplate({
  id: 'unbundling-private-bank',
  pattern: 'unbundling',
  variant: 'private-banking',
  title: 'Harbourgate – unbundled private bank',
  summary:
    'A private bank split into client advice, a product house and a processing platform, each judged on its own profit (illustrative numbers).',
  explanation:
    'Unbundling starts from the idea that one firm often houses three businesses with clashing economics: looking after customers rewards breadth and trust, creating products rewards speed, and running infrastructure rewards volume. Managed as one, each ends up run by rules that suit another. The pattern fits when those pulls are strong enough that each part would do better on its own, selling to outsiders too. The monthly numbers here are illustrative.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: FAMILIES, category: 'Segmented' },
        { text: ADVISERS, category: 'Segmented' },
        { text: BANKS, category: 'Diversified' },
      ],
      valuePropositions: [
        {
          text: "One trusted banker who knows the whole family's affairs",
          category: 'Customization',
          segment: FAMILIES,
        },
        { text: 'New investment products brought to market quickly', category: 'Newness', segment: ADVISERS },
        { text: 'Settlement and custody at a low price per transaction', category: 'Cost reduction', segment: BANKS },
      ],
      channels: [
        { text: "Bankers' visits and the family office", category: 'Direct', segment: FAMILIES },
        { text: 'Product desk and adviser portal', category: 'Own', segment: ADVISERS },
        { text: "Processing link into client banks' systems", category: 'Delivery', segment: BANKS },
      ],
      customerRelationships: [
        { text: 'A dedicated banker for each family', category: 'Dedicated personal assistance', segment: FAMILIES },
        { text: 'Product specialists on call', category: 'Personal assistance', segment: ADVISERS },
        { text: 'Service levels with automated reporting', category: 'Automated services', segment: BANKS },
      ],
      keyResources: [
        { text: "Client trust and bankers' networks", category: 'Human' },
        { text: 'Product designers and analysts', category: 'Human' },
        { text: 'Settlement and custody systems', category: 'Physical' },
      ],
      keyActivities: [
        { text: 'Advise clients and deepen each relationship', category: 'Problem solving' },
        { text: 'Design and launch new investment products', category: 'Production' },
        { text: 'Process transactions and run custody at scale', category: 'Platform / network' },
      ],
      keyPartners: [
        { text: 'Outside fund houses whose products our bankers also offer', category: 'Coopetition' },
        { text: 'Market data providers', category: 'Buyer–supplier relationship' },
      ],
    },
    revenueStreams: [
      { name: 'Advisory fees', type: 'subscription', price: 600, volume: 900, segment: FAMILIES },
      { name: 'Product placement fees', type: 'usage-fee', price: 250, volume: 1200, segment: ADVISERS },
      { name: 'Transaction processing', type: 'usage-fee', price: 0.4, volume: 1_500_000, segment: BANKS },
    ],
    costs: [
      { name: 'Relationship bankers', behavior: 'fixed', amount: 320_000 },
      { name: 'Client reporting and events', behavior: 'variable', per: 'unit', amount: 60, stream: 'Advisory fees' },
      { name: 'Product research and launch team', behavior: 'fixed', amount: 190_000 },
      { name: 'Distribution rebates', behavior: 'variable', per: 'unit', amount: 80, stream: 'Product placement fees' },
      { name: 'Processing centre and systems', behavior: 'fixed', amount: 450_000 },
      {
        name: 'Settlement cost per transaction',
        behavior: 'variable',
        per: 'unit',
        amount: 0.08,
        stream: 'Transaction processing',
      },
    ],
  },
  check: unbundlingCheck([
    {
      name: 'Client advice',
      role: 'customer-relationship',
      streams: ['Advisory fees'],
      costs: ['Relationship bankers', 'Client reporting and events'],
      revenue: 540_000,
      cost: 374_000,
    },
    {
      name: 'Product house',
      role: 'product-innovation',
      streams: ['Product placement fees'],
      costs: ['Product research and launch team', 'Distribution rebates'],
      revenue: 300_000,
      cost: 286_000,
    },
    {
      name: 'Processing platform',
      role: 'infrastructure',
      streams: ['Transaction processing'],
      costs: ['Processing centre and systems', 'Settlement cost per transaction'],
      revenue: 600_000,
      cost: 570_000,
    },
  ]),
});
