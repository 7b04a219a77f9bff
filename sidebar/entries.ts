/** The entries of the canvas's lists, as the model types them (types only). */
import type { BlockId, Cost, Item, RevenueStream } from '../src/core/model';

export type { BlockId, Cost, Item, RevenueStream };
export type Entry = Item | RevenueStream | Cost;
