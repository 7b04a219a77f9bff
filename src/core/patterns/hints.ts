import { Canvas, Item, NOTE_BLOCK_IDS, RevenueStream } from '../model';
import { CheckKind, Hint, PatternId } from './types';

/** A declarative hint: when `reason` finds something in the canvas, the canvas resembles the pattern. */
export interface HintRule {
  id: string;
  pattern: PatternId;
  variant?: string;
  /** The pattern check the suggestion recommends. */
  check: CheckKind;
  /** What in the canvas makes it resemble the pattern, naming the items; null when nothing does. */
  reason: (canvas: Canvas) => string | null;
  suggestion: string;
}

const quote = (text: string) => `“${text.trim()}”`;
const sameName = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
/** Categories match whatever the spacing around their slashes: "Platform/network" is "Platform / network". */
const slashesTight = (s: string | undefined) => s?.replace(/\s*\/\s*/g, '/');
const hasCategory = (item: Item, category: string) => sameName(slashesTight(item.category), slashesTight(category));
const isPaid = (s: RevenueStream) => s.price !== null && s.price > 0;
const allItems = (canvas: Canvas) => NOTE_BLOCK_IDS.flatMap((block) => canvas.blocks[block]);

/** Segments are named by the Customer Segments items; blank items name none. */
function segmentNames(canvas: Canvas): string[] {
  return canvas.blocks.customerSegments.map((i) => i.text.trim()).filter((t) => t !== '');
}

function platformActivity(canvas: Canvas): Item | undefined {
  return canvas.blocks.keyActivities.find(
    (i) => hasCategory(i, 'Platform / network') || /\b(platforms?|marketplaces?)\b/i.test(i.text),
  );
}

const ACTIVITY_KINDS: readonly { label: string; words: RegExp }[] = [
  {
    label: 'customer relationships',
    words: /\b(clients?|customers?|subscribers?|relationships?|advis\w*|account manag\w*|loyal\w*|retention)\b/i,
  },
  {
    label: 'product innovation',
    words: /\b(design\w*|develop\w*|launch\w*|innovat\w*|research\w*|invent\w*|new products?)\b/i,
  },
  {
    label: 'infrastructure',
    words:
      /\b(network\w*|infrastructure|process\w*|transactions?|logistics|custody|data cent\w*|operations|at scale)\b/i,
  },
];

/** One distinct item per list, or null when no such choice exists (tries every combination; lists are short). */
function distinctChoice(lists: Item[][], taken: Item[] = []): Item[] | null {
  if (lists.length === 0) return taken;
  for (const item of lists[0]) {
    if (taken.includes(item)) continue;
    const rest = distinctChoice(lists.slice(1), [...taken, item]);
    if (rest) return rest;
  }
  return null;
}

function threeKindsOfActivity(canvas: Canvas): string | null {
  const activities = canvas.blocks.keyActivities;
  const picked = distinctChoice(ACTIVITY_KINDS.map((k) => activities.filter((i) => k.words.test(i.text))));
  if (!picked) return null;
  const named = picked.map((item, n) => `${quote(item.text)} (${ACTIVITY_KINDS[n].label})`);
  return `The key activities span three kinds of business: ${named[0]}, ${named[1]} and ${named[2]}.`;
}

function nichePlatform(canvas: Canvas): string | null {
  const niche =
    canvas.blocks.customerSegments.find((i) => hasCategory(i, 'Niche market')) ??
    allItems(canvas).find((i) => /\b(niches?|long tail|less of more)\b/i.test(i.text));
  const platform = platformActivity(canvas);
  if (!niche || !platform) return null;
  return `${quote(niche.text)} points to niche demand, and ${quote(platform.text)} is a platform activity.`;
}

function freeSide(canvas: Canvas): string | null {
  const segments = segmentNames(canvas);
  if (segments.length < 2) return null;
  const payer = canvas.revenueStreams.find((s) => isPaid(s) && segments.some((name) => sameName(name, s.segment)));
  const free = segments.find((name) => !canvas.revenueStreams.some((s) => isPaid(s) && sameName(name, s.segment)));
  if (!payer || free === undefined) return null;
  return `${quote(free)} brings in no paid revenue stream, while ${quote(payer.segment ?? '')} pays through ${quote(payer.name)}.`;
}

