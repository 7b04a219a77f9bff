import { monthlyCostOf, revenueOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const MANUFACTURERS = 'Industrial manufacturers';
const LICENSEES = 'Licensees in other industries';

export const insideOutPatentLicensing = defineTemplate({
  id: 'open-inside-out-patent-licensing',
  pattern: 'open',
  variant: 'inside-out',
  title: 'Corvale – licensing idle patents',
  summary:
    'Research produces more patents than the coatings business needs; licensing the idle ones to other industries brings in two thirds of the profit (illustrative numbers).',
  explanation:
    'An inside-out open model earns from ideas the firm has but does not use: patents, know-how or whole projects that sit idle are licensed, sold or spun out to firms that can put them to work. It fits research-heavy firms whose labs invent well beyond what their own products can absorb. It pays when licence income clearly exceeds the cost of keeping the rights up and finding licensees. The monthly figures are illustrative.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: MANUFACTURERS, category: 'Segmented' },
        { text: LICENSEES, category: 'Diversified' },
      ],
      valuePropositions: [
        { text: 'Durable coatings for heavy machinery', category: 'Performance', segment: MANUFACTURERS },
        { text: 'Proven coating patents ready to license', category: 'Risk reduction', segment: LICENSEES },
        {
          text: 'A faster route to market than starting research from scratch',
          category: 'Cost reduction',
          segment: LICENSEES,
        },
      ],
      channels: [
        { text: 'Technical sales team', category: 'Direct', segment: MANUFACTURERS },
        { text: 'Licensing office and a public list of available patents', category: 'Direct', segment: LICENSEES },
      ],
      customerRelationships: [
        { text: 'Application engineers on site', category: 'Personal assistance', segment: MANUFACTURERS },
        { text: 'A licence manager for each licensee', category: 'Dedicated personal assistance', segment: LICENSEES },
      ],
      keyResources: [
        { text: 'Patent portfolio, much of it unused in our own products', category: 'Intellectual' },
        { text: 'Research labs', category: 'Physical' },
        { text: 'Coating chemists', category: 'Human' },
      ],
      keyActivities: [
        { text: 'Make and apply coatings', category: 'Production' },
        { text: 'License idle patents to other industries', category: 'Problem solving' },
      ],
      keyPartners: [
        { text: 'Chemical suppliers', category: 'Buyer–supplier relationship' },
        { text: 'Agents who find licensees for us', category: 'Optimization and economy' },
      ],
    },
    revenueStreams: [
      { name: 'Coating sales', type: 'asset-sale', price: 150, volume: 5_000, segment: MANUFACTURERS },
      { name: 'Patent licences', type: 'licensing', price: 6_000, volume: 15, segment: LICENSEES },
    ],
    costs: [
      { name: 'Coating production', behavior: 'variable', per: 'unit', amount: 95, stream: 'Coating sales' },
      { name: 'Research labs', behavior: 'fixed', amount: 180_000 },
      { name: 'Patent upkeep and licensing office', behavior: 'fixed', amount: 25_000 },
      { name: 'Sales team', behavior: 'fixed', amount: 60_000 },
    ],
  },
  check: numericCheck(
    'open',
    { openIncome: 90_000, openRunningCosts: 25_000, inHouseRdCost: 0, boughtInnovationCost: 0 },
    {
      openIncome: revenueOf('Patent licences'),
      openRunningCosts: monthlyCostOf('Patent upkeep and licensing office'),
      boughtInnovationCost: monthlyCostOf(),
    },
  ),
});
