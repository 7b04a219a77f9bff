/** The catalogue as the sidebar's guided steps need it, sent with the first answer of a session. */
import { AssumptionGuide, BlockGuide, CostBehaviorGuide, SidebarGuide, StreamTypeGuide } from '../api';
import { SIDEBAR_ASSUMPTION_KEYS } from '../finance/assumptions';
import { ASSUMPTIONS } from '../finance/panel';
import { blocksInGuidedOrder, LICENCE_LINE } from '../blocks';
import { STREAM_TYPES } from '../finance/catalogue';
import { COST_BEHAVIOR_LABELS } from '../layout/geometry';
import { BlockId } from '../model';
import { LIMITS } from '../rules/limits';
import { COST, NOTE, SCENARIO, SEGMENT, SIDEBAR_ASSUMPTIONS, STREAM } from '../rules/table';

/** The blocks whose notes follow a customer segment's colour (the book's practice). */
const LINKED_BLOCKS: readonly BlockId[] = ['valuePropositions', 'channels', 'customerRelationships', 'revenueStreams'];

function streamTypeGuide(t: (typeof STREAM_TYPES)[number]): StreamTypeGuide {
  // The basis reads "<price> × <volume>", e.g. "monthly fee × subscribers".
  const [priceLabel, volumeLabel] = t.basis.split(' × ');
  if (volumeLabel === undefined) throw new Error(`The basis of ${t.id} does not read "price × volume": ${t.basis}`);
  return { id: t.id, title: t.title, priceLabel, volumeLabel, volumeUnit: t.volumeUnit };
}

const COST_BEHAVIORS: readonly CostBehaviorGuide[] = [
  { id: 'fixed', label: COST_BEHAVIOR_LABELS.fixed, amountLabel: 'amount per month' },
  { id: 'unit', label: COST_BEHAVIOR_LABELS.unit, amountLabel: 'amount per unit sold' },
  { id: 'revenue', label: COST_BEHAVIOR_LABELS.revenue, amountLabel: 'share of revenue' },
];

export function sidebarGuide(): SidebarGuide {
  const blocks: BlockGuide[] = blocksInGuidedOrder().map((b) => ({
    id: b.id,
    title: b.title,
    code: b.code,
    description: b.description,
    questions: [...b.questions],
    categories: [...b.categories],
    linksToSegment: LINKED_BLOCKS.includes(b.id),
    color: b.color,
  }));
  return {
    blocks,
    streamTypes: STREAM_TYPES.map(streamTypeGuide),
    costBehaviors: COST_BEHAVIORS.map((c) => ({ ...c })),
    limits: { ...LIMITS },
    // Plain data: a JSON round trip is a complete copy, so the sidebar cannot change the table.
    rules: JSON.parse(
      JSON.stringify({
        note: NOTE,
        segment: SEGMENT,
        stream: STREAM,
        cost: COST,
        scenario: SCENARIO,
        assumptions: SIDEBAR_ASSUMPTIONS,
      }),
    ),
    assumptions: SIDEBAR_ASSUMPTION_KEYS.map((key): AssumptionGuide => {
      const { label, unit, kind, helpText } = ASSUMPTIONS[key];
      return { key, label, unit, kind: kind === 'ratio' ? 'ratio' : 'money', helpText };
    }),
    licence: LICENCE_LINE,
  };
}
