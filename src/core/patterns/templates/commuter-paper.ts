import { monthlyCostOf, priceOf, unitCostOf, volumeOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const COMMUTERS = 'Commuters';
const ADVERTISERS = 'Local advertisers';

export const commuterPaper = defineTemplate({
  id: 'free-commuter-paper',
  pattern: 'free',
  variant: 'advertising',
  title: 'Railside Daily – free commuter paper',
  summary:
    'A short daily paper handed out free at stations, paid for entirely by the advertisers who want its readers (illustrative numbers).',
  explanation:
    'In the advertising form of FREE, one group gets the offer at no charge and another pays to reach them. Every copy handed out costs money, so the paper lives or dies on whether ad revenue covers printing and distribution plus the newsroom. It fits when a large, well-defined audience can be gathered cheaply in one place, such as commuters on their way to work. The numbers are illustrative monthly figures.',
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: COMMUTERS, category: 'Mass market' },
        { text: ADVERTISERS, category: 'Segmented' },
      ],
      valuePropositions: [
        { text: 'A free paper to read on the way to work', category: 'Price', segment: COMMUTERS },
        { text: 'Short local news that fits one journey', category: 'Convenience / usability', segment: COMMUTERS },
        {
          text: 'Daily reach to working people across the city',
          category: 'Getting the job done',
          segment: ADVERTISERS,
        },
      ],
      channels: [
        { text: 'Racks at stations and bus stops', category: 'Delivery', segment: COMMUTERS },
        { text: 'Hand-outs at busy entrances', category: 'Delivery', segment: COMMUTERS },
        { text: 'Ad sales team', category: 'Direct', segment: ADVERTISERS },
      ],
      customerRelationships: [
        { text: 'Pick up a copy yourself, same place every weekday', category: 'Self-service', segment: COMMUTERS },
        { text: 'Account managers for regular advertisers', category: 'Personal assistance', segment: ADVERTISERS },
      ],
      keyResources: [
        { text: 'Racks at transit stations', category: 'Physical' },
        { text: 'A small newsroom', category: 'Human' },
        { text: 'Audited readership figures', category: 'Intellectual' },
      ],
      keyActivities: [
        { text: 'Write and edit a short daily edition', category: 'Production' },
        { text: 'Print and distribute before the morning rush', category: 'Production' },
        { text: 'Sell ad space', category: 'Problem solving' },
      ],
      keyPartners: [
        { text: 'Transit operator granting rack space', category: 'Strategic alliance' },
        { text: 'Contract printer', category: 'Buyer–supplier relationship' },
        { text: 'News agencies', category: 'Acquisition of resources and activities' },
      ],
    },
    revenueStreams: [
      { name: 'Free copies', type: 'asset-sale', price: 0, volume: 8_000_000, segment: COMMUTERS },
      { name: 'Display advertising', type: 'advertising', price: 4, volume: 240_000, segment: ADVERTISERS },
    ],
    costs: [
      {
        name: 'Printing and distribution per copy',
        behavior: 'variable',
        per: 'unit',
        amount: 0.07,
        stream: 'Free copies',
      },
      { name: 'Newsroom', behavior: 'fixed', amount: 180_000 },
      { name: 'Ad sales team', behavior: 'fixed', amount: 90_000 },
      { name: 'Station rack fees', behavior: 'fixed', amount: 40_000 },
    ],
  },
  check: numericCheck(
    'advertising',
    { thousandImpressions: 240_000, cpm: 4, readersServed: 8_000_000, costPerReader: 0.07, fixedCosts: 310_000 },
    {
      thousandImpressions: volumeOf('Display advertising'),
      cpm: priceOf('Display advertising'),
      readersServed: volumeOf('Free copies'),
      costPerReader: unitCostOf('Printing and distribution per copy'),
      fixedCosts: monthlyCostOf('Newsroom', 'Ad sales team', 'Station rack fees'),
    },
  ),
});
