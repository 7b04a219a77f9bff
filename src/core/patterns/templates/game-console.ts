import { monthlyCostOf, revenueOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const PLAYERS = 'Players';
const STUDIOS = 'Game studios';

export const gameConsole = defineTemplate({
  id: 'multi-sided-game-console',
  pattern: 'multi-sided',
  variant: 'game-console',
  title: 'Orbit Play – game console platform',
  summary:
    'Consoles are sold below cost to build a base of players; studios pay a royalty on every game sold to them (illustrative numbers).',
  explanation:
    "A console maker serves two groups that need each other: players want many good games, and studios want many players. The maker sells the console at a loss to grow the player base quickly, then earns on the other side through royalties and development kits. The model fits when one side's size is what the other side pays for. Whether it works depends on the royalties outrunning the loss on each console plus the platform's costs; the numbers here are illustrative and monthly.",
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: PLAYERS, category: 'Multi-sided platform' },
        { text: STUDIOS, category: 'Multi-sided platform' },
      ],
      valuePropositions: [
        { text: 'A powerful console at a friendly price', category: 'Price', segment: PLAYERS },
        { text: 'A large and growing library of games', category: 'Newness', segment: PLAYERS },
        { text: 'Millions of players to sell games to', category: 'Accessibility', segment: STUDIOS },
        { text: 'Development kits and help passing certification', category: 'Getting the job done', segment: STUDIOS },
      ],
      channels: [
        { text: 'Electronics retailers', category: 'Partner', segment: PLAYERS },
        { text: 'Online game store', category: 'Own', segment: PLAYERS },
        { text: 'Developer portal', category: 'Own', segment: STUDIOS },
      ],
      customerRelationships: [
        { text: 'Online player community', category: 'Communities', segment: PLAYERS },
        { text: 'Developer relations team', category: 'Personal assistance', segment: STUDIOS },
      ],
      keyResources: [
        { text: 'Console design and patents', category: 'Intellectual' },
        { text: 'Online network and store', category: 'Physical' },
        { text: 'The installed base of players' },
      ],
      keyActivities: [
        { text: 'Design the next console generation', category: 'Production' },
        { text: 'Win studios for launch titles', category: 'Problem solving' },
        { text: 'Run the online network and store', category: 'Platform / network' },
      ],
      keyPartners: [
        { text: 'Chip and component makers', category: 'Buyer–supplier relationship' },
        { text: 'Contract assembler', category: 'Optimization and economy' },
        { text: 'Independent studios', category: 'Strategic alliance' },
      ],
    },
    revenueStreams: [
      { name: 'Console sales', type: 'asset-sale', price: 299, volume: 40_000, segment: PLAYERS },
      { name: 'Royalties per game sold', type: 'usage-fee', price: 9, volume: 1_500_000, segment: STUDIOS },
      { name: 'Developer kits', type: 'asset-sale', price: 2_500, volume: 120, segment: STUDIOS },
    ],
    costs: [
      { name: 'Console build and shipping', behavior: 'variable', per: 'unit', amount: 379, stream: 'Console sales' },
      {
        name: 'Disc pressing and certification per game',
        behavior: 'variable',
        per: 'unit',
        amount: 1.5,
        stream: 'Royalties per game sold',
      },
      { name: 'Developer kit build', behavior: 'variable', per: 'unit', amount: 900, stream: 'Developer kits' },
      { name: 'Console research and development', behavior: 'fixed', amount: 2_500_000 },
      { name: 'Online network operations', behavior: 'fixed', amount: 1_200_000 },
      { name: 'Marketing', behavior: 'fixed', amount: 1_800_000 },
    ],
  },
  check: numericCheck(
    'multi-sided',
    {
      payingRevenue: 13_800_000,
      payingVariableCosts: 2_358_000,
      subsidisedRevenue: 11_960_000,
      subsidisedCosts: 15_160_000,
      platformCosts: 5_500_000,
    },
    {
      payingRevenue: revenueOf('Royalties per game sold', 'Developer kits'),
      payingVariableCosts: monthlyCostOf('Disc pressing and certification per game', 'Developer kit build'),
      subsidisedRevenue: revenueOf('Console sales'),
      subsidisedCosts: monthlyCostOf('Console build and shipping'),
      platformCosts: monthlyCostOf('Console research and development', 'Online network operations', 'Marketing'),
    },
  ),
});
