import { monthlyCostOf, priceOf, unitCostOf, volumeOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const CASUAL = 'Casual photographers';
const ENTHUSIASTS = 'Enthusiast photographers';

export const photoSharing = defineTemplate({
  id: 'free-photo-sharing',
  pattern: 'free',
  variant: 'freemium',
  title: 'Pixelnook – freemium photo sharing',
  summary:
    'Half a million people share photos for nothing; one in twenty-six pays for Pro, which is just enough to break even (illustrative numbers).',
  explanation:
    'Freemium gives a basic service away and charges for a richer one. It works only if serving one more free user is very cheap, because the small share who upgrade must pay for everyone. The model fits digital services whose running cost per user keeps falling and whose heavy users value extras enough to pay. The two numbers to watch are the cost of a free user and the share who convert; the monthly figures here are illustrative.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: CASUAL, category: 'Mass market' },
        { text: ENTHUSIASTS, category: 'Segmented' },
      ],
      valuePropositions: [
        { text: 'Free uploads and albums up to a generous limit', category: 'Price', segment: CASUAL },
        {
          text: 'Unlimited full-resolution storage and viewing statistics',
          category: 'Performance',
          segment: ENTHUSIASTS,
        },
        { text: 'No ads and finer sharing controls', category: 'Convenience / usability', segment: ENTHUSIASTS },
      ],
      channels: [
        { text: 'App stores and shared links', category: 'Awareness', segment: CASUAL },
        { text: 'Upgrade offers inside the app', category: 'Purchase', segment: ENTHUSIASTS },
      ],
      customerRelationships: [
        { text: 'Fully self-service app', category: 'Self-service', segment: CASUAL },
        { text: 'Photo groups and comments', category: 'Communities', segment: CASUAL },
        { text: 'Priority email support', category: 'Personal assistance', segment: ENTHUSIASTS },
      ],
      keyResources: [
        { text: 'Storage and delivery infrastructure', category: 'Physical' },
        { text: 'Photo apps and sharing software', category: 'Intellectual' },
      ],
      keyActivities: [
        { text: 'Keep storage cheap per user', category: 'Platform / network' },
        { text: 'Turn free users into Pro subscribers', category: 'Problem solving' },
      ],
      keyPartners: [
        { text: 'Cloud storage provider', category: 'Optimization and economy' },
        { text: 'Payment processor', category: 'Buyer–supplier relationship' },
      ],
    },
    // Free users come by word of mouth at no cost: a volume that grows, not customers won one by
    // one. Each conversion to Pro costs the acquisition cost (trials, discounts, prompts); Pro
    // subscribers churn.
    revenueStreams: [
      {
        name: 'Free plan',
        type: 'subscription',
        price: 0,
        volume: 500_000,
        segment: CASUAL,
        recurring: false,
        growth: 0.01,
      },
      {
        name: 'Pro plan',
        type: 'subscription',
        price: 6,
        volume: 20_000,
        segment: ENTHUSIASTS,
        growth: 0.03,
        churn: 0.02,
      },
    ],
    costs: [
      {
        name: 'Storage and bandwidth per free user',
        behavior: 'variable',
        per: 'unit',
        amount: 0.12,
        stream: 'Free plan',
      },
      {
        name: 'Storage and bandwidth per Pro user',
        behavior: 'variable',
        per: 'unit',
        amount: 0.9,
        stream: 'Pro plan',
      },
      { name: 'Product and engineering', behavior: 'fixed', amount: 35_000 },
      { name: 'Support', behavior: 'fixed', amount: 6_000 },
    ],
    // What converting one free user to Pro costs.
    assumptions: { acquisitionCost: 4 },
  },
  check: numericCheck(
    'freemium',
    {
      freeUsers: 500_000,
      costPerFreeUser: 0.12,
      premiumUsers: 20_000,
      premiumPrice: 6,
      costPerPremiumUser: 0.9,
      fixedCosts: 41_000,
    },
    {
      freeUsers: volumeOf('Free plan'),
      costPerFreeUser: unitCostOf('Storage and bandwidth per free user'),
      premiumUsers: volumeOf('Pro plan'),
      premiumPrice: priceOf('Pro plan'),
      costPerPremiumUser: unitCostOf('Storage and bandwidth per Pro user'),
      fixedCosts: monthlyCostOf('Product and engineering', 'Support'),
    },
  ),
});
