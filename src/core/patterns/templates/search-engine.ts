import { monthlyCostOf, revenueOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const SEARCHERS = 'Web searchers';
const ADVERTISERS = 'Advertisers';

export const searchEngine = defineTemplate({
  id: 'multi-sided-search-engine',
  pattern: 'multi-sided',
  variant: 'search-and-advertisers',
  title: 'Findwell – search paid by advertisers',
  summary:
    'Searchers use it at no charge; advertisers pay to reach them, and their money covers both the searches and the platform (illustrative numbers).',
  explanation:
    'A multi-sided platform brings together groups that need each other and is worth more to each as the other grows. Usually one side is courted with a free or cheap offer because its presence is what the other side pays for. It fits when one group is price-sensitive and another will pay well for access to it. The question is whether the paying side covers the subsidy and the platform; the figures here are illustrative monthly ones.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: SEARCHERS, category: 'Multi-sided platform' },
        { text: ADVERTISERS, category: 'Multi-sided platform' },
      ],
      valuePropositions: [
        { text: 'Fast, relevant answers at no charge', category: 'Performance', segment: SEARCHERS },
        {
          text: 'Ads shown to people looking for what you sell',
          category: 'Getting the job done',
          segment: ADVERTISERS,
        },
        {
          text: 'Ads priced per thousand views, with live reports',
          category: 'Convenience / usability',
          segment: ADVERTISERS,
        },
      ],
      channels: [
        { text: 'Search website and mobile app', category: 'Own', segment: SEARCHERS },
        { text: 'Self-serve ad console', category: 'Purchase', segment: ADVERTISERS },
        { text: 'Agency partners', category: 'Partner', segment: ADVERTISERS },
      ],
      customerRelationships: [
        { text: 'Results tuned to each searcher automatically', category: 'Automated services', segment: SEARCHERS },
        { text: 'Self-service ad buying', category: 'Self-service', segment: ADVERTISERS },
        {
          text: 'Account teams for the largest advertisers',
          category: 'Dedicated personal assistance',
          segment: ADVERTISERS,
        },
      ],
      keyResources: [
        { text: 'Web index and ranking methods', category: 'Intellectual' },
        { text: 'Data centres', category: 'Physical' },
        { text: 'Search engineers', category: 'Human' },
      ],
      keyActivities: [
        { text: 'Crawl and index the web', category: 'Platform / network' },
        { text: 'Improve ranking and ad matching', category: 'Problem solving' },
        { text: 'Run the ad marketplace', category: 'Platform / network' },
      ],
      keyPartners: [
        { text: 'Hardware suppliers', category: 'Buyer–supplier relationship' },
        { text: 'Browser makers that set us as default', category: 'Strategic alliance' },
      ],
    },
    revenueStreams: [
      { name: 'Searches, in thousands', type: 'usage-fee', price: 0, volume: 300_000, segment: SEARCHERS },
      { name: 'Search ads', type: 'advertising', price: 6, volume: 150_000, segment: ADVERTISERS },
    ],
    costs: [
      {
        name: 'Serving searches per thousand queries',
        behavior: 'variable',
        per: 'unit',
        amount: 1.2,
        stream: 'Searches, in thousands',
      },
      {
        name: 'Ad review and serving per thousand ads',
        behavior: 'variable',
        per: 'unit',
        amount: 0.3,
        stream: 'Search ads',
      },
      { name: 'Index and ranking engineering', behavior: 'fixed', amount: 300_000 },
      { name: 'Advertiser tools and sales', behavior: 'fixed', amount: 100_000 },
    ],
  },
  check: numericCheck(
    'multi-sided',
    {
      payingRevenue: 900_000,
      payingVariableCosts: 45_000,
      subsidisedRevenue: 0,
      subsidisedCosts: 360_000,
      platformCosts: 400_000,
    },
    {
      payingRevenue: revenueOf('Search ads'),
      payingVariableCosts: monthlyCostOf('Ad review and serving per thousand ads'),
      subsidisedRevenue: revenueOf('Searches, in thousands'),
      subsidisedCosts: monthlyCostOf('Serving searches per thousand queries'),
      platformCosts: monthlyCostOf('Index and ranking engineering', 'Advertiser tools and sales'),
    },
  ),
});
