import { monthlyCostOf, revenueOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const HOUSEHOLDS = 'Households';
const CLEANERS = 'Professional cleaners';

export const outsideInHouseholdGoods = defineTemplate({
  id: 'open-outside-in-household-goods',
  pattern: 'open',
  variant: 'outside-in',
  title: 'Hearthway – household goods, outside-in',
  summary:
    'A cleaning-products maker licenses ideas from labs and inventors, paying a third of what the same research would cost in-house (illustrative numbers).',
  explanation:
    'An outside-in open model treats the wider world as part of the research department: the firm scouts universities, inventors and start-ups, licenses what works and puts its own strength into making and selling. It fits firms whose brand and distribution are strong but whose own labs cannot cover every field. It pays when buying innovation in costs less than producing the same results in-house. The monthly numbers are illustrative.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: HOUSEHOLDS, category: 'Mass market' },
        { text: CLEANERS, category: 'Segmented' },
      ],
      valuePropositions: [
        { text: 'Cleaning products that work better, sooner', category: 'Newness', segment: HOUSEHOLDS },
        { text: 'Concentrated bulk packs that cut cost per job', category: 'Cost reduction', segment: CLEANERS },
      ],
      channels: [
        { text: 'Supermarket shelves', category: 'Partner', segment: HOUSEHOLDS },
        { text: 'Trade wholesalers', category: 'Indirect', segment: CLEANERS },
      ],
      customerRelationships: [
        { text: 'Brand campaigns and free samples', category: 'Acquisition', segment: HOUSEHOLDS },
        { text: 'Trade representatives', category: 'Personal assistance', segment: CLEANERS },
      ],
      keyResources: [
        { text: 'A brand households trust', category: 'Intellectual' },
        { text: 'Licensed technologies from outside inventors', category: 'Intellectual' },
        { text: 'Factories', category: 'Physical' },
      ],
      keyActivities: [
        { text: 'Scout and test outside inventions', category: 'Problem solving' },
        { text: 'Turn licensed ideas into products at scale', category: 'Production' },
      ],
      keyPartners: [
        { text: 'University research labs', category: 'Acquisition of resources and activities' },
        { text: 'Independent inventors and start-ups', category: 'Acquisition of resources and activities' },
        { text: 'Retail chains', category: 'Buyer–supplier relationship' },
      ],
    },
    revenueStreams: [
      { name: 'Products sold through retailers', type: 'asset-sale', price: 4, volume: 600_000, segment: HOUSEHOLDS },
      { name: 'Bulk packs', type: 'asset-sale', price: 20, volume: 15_000, segment: CLEANERS },
    ],
    costs: [
      {
        name: 'Product manufacturing',
        behavior: 'variable',
        per: 'unit',
        amount: 2.2,
        stream: 'Products sold through retailers',
      },
      { name: 'Bulk pack manufacturing', behavior: 'variable', per: 'unit', amount: 11, stream: 'Bulk packs' },
      { name: 'Licence fees for outside technologies', behavior: 'fixed', amount: 60_000 },
      { name: 'Scouting network and inventor prizes', behavior: 'fixed', amount: 40_000 },
      { name: 'Core in-house research', behavior: 'fixed', amount: 150_000 },
      { name: 'Marketing and retail sales', behavior: 'fixed', amount: 650_000 },
    ],
  },
  // In-house research of the same reach is put at 300,000 a month: the check's own driver.
  check: numericCheck(
    'open',
    { openIncome: 0, openRunningCosts: 0, inHouseRdCost: 300_000, boughtInnovationCost: 100_000 },
    {
      openIncome: revenueOf(),
      openRunningCosts: monthlyCostOf(),
      boughtInnovationCost: monthlyCostOf(
        'Licence fees for outside technologies',
        'Scouting network and inventor prizes',
      ),
    },
  ),
});
