import { priceOf, unitCostOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const SHAVERS = 'Everyday shavers';

export const razorAndBlades = defineTemplate({
  id: 'free-razor-and-blades',
  pattern: 'free',
  variant: 'bait-and-hook',
  title: 'Keenedge – razors and refill blades',
  summary:
    'The handle sells for less than it costs; refill blades that fit only that handle win the loss back within six months (illustrative numbers).',
  explanation:
    'Bait and hook sells the first item cheaply, even at a loss, and earns on the refills or services the customer keeps buying afterwards. It only works when the customer is tied to the follow-on purchases, by a patent, a fit or a contract, and stays long enough for the refill margin to outgrow the subsidy. It fits products with a durable base and frequent consumables. The monthly numbers are illustrative.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [{ text: SHAVERS, category: 'Mass market' }],
      valuePropositions: [
        { text: 'A quality handle for the price of a coffee', category: 'Price', segment: SHAVERS },
        { text: 'Sharp refill blades made for that handle', category: 'Performance', segment: SHAVERS },
        { text: 'Refills on every supermarket shelf', category: 'Convenience / usability', segment: SHAVERS },
      ],
      channels: [
        { text: 'Supermarkets and chemists', category: 'Partner', segment: SHAVERS },
        { text: 'Starter packs in travel shops', category: 'Awareness', segment: SHAVERS },
      ],
      customerRelationships: [
        { text: 'Starter offers to win new shavers', category: 'Acquisition', segment: SHAVERS },
        { text: 'The habit of buying the same refill', category: 'Retention', segment: SHAVERS },
      ],
      keyResources: [
        { text: 'Patents on the blade-to-handle fit', category: 'Intellectual' },
        { text: 'A trusted brand', category: 'Intellectual' },
        { text: 'High-precision blade factory', category: 'Physical' },
      ],
      keyActivities: [
        { text: 'Make blades cheaply at high volume', category: 'Production' },
        { text: 'Keep the handle and refill fit protected', category: 'Problem solving' },
      ],
      keyPartners: [
        { text: 'Supermarket and chemist chains', category: 'Buyer–supplier relationship' },
        { text: 'Steel suppliers', category: 'Buyer–supplier relationship' },
      ],
    },
    revenueStreams: [
      { name: 'Starter handles', type: 'asset-sale', price: 3, volume: 30_000, segment: SHAVERS },
      { name: 'Blade refill packs', type: 'usage-fee', price: 12, volume: 150_000, segment: SHAVERS },
    ],
    costs: [
      { name: 'Handle manufacturing', behavior: 'variable', per: 'unit', amount: 9, stream: 'Starter handles' },
      { name: 'Blade pack manufacturing', behavior: 'variable', per: 'unit', amount: 4, stream: 'Blade refill packs' },
      { name: 'Retailer margin per pack', behavior: 'variable', per: 'unit', amount: 3, stream: 'Blade refill packs' },
      { name: 'Blade engineering', behavior: 'fixed', amount: 200_000 },
      { name: 'Brand advertising', behavior: 'fixed', amount: 250_000 },
    ],
  },
  // 30,000 new shavers a month who stay 25 months and buy a pack every 5 months: 150,000 packs.
  check: numericCheck(
    'bait-and-hook',
    {
      baitPrice: 3,
      baitUnitCost: 9,
      consumablePrice: 12,
      consumableUnitCost: 7,
      consumablesPerCustomerPerMonth: 0.2,
      expectedLifetimeMonths: 25,
    },
    {
      baitPrice: priceOf('Starter handles'),
      baitUnitCost: unitCostOf('Handle manufacturing'),
      consumablePrice: priceOf('Blade refill packs'),
      consumableUnitCost: unitCostOf('Blade pack manufacturing', 'Retailer margin per pack'),
    },
  ),
});
