/**
 * The finance vocabulary as data: the seven revenue types with the meaning of their two drivers,
 * and the three cost behaviours with the labels a cost row shows.
 */
import { COST_BEHAVIOR_LABELS } from '../layout/geometry';
import { Cost, StreamType } from '../model';

/**
 * What a stream's volume counts. Volumes in different units do not add up: customers and money
 * transacted are no sum.
 */
export type VolumeUnit = 'customers' | 'units' | 'thousand impressions' | 'money transacted';

export interface StreamTypeInfo {
  id: StreamType;
  title: string;
  /** What price × volume means for this type; shown live beside each stream. */
  basis: string;
  volumeUnit: VolumeUnit;
  /** The price is a share of the volume (a take rate), typed and shown as a percent. */
  priceIsShare?: true;
}

export const STREAM_TYPES: readonly StreamTypeInfo[] = [
  { id: 'asset-sale', title: 'Asset sale', basis: 'price × units sold', volumeUnit: 'units' },
  { id: 'usage-fee', title: 'Usage fee', basis: 'rate × units used', volumeUnit: 'units' },
  { id: 'subscription', title: 'Subscription fees', basis: 'monthly fee × subscribers', volumeUnit: 'customers' },
  { id: 'lending', title: 'Lending / renting / leasing', basis: 'rental rate × assets out', volumeUnit: 'units' },
  { id: 'licensing', title: 'Licensing', basis: 'licence fee × licensees', volumeUnit: 'customers' },
  {
    id: 'brokerage',
    title: 'Brokerage fees',
    basis: 'take rate × transaction value',
    volumeUnit: 'money transacted',
    priceIsShare: true,
  },
  {
    id: 'advertising',
    title: 'Advertising',
    basis: 'CPM × thousand impressions',
    volumeUnit: 'thousand impressions',
  },
];

/** The types whose price is a share (a take rate): brokerage. */
export const SHARE_PRICE_TYPES: readonly StreamType[] = STREAM_TYPES.filter((t) => t.priceIsShare).map((t) => t.id);

/**
 * The basis a stream's row shows, naming the unit its volume counts where the basis does not:
 * "monthly fee × subscribers (customers)", but "price × units sold".
 */
export function basisWithUnit(t: StreamTypeInfo): string {
  return t.basis.includes(t.volumeUnit) ? t.basis : `${t.basis} (${t.volumeUnit})`;
}

export const STREAM_TYPE_IDS: readonly StreamType[] = STREAM_TYPES.map((t) => t.id);

/** What a stream's Type cell shows: the type's title, as the canvas names it ("Subscription fees"). */
export function streamTypeTitle(id: StreamType): string {
  return STREAM_TYPES.find((t) => t.id === id)?.title ?? id;
}

/**
 * The type a Type cell names, by its title (what the sheet writes) or by its id (what canvases laid
 * out before titles, and JSON, hold), in any capitals; undefined for anything else.
 */
export function streamTypeOf(text: string): StreamType | undefined {
  const wanted = text.trim().toLowerCase();
  return STREAM_TYPES.find((t) => t.id === wanted || t.title.toLowerCase() === wanted)?.id;
}

/** The titles in a sentence: "Asset sale", "Usage fee", … */
export const STREAM_TYPE_TITLES_TEXT = STREAM_TYPES.map((t) => `"${t.title}"`).join(', ');

/** The type whose streams count as recurring revenue. */
export const RECURRING_TYPE: StreamType = 'subscription';

export type BehaviorKey = keyof typeof COST_BEHAVIOR_LABELS;
export const BEHAVIOR_KEYS: readonly BehaviorKey[] = ['fixed', 'unit', 'revenue'];

/**
 * Basis labels of a cost row, in the order the sheet picks them: no stream named, a stream named
 * and found, a stream named that is not on the canvas.
 */
export function behaviorBasis(key: BehaviorKey, currency: string): [string, string, string] {
  switch (key) {
    case 'fixed':
      return [`${currency} per month`, `${currency} per month`, `${currency} per month`];
    case 'unit':
      return [`${currency} × units of every stream`, `${currency} × units of that stream`, STREAM_NOT_FOUND];
    case 'revenue':
      return ['share of revenue (%) × revenue', 'share of revenue (%) × revenue', 'share of revenue (%) × revenue'];
  }
}

/** Basis shown by a per-unit cost whose stream is not on the canvas; the checks count it. */
export const STREAM_NOT_FOUND = 'stream not on the canvas';

export function behaviorKeyOf(cost: Cost): BehaviorKey {
  return cost.behavior === 'fixed' ? 'fixed' : cost.per;
}

/** The label a cost row shows in its behaviour column. */
export function behaviorLabelOf(cost: Cost): string {
  return COST_BEHAVIOR_LABELS[behaviorKeyOf(cost)];
}
