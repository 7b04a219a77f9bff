import type { Canvas } from '../model';
import type { PatternCheck, PatternId } from './types';

/**
 * A ready canvas that shows one pattern at work. Its numbers are illustrative monthly figures,
 * chosen so that the pattern's economics can be seen, not data about any real firm.
 */
export interface PatternTemplate {
  /** Kebab-case, unique in the registry. */
  id: string;
  pattern: PatternId;
  /** 'advertising', 'freemium', 'bait-and-hook', 'outside-in', 'inside-out', 'connector', or a descriptive one. */
  variant: string;
  title: string;
  /** One line for the gallery. */
  summary: string;
  /** What the pattern is and when it fits, in a few sentences. */
  explanation: string;
  illustrative: true;
  /** Its name is the template's title. */
  canvas: Canvas;
  /** The pattern's viability test, its inputs matching the canvas's numbers. */
  check: PatternCheck;
}