function multiSidedSegment(canvas: Canvas): string | null {
  const segment = canvas.blocks.customerSegments.find((i) => hasCategory(i, 'Multi-sided platform'));
  return segment ? `${quote(segment.text)} is marked as a segment of a multi-sided platform.` : null;
}

function advertisingStream(canvas: Canvas): string | null {
  const ads = canvas.revenueStreams.find((s) => s.type === 'advertising');
  return ads ? `${quote(ads.name)} earns from advertisers rather than from the people who use the offer.` : null;
}

function freeTier(canvas: Canvas): string | null {
  const priced = canvas.revenueStreams.filter(
    (s): s is RevenueStream & { price: number } => s.type === 'subscription' && s.price !== null,
  );
  const dearest = priced.reduce<(typeof priced)[number] | undefined>(
    (best, s) => (best === undefined || s.price > best.price ? s : best),
    undefined,
  );
  if (!dearest || dearest.price <= 0) return null;
  const cheap = priced.find((s) => s !== dearest && s.price <= dearest.price / 5);
  if (!cheap) return null;
  return `The subscription ${quote(cheap.name)} (${cheap.price} a month) sits beside ${quote(dearest.name)} (${dearest.price} a month).`;
}

function freeOffer(canvas: Canvas): string | null {
  const offer = canvas.blocks.valuePropositions.find((i) => /\bfree(mium)?\b/i.test(i.text));
  const paid = canvas.revenueStreams.find((s) => s.type === 'subscription' && isPaid(s));
  if (!offer || !paid) return null;
  return `${quote(offer.text)} promises something free, next to the paid subscription ${quote(paid.name)}.`;
}

function unitCostOf(canvas: Canvas, stream: RevenueStream): number {
  return canvas.costs.reduce(
    (sum, c) =>
      c.behavior === 'variable' && c.per === 'unit' && c.stream === stream.name ? sum + (c.amount ?? 0) : sum,
    0,
  );
}

function subsidisedAsset(canvas: Canvas): string | null {
  for (const bait of canvas.revenueStreams) {
    if (bait.type !== 'asset-sale' || bait.price === null) continue;
    const unitCost = unitCostOf(canvas, bait);
    if (bait.price > unitCost) continue;
    const hook = canvas.revenueStreams.find(
      (s) =>
        (s.type === 'usage-fee' || s.type === 'subscription') &&
        isPaid(s) &&
        (bait.segment === undefined || s.segment === undefined || sameName(bait.segment, s.segment)),
    );
    if (!hook) continue;
    const cheap = bait.price === 0 ? 'is given away' : `sells at ${bait.price} against a unit cost of ${unitCost}`;
    return `${quote(bait.name)} ${cheap}, while ${quote(hook.name)} keeps earning from the same customers.`;
  }
  return null;
}

function outsideIdeas(canvas: Canvas): string | null {
  const partner = canvas.blocks.keyPartners.find((i) =>
    /\b(r&d|research|universit\w*|labs?|laborator\w*|inventors?|inventions?|start-?ups?|patents?|licensed|technolog\w*|scientists?)\b/i.test(
      i.text,
    ),
  );
  return partner
    ? `The key partner ${quote(partner.text)} brings research, technology or ideas in from outside.`
    : null;
}

function licensingStream(canvas: Canvas): string | null {
  const licence = canvas.revenueStreams.find((s) => s.type === 'licensing');
  return licence ? `${quote(licence.name)} earns from others using the firm's ideas or rights.` : null;
}

function brokeragePlatform(canvas: Canvas): string | null {
  const brokerage = canvas.revenueStreams.find((s) => s.type === 'brokerage');
  const platform = platformActivity(canvas);
  if (!brokerage || !platform) return null;
  return `${quote(brokerage.name)} takes a share of the deals made through ${quote(platform.text)}.`;
}

const SUBSIDY_SUGGESTION =
  "Multi-sided platforms are worth more to each side as the other grows, and often let one side pay for another. Add the subsidy check: the paying sides' contribution ÷ (the subsidy to the free side + platform costs) should stay at 1 or above. Find out which side is more sensitive to price.";
const FREEMIUM_SUGGESTION =
  'Freemium gives a basic tier away and charges for more. Add the freemium check: premium revenue against the cost of serving every free user, and the share of users who must upgrade for the model to break even.';

