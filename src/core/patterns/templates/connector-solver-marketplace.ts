import { monthlyCostOf, revenueOf } from '../canvas-refs';
import { numericCheck } from '../check-kinds';
import { defineTemplate } from '../define-template';

const SEEKERS = 'Companies with research problems';
const SOLVERS = 'Independent scientists';

export const connectorSolverMarketplace = defineTemplate({
  id: 'open-connector-solver-marketplace',
  pattern: 'open',
  variant: 'connector',
  title: 'Solvepoint – research solver marketplace',
  summary:
    'Companies post research problems with a prize; scientists anywhere compete to solve them, and the marketplace keeps a quarter of each prize (illustrative numbers).',
  explanation:
    "A connector sits between firms that want outside ideas and the people who have them. It turns a company's problem into a public challenge, draws in solvers from every field, and handles payment and the transfer of rights. It fits when many firms have problems that someone outside could solve faster, and trust in the go-between is what makes the exchange possible. It pays when commissions and memberships cover the platform and the scoping work; the monthly numbers are illustrative.",
  canvas: {
    currency: 'USD',
    blocks: {
      customerSegments: [
        { text: SEEKERS, category: 'Multi-sided platform' },
        { text: SOLVERS, category: 'Multi-sided platform' },
      ],
      valuePropositions: [
        { text: 'Answers from thousands of minds, paid only on success', category: 'Risk reduction', segment: SEEKERS },
        {
          text: 'Prize money and recognition for cracking hard problems',
          category: 'Brand / status',
          segment: SOLVERS,
        },
      ],
      channels: [
        { text: "Innovation managers' events", category: 'Awareness', segment: SEEKERS },
        { text: 'Challenge website and newsletter', category: 'Own', segment: SOLVERS },
      ],
      customerRelationships: [
        { text: 'Our scientists help frame each challenge', category: 'Personal assistance', segment: SEEKERS },
        { text: 'Solver community and leaderboards', category: 'Communities', segment: SOLVERS },
      ],
      keyResources: [
        { text: 'Network of registered solvers', category: 'Human' },
        { text: 'Challenge platform', category: 'Intellectual' },
        { text: 'Contracts for transferring rights', category: 'Intellectual' },
      ],
      keyActivities: [
        { text: 'Run the solver marketplace', category: 'Platform / network' },
        { text: 'Frame problems so that outsiders can solve them', category: 'Problem solving' },
      ],
      keyPartners: [
        { text: 'Scientific societies that spread the word', category: 'Strategic alliance' },
        { text: 'Payment and escrow provider', category: 'Buyer–supplier relationship' },
      ],
    },
    revenueStreams: [
      { name: 'Prize commission', type: 'brokerage', price: 0.25, volume: 1_200_000, segment: SEEKERS },
      { name: 'Seeker memberships', type: 'subscription', price: 2_000, volume: 40, segment: SEEKERS },
    ],
    costs: [
      { name: 'Platform and solver community', behavior: 'fixed', amount: 150_000 },
      { name: 'Challenge scoping scientists', behavior: 'fixed', amount: 120_000 },
      { name: 'Payments and rights transfer', behavior: 'variable', per: 'revenue', amount: 0.03 },
    ],
  },
  check: numericCheck(
    'open',
    { openIncome: 380_000, openRunningCosts: 281_400, inHouseRdCost: 0, boughtInnovationCost: 0 },
    {
      openIncome: revenueOf('Prize commission', 'Seeker memberships'),
      openRunningCosts: monthlyCostOf(
        'Platform and solver community',
        'Challenge scoping scientists',
        'Payments and rights transfer',
      ),
      boughtInnovationCost: monthlyCostOf(),
    },
  ),
});
