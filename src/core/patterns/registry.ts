import { commuterPaper } from './templates/commuter-paper';
import { connectorSolverMarketplace } from './templates/connector-solver-marketplace';
import { gameConsole } from './templates/game-console';
import { insideOutPatentLicensing } from './templates/inside-out-patent-licensing';
import { mobileOperator } from './templates/mobile-operator';
import { outsideInHouseholdGoods } from './templates/outside-in-household-goods';
import { photoSharing } from './templates/photo-sharing';
import { privateBank } from './templates/private-bank';
import { razorAndBlades } from './templates/razor-and-blades';
import { searchEngine } from './templates/search-engine';
import { selfPublishing } from './templates/self-publishing';
import { userDesignedKits } from './templates/user-designed-kits';
import { PatternTemplate } from './template';
import { PatternId, TemplateSummary } from './types';

/** The five patterns in the order the book presents them, with the names the gallery shows. */
export const PATTERNS: readonly { id: PatternId; title: string }[] = [
  { id: 'unbundling', title: 'Unbundling' },
  { id: 'long-tail', title: 'The Long Tail' },
  { id: 'multi-sided', title: 'Multi-sided platforms' },
  { id: 'free', title: 'FREE' },
  { id: 'open', title: 'Open business models' },
];

/** Every template, grouped by pattern in the book's order; the gallery lists them in this order. */
const TEMPLATES: readonly PatternTemplate[] = [
  privateBank,
  mobileOperator,
  selfPublishing,
  userDesignedKits,
  searchEngine,
  gameConsole,
  commuterPaper,
  photoSharing,
  razorAndBlades,
  outsideInHouseholdGoods,
  insideOutPatentLicensing,
  connectorSolverMarketplace,
];

/** One entry per template, in a stable order (by pattern, as the book presents them). */
export function listTemplates(): TemplateSummary[] {
  return TEMPLATES.map(({ id, title, pattern, variant, summary }) => ({ id, title, pattern, variant, summary }));
}

/**
 * A template by id, as a copy the caller may change freely; undefined for an unknown id.
 *
 * @example getTemplate('free-photo-sharing')?.canvas
 */
export function getTemplate(id: string): PatternTemplate | undefined {
  const found = TEMPLATES.find((t) => t.id === id);
  // Templates are plain JSON data, so a JSON round trip is a complete deep copy.
  return found === undefined ? undefined : (JSON.parse(JSON.stringify(found)) as PatternTemplate);
}
