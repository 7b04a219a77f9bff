import { monthlyCostOf, priceOf, unitCostOf, volumeOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const DESIGNERS = 'Hobby designers';
const COLLECTORS = 'Kit collectors';

export const userDesignedKits = defineTemplate({
  id: 'long-tail-user-designed-kits',
  pattern: 'long-tail',
  variant: 'user-designed-products',
  title: 'Tinkerbloc – fan-designed kit toys',
  summary:
    'Fans design building kits online; the shop makes each of 2,500 designs to order and pays the designer a royalty (illustrative numbers).',
  explanation:
    'A long tail can be written by the customers themselves. When fans design the products, the range grows without a design department, and making each kit to order from standard parts keeps the cost of one more design close to nothing. It fits when a small share of many enthusiasts will buy an unusual variant that no mass-market shop would stock. The monthly numbers are illustrative.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: DESIGNERS, category: 'Niche market' },
        { text: COLLECTORS, category: 'Niche market' },
      ],
      valuePropositions: [
        { text: 'Design a kit online and see it on sale', category: 'Customization', segment: DESIGNERS },
        { text: 'A royalty on every kit sold', segment: DESIGNERS },
        { text: 'Thousands of unusual kits no toy shop carries', category: 'Newness', segment: COLLECTORS },
      ],
      channels: [
        { text: 'Online design tool', category: 'Own', segment: DESIGNERS },
        { text: 'Web shop with fan ratings', category: 'Purchase', segment: COLLECTORS },
        { text: 'Parcel delivery', category: 'Delivery', segment: COLLECTORS },
      ],
      customerRelationships: [
        { text: 'Designer community and contests', category: 'Co-creation', segment: DESIGNERS },
        { text: 'Ratings and reviews by other fans', category: 'Communities', segment: COLLECTORS },
      ],
      keyResources: [
        { text: 'Online design tool', category: 'Intellectual' },
        { text: 'Stock of standard parts', category: 'Physical' },
      ],
      keyActivities: [
        { text: 'Run the design-and-sell platform', category: 'Platform / network' },
        { text: 'Pick and pack niche kits to order', category: 'Production' },
      ],
      keyPartners: [
        { text: 'Parts moulding supplier', category: 'Buyer–supplier relationship' },
        { text: 'Parcel carrier', category: 'Optimization and economy' },
      ],
    },
    revenueStreams: [{ name: 'Fan-designed kits', type: 'asset-sale', price: 40, volume: 5_000, segment: COLLECTORS }],
    costs: [
      {
        name: 'Parts, picking and packing per kit',
        behavior: 'variable',
        per: 'unit',
        amount: 22,
        stream: 'Fan-designed kits',
      },
      { name: 'Designer royalty per kit', behavior: 'variable', per: 'unit', amount: 4, stream: 'Fan-designed kits' },
      { name: 'Design tool and catalogue', behavior: 'fixed', amount: 35_000 },
      { name: 'Parts warehouse', behavior: 'fixed', amount: 20_000 },
    ],
  },
  check: numericCheck(
    'long-tail',
    { nicheItems: 2_500, nicheSales: 5_000, pricePerSale: 40, costPerSale: 26, platformCosts: 55_000 },
    {
      nicheSales: volumeOf('Fan-designed kits'),
      pricePerSale: priceOf('Fan-designed kits'),
      costPerSale: unitCostOf('Parts, picking and packing per kit', 'Designer royalty per kit'),
      platformCosts: monthlyCostOf('Design tool and catalogue', 'Parts warehouse'),
    },
  ),
});
