/**
 * Everything the sidebar remembers, in one object the panels share. The sheet is the only record
 * of the canvas: `canvas` is the last answer read back from it, and the next answer replaces it.
 */
import type { ActiveElsewhere, CanvasState, GalleryEntry, SidebarGuide } from '../src/core/api';
import type { Editing } from './editing';
import type { Entry } from './entries';
import { ALL_PATTERNS } from './gallery-model';
import type { ItemForm } from './item-form';

export type View = 'loading' | 'choose' | 'canvas';

export interface SidebarState {
  guide: SidebarGuide | null;
  canvas: CanvasState | null;
  view: View;
  /** The block shown: its place in `guide.blocks`. */
  step: number;
  editing: Editing | null;
  form: {
    current: ItemForm | null;
    /** Typed values to put into the next form drawn, when the form changes under the user. */
    carried: Entry | null;
    /** What the form was drawn for: the block and whether it adds or edits, and the lists it offers. */
    target: string;
    key: string;
  };
  calls: {
    /** A call that holds the page back is on its way. */
    busy: boolean;
    /** Calls sent, and the latest one whose answer was used: an older answer is dropped. */
    sent: number;
    applied: number;
    /** When the canvas was last asked for (ms), so focus does not refresh too often. */
    lastLoad: number;
  };
  /** The gallery covers the view underneath while open; the templates are fetched once. */
  gallery: {
    open: boolean;
    templates: GalleryEntry[] | null;
    pattern: string;
    chosen: string | null;
    /** The canvas (as JSON) the hints shown were worked out for. */
    hintsKey: string | null;
  };
  /** The active sheet, when it is not the canvas shown; `stayed` is the sheet the user chose to stay away from. */
  elsewhere: {
    active: ActiveElsewhere | null;
    stayed: number | null;
  };
  /** The Assumptions step covers the canvas view while open; it works on the canvas shown. */
  assumptions: { open: boolean };
  /** The what-if panel covers the canvas view while open; it works on the canvas shown. */
  whatIf: {
    open: boolean;
    /** The canvas the what-if KPIs shown were worked out for. */
    sheet: string | null;
  };
}

export function initialState(): SidebarState {
  return {
    guide: null,
    canvas: null,
    view: 'loading',
    step: 0,
    editing: null,
    form: { current: null, carried: null, target: '', key: '' },
    calls: { busy: false, sent: 0, applied: 0, lastLoad: 0 },
    gallery: { open: false, templates: null, pattern: ALL_PATTERNS, chosen: null, hintsKey: null },
    whatIf: { open: false, sheet: null },
    assumptions: { open: false },
    elsewhere: { active: null, stayed: null },
  };
}