/** The rules in the order of the book's patterns; the first rule to fire for a pattern and variant gives its hint. */
export const HINT_RULES: readonly HintRule[] = [
  {
    id: 'three-kinds-of-activity',
    pattern: 'unbundling',
    check: 'unbundling',
    reason: threeKindsOfActivity,
    suggestion:
      "Customer relationships, product innovation and infrastructure usually thrive under different rules: breadth, speed and volume. Ask whether each would do better as a business of its own or left to a partner, and add the business unit check: each unit's own revenue and costs.",
  },
  {
    id: 'niche-platform',
    pattern: 'long-tail',
    check: 'long-tail',
    reason: nichePlatform,
    suggestion:
      "The Long Tail sells a little of a great many niche items. Keep the cost of offering one more item near zero and make niches easy to find, and add the long tail check: niche items × sales per item × margin against the platform's costs.",
  },
  { id: 'free-side', pattern: 'multi-sided', check: 'multi-sided', reason: freeSide, suggestion: SUBSIDY_SUGGESTION },
  {
    id: 'multi-sided-segment',
    pattern: 'multi-sided',
    check: 'multi-sided',
    reason: multiSidedSegment,
    suggestion: SUBSIDY_SUGGESTION,
  },
  {
    id: 'advertising-stream',
    pattern: 'free',
    variant: 'advertising',
    check: 'advertising',
    reason: advertisingStream,
    suggestion:
      'Offers paid for by advertisers stand or fall on ad revenue against the cost of serving every reader or user. Add the advertising check and watch the CPM needed to break even.',
  },
  {
    id: 'free-tier',
    pattern: 'free',
    variant: 'freemium',
    check: 'freemium',
    reason: freeTier,
    suggestion: FREEMIUM_SUGGESTION,
  },
  {
    id: 'free-offer',
    pattern: 'free',
    variant: 'freemium',
    check: 'freemium',
    reason: freeOffer,
    suggestion: FREEMIUM_SUGGESTION,
  },
  {
    id: 'subsidised-asset',
    pattern: 'free',
    variant: 'bait-and-hook',
    check: 'bait-and-hook',
    reason: subsidisedAsset,
    suggestion:
      "A cheap first purchase followed by profitable repeat sales is bait and hook. Make sure customers are tied to the follow-on sales, and add the bait and hook check: what a customer's repeat purchases earn over their lifetime against the subsidy on the first sale.",
  },
  {
    id: 'outside-ideas',
    pattern: 'open',
    variant: 'outside-in',
    check: 'open',
    reason: outsideIdeas,
    suggestion:
      'Bringing outside research into your own products is the outside-in open model. Add the open innovation check: what the bought-in innovation costs against what developing it in-house would cost.',
  },
  {
    id: 'licensing-stream',
    pattern: 'open',
    variant: 'inside-out',
    check: 'open',
    reason: licensingStream,
    suggestion:
      'Licensing ideas to others is the inside-out open model. Look for patents and know-how you do not use yourself, and add the open innovation check: licence income net of the cost of keeping the rights and finding licensees.',
  },
  {
    id: 'brokerage-platform',
    pattern: 'open',
    variant: 'connector',
    check: 'open',
    reason: brokeragePlatform,
    suggestion:
      'A platform that earns on the deals it brokers resembles the connector form of open models, matching those who have problems with those who have answers. Add the open innovation check: do the fees cover the platform and the work of matching?',
  },
];

/**
 * Which patterns the canvas resembles, why, and what each would usually add: at most one hint per
 * pattern and variant, in the book's order. An empty canvas gets none.
 *
 * @example patternHints(canvas).map((h) => h.suggestion)
 */
export function patternHints(canvas: Canvas): Hint[] {
  const hints: Hint[] = [];
  for (const rule of HINT_RULES) {
    if (hints.some((h) => h.pattern === rule.pattern && h.variant === rule.variant)) continue;
    const reason = rule.reason(canvas);
    if (reason === null) continue;
    const hint: Hint = { rule: rule.id, pattern: rule.pattern, check: rule.check, reason, suggestion: rule.suggestion };
    if (rule.variant !== undefined) hint.variant = rule.variant;
    hints.push(hint);
  }
  return hints;
}
