import { monthlyCostOf, priceOf, unitCostOf, volumeOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const AUTHORS = 'Independent authors';
const READERS = 'Readers of niche topics';

export const selfPublishing = defineTemplate({
  id: 'long-tail-self-publishing',
  pattern: 'long-tail',
  variant: 'self-publishing',
  title: 'Quillstack – self-publishing for niches',
  summary:
    'Thirty thousand niche titles that each sell a few copies a month, printed only when ordered (illustrative numbers).',
  explanation:
    'The Long Tail is selling less of more: a huge range of niche items, each bought rarely, which together add up to a sizeable business. It works when stocking one more item costs almost nothing, as with print-on-demand, and when a platform helps buyers find the niche they care about. It fits makers and sellers of content with many small audiences. The monthly numbers here are illustrative.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: AUTHORS, category: 'Niche market' },
        { text: READERS, category: 'Niche market' },
      ],
      valuePropositions: [
        {
          text: 'Publish a book within days, with no print run to pay for',
          category: 'Accessibility',
          segment: AUTHORS,
        },
        { text: 'Tools for covers, layout and pricing', category: 'Convenience / usability', segment: AUTHORS },
        { text: 'Books on niche subjects no bookshop would stock', category: 'Accessibility', segment: READERS },
      ],
      channels: [
        { text: 'Online store with search and recommendations', category: 'Purchase', segment: READERS },
        { text: 'Printed on demand and sent by post', category: 'Delivery', segment: READERS },
        { text: 'Author forums and word of mouth', category: 'Awareness', segment: AUTHORS },
      ],
      customerRelationships: [
        { text: 'Self-service publishing wizard', category: 'Self-service', segment: AUTHORS },
        { text: 'Author community', category: 'Communities', segment: AUTHORS },
        { text: 'Automated reading recommendations', category: 'Automated services', segment: READERS },
      ],
      keyResources: [
        { text: 'Publishing platform and catalogue search', category: 'Intellectual' },
        { text: 'Catalogue of 30,000 niche titles', category: 'Intellectual' },
      ],
      keyActivities: [
        { text: 'Run the publishing platform', category: 'Platform / network' },
        { text: 'Make niche titles easy to find', category: 'Problem solving' },
      ],
      keyPartners: [
        { text: 'Print-on-demand printers', category: 'Buyer–supplier relationship' },
        { text: 'Postal and courier services', category: 'Optimization and economy' },
      ],
    },
    revenueStreams: [
      { name: 'Print-on-demand book sales', type: 'asset-sale', price: 14, volume: 90_000, segment: READERS },
      { name: 'Author toolkit subscription', type: 'subscription', price: 9, volume: 3_000, segment: AUTHORS },
    ],
    costs: [
      {
        name: 'Printing and postage per copy',
        behavior: 'variable',
        per: 'unit',
        amount: 6,
        stream: 'Print-on-demand book sales',
      },
      {
        name: 'Author royalty per copy',
        behavior: 'variable',
        per: 'unit',
        amount: 5,
        stream: 'Print-on-demand book sales',
      },
      { name: 'Platform, search and hosting', behavior: 'fixed', amount: 150_000 },
      { name: 'Author support team', behavior: 'fixed', amount: 60_000 },
    ],
  },
  check: numericCheck(
    'long-tail',
    { nicheItems: 30_000, nicheSales: 90_000, pricePerSale: 14, costPerSale: 11, platformCosts: 210_000 },
    {
      nicheSales: volumeOf('Print-on-demand book sales'),
      pricePerSale: priceOf('Print-on-demand book sales'),
      costPerSale: unitCostOf('Printing and postage per copy', 'Author royalty per copy'),
      platformCosts: monthlyCostOf('Platform, search and hosting', 'Author support team'),
    },
  ),
});
