/**
 * The contract between the sidebar and the server: the request and the result of every server
 * function the sidebar calls (`SidebarServer`). Types only, so the sidebar can import them without
 * bundling any server code.
 *
 * Every call that changes the sheet returns the canvas as read back from the sheet afterwards,
 * so one user action is one round trip.
 */
import type { BlockId, Canvas, Cost, Item, NoteBlockId, RevenueStream, StreamType } from './model';
import type { Hint } from './patterns/types';
import type { DriverKey } from './whatif/scenarios';
import type { AssumptionKey } from './finance/assumptions';
import type { VolumeUnit } from './finance/catalogue';
import type { FieldLimits } from './rules/limits';
import type { RecordRule, VariantsRule } from './rules/rule';
import type { GalleryEntry, TemplateOffer, TemplateParts } from './patterns/sheet/gallery';

export type { AssumptionKey, DriverKey, GalleryEntry, Hint, TemplateOffer, TemplateParts };

/** How a kept scenario is written: added in a free column, or over the one of its name. */
export type KeepAs = 'new' | 'replace';

/** A pattern hint with the name the gallery gives its pattern, e.g. "Multi-sided platforms". */
export type PatternHint = Hint & { patternTitle: string };

/**
 * One change to a list of the canvas (the items of a note block, the revenue streams or the costs),
 * whichever list it is. `index` and `expected` name the entry as the sidebar last saw it; the
 * server refuses the change if that entry has changed on the sheet since.
 */
export type ListChange<T> =
  /**
   * Appends `value` at the end of the list, or puts it at place `at` (0-based, at most the list's
   * length), as the Undo of a deletion does; with `at` the list must be as the sidebar saw it.
   */
  | { kind: 'add'; value: T; at?: number }
  | { kind: 'update'; index: number; expected: T; value: T }
  | { kind: 'delete'; index: number; expected: T }
  /** Moves the entry to position `to` (0-based, in the list as it is before the move). */
  | { kind: 'move'; index: number; expected: T; to: number };

/** A change to the list of block `B`, whose entries are `T`s. */
export type ListEdit<B extends BlockId, T> = ListChange<T> & { block: B };

export type CanvasEdit =
  | ListEdit<NoteBlockId, Item>
  | ListEdit<'revenueStreams', RevenueStream>
  | ListEdit<'costStructure', Cost>;

export type EditKind = CanvasEdit['kind'];

/**
 * A KPI as the sheet computed it: a number, or the words the sheet shows instead ("n/a",
 * "not reachable"); null when the canvas has no such cell.
 */
export type KpiValue = number | string | null;

export interface Kpis {
  /** Monthly revenue. */
  revenue: KpiValue;
  /** Monthly operating profit. */
  profit: KpiValue;
  /** Monthly revenue at which profit is zero. */
  breakEvenRevenue: KpiValue;
  /** Profit as a share of revenue (0.25 = 25 %). */
  profitMargin: KpiValue;
  /** The sheet's master check: "OK", or which check fails; null when the canvas has none. */
  check: string | null;
}

/**
 * Which canvas a request is about: its sheet's id, which stays the same when the sheet is renamed
 * or another sheet is made active, and the prefix its marker holds, which tells the canvas from any
 * other sheet that might take that id's place. The server acts on this canvas whatever sheet is
 * active, or refuses if it is gone.
 */
export interface CanvasRef {
  sheetId: number;
  /** The canvas's named-range prefix, from its marker (developer metadata). */
  prefix: string;
  /** The sheet's name as the sidebar last saw it, for messages. */
  sheetName: string;
}

/**
 * A fingerprint of each list of the canvas as read. An edit that changes, moves or deletes an
 * entry sends back the one of its list, and the server refuses it if the list has changed since.
 */
export type ListVersions = Record<BlockId, string>;

/** The what-if scenarios as the sheet holds them. */
export interface ScenarioNames {
  /** Each scenario column's name, in column order; "" for a free column. */
  names: string[];
  /** The scenario the sheet's figures follow, as its dropdown names it. */
  active: string;
  /** The scenario an unkept what-if goes into ("What-if"): figures tried, not kept. */
  unkept: string;
  /** How many scenarios can still be added: the free columns, and the unkept what-if's. */
  room: number;
}

/** What the sidebar shows of one canvas sheet, read back from the sheet. */
export interface CanvasState extends CanvasRef {
  canvas: Canvas;
  versions: ListVersions;
  /** The colour of each customer segment, in the order of `canvas.blocks.customerSegments`. */
  segmentColors: string[];
  kpis: Kpis;
  /** The scenarios, whose active one the KPIs follow; null when the canvas has no what-ifs. */
  scenarios: ScenarioNames | null;
}

/** A message about one field of a request, e.g. field "value.price". */
export interface FieldMessage {
  /** Path of the field in the request's value ("" when it concerns the whole request). */
  field: string;
  message: string;
}

/** Why a server function or menu command did nothing: the one refusal every entry point answers with. */
export type Refusal =
  /** The request is not acceptable; nothing was written. */
  | { ok: false; reason: 'invalid'; messages: FieldMessage[] }
  /** The list changed on the sheet since the sidebar read it; nothing was written. */
  | { ok: false; reason: 'conflict'; message: string; state: CanvasState }
  /** The sheet cannot be used right now (gone, damaged, busy); nothing was written. */
  | { ok: false; reason: 'failed'; message: string };

export type EditResult = { ok: true; state: CanvasState } | Refusal;

/** One block as the guided steps present it. */
export interface BlockGuide {
  id: BlockId;
  title: string;
  code: string;
  /** Our own words on what the block holds. */
  description: string;
  /** The canvas's questions for the block. */
  questions: string[];
  /** The book's categories, offered as choices for an item. */
  categories: string[];
  /** Whether an item can be linked to a customer segment (and take its colour). */
  linksToSegment: boolean;
  /** The block's colour on the sheet. */
  color: string;
}

export interface StreamTypeGuide {
  id: StreamType;
  title: string;
  /** What the price means for this type, e.g. "monthly fee". */
  priceLabel: string;
  /** What the volume means for this type, e.g. "subscribers". */
  volumeLabel: string;
  /** What the volume counts: customers, units, thousand impressions or money transacted. */
  volumeUnit: VolumeUnit;
}

export type CostBehaviorId = 'fixed' | 'unit' | 'revenue';

export interface CostBehaviorGuide {
  id: CostBehaviorId;
  /** As the sheet shows it, e.g. "per unit". */
  label: string;
  /** What the amount means, e.g. "amount per unit sold". */
  amountLabel: string;
}

/** The limits the server holds requests to, so the sidebar can check fields as they are typed. */
export type { FieldLimits };

/**
 * The rules (src/core/rules/table.ts) the server holds the sidebar's fields to, as data, so the
 * sidebar checks each field as it is typed by the same rule.
 */
export interface SidebarRules {
  /** A note of any block but Customer Segments. */
  note: RecordRule;
  /** A customer segment. */
  segment: RecordRule;
  /** A revenue stream, by type: a brokerage stream's price is a take rate. */
  stream: VariantsRule;
  cost: VariantsRule;
  /** A scenario of the What-if panel: its name and its multipliers. */
  scenario: RecordRule;
  /** The values of the Assumptions step, one field per assumption. */
  assumptions: RecordRule;
}

/** One assumption as the Assumptions step presents it. */
export interface AssumptionGuide {
  key: AssumptionKey;
  /** As the sheet's panel labels it, e.g. "Monthly churn". */
  label: string;
  /** e.g. "per month". */
  unit: string;
  /** A ratio is shown and typed as a percentage (0.05 as 5); money in the canvas currency. */
  kind: 'ratio' | 'money';
  helpText: string;
}

/** Everything the guided steps show, besides the canvas itself. */
export interface SidebarGuide {
  /** The nine blocks in guided order: CS → VP → CH → CR → R$ → KR → KA → KP → C$. */
  blocks: BlockGuide[];
  streamTypes: StreamTypeGuide[];
  costBehaviors: CostBehaviorGuide[];
  limits: FieldLimits;
  rules: SidebarRules;
  /** The assumptions the Assumptions step edits, in order. */
  assumptions: AssumptionGuide[];
  licence: string;
}

export interface OpenRequest {
  /**
   * The canvas to show: the one the sidebar shows now (on Refresh and focus) or the one the user
   * picked; null on load, to show the active sheet when it is a canvas.
   */
  canvas: CanvasRef | null;
  /** Make `canvas` the active sheet too (the user picked it, or chose to go back to it). */
  activate: boolean;
}

/** A canvas sheet to offer in the list of the file's canvases. */
export type CanvasChoice = CanvasRef;

/** The active sheet, when it is not the canvas the sidebar shows. */
export interface ActiveElsewhere {
  sheetId: number;
  sheetName: string;
  /** The prefix of the canvas on it, or null when it is not a canvas. */
  prefix: string | null;
}

export type { NumberStyle } from './locale';

export type OpenResult =
  | { ok: true; view: 'canvas'; guide: SidebarGuide; state: CanvasState; elsewhere: ActiveElsewhere | null }
  /** No canvas to show: `message` says why; the user may pick one of `canvases` or make one. */
  | { ok: true; view: 'choose'; guide: SidebarGuide; message: string; canvases: CanvasChoice[] }
  | Refusal;

export interface CreateRequest {
  /** The new canvas's name as typed ("" for the default name). */
  name: string;
}

export interface EditRequest {
  canvas: CanvasRef;
  /** The version of the edited list as the sidebar showed it (`CanvasState.versions`). */
  version: string;
  edit: CanvasEdit;
}

export interface ImportRequest {
  /** The text of the JSON file the user picked. */
  jsonText: string;
}

export interface ExportRequest {
  canvas: CanvasRef;
}

export type ExportResult = { ok: true; fileName: string; json: string } | Refusal;

/** Every template as the gallery shows it, grouped by pattern in the book's order. */
export type GalleryResult = { ok: true; templates: GalleryEntry[] } | Refusal;

export interface NewFromTemplateRequest {
  /** The template's id, e.g. "free-photo-sharing". */
  id: string;
}

export interface AddTemplateRequest {
  /** The canvas to add to. */
  canvas: CanvasRef;
  id: string;
  /** "preview" says what would be added and writes nothing; "add" (the default) adds it. */
  mode?: 'preview' | 'add';
  /** The parts to add; left out: the notes, streams and costs, without the pattern check. */
  parts?: TemplateParts;
}

/** What one "Add to this canvas" added, to take it all back with one Undo. */
export interface TemplateUndo {
  notes: { block: NoteBlockId; item: Item }[];
  streams: RevenueStream[];
  costs: Cost[];
  patternCheck: boolean;
}

export interface UndoTemplateRequest {
  canvas: CanvasRef;
  undo: TemplateUndo;
}

export interface HintsRequest {
  canvas: CanvasRef;
}

/** The new canvas as read back from its sheet, and the patterns it resembles. */
export type NewFromTemplateResult = { ok: true; state: CanvasState; hints: PatternHint[] } | Refusal;

/**
 * The canvas read back after the template's items were added, the patterns it now resembles, and
 * what was added, one line per item ("Channels: App stores"); `added` is empty when the canvas
 * already had everything.
 */
export type AddTemplateResult =
  | {
      ok: true;
      state: CanvasState;
      added: string[];
      hints: PatternHint[];
      /** What the template would add now (after this call, when it added). */
      offer: TemplateOffer;
      /** What was added, for Undo; null for a preview or when nothing was added. */
      undo: TemplateUndo | null;
    }
  | Refusal;

export type HintsResult = { ok: true; hints: PatternHint[] } | Refusal;

export interface AssumptionsRequest {
  canvas: CanvasRef;
  /** The assumptions to set, each in the sheet's own unit (a ratio as 0.05, money as an amount); others stay. */
  values: Partial<Record<AssumptionKey, number>>;
}

export interface WhatIfRequest {
  canvas: CanvasRef;
  scenario: {
    /** The scenario's name (ignored unless `keep`: an unkept what-if goes into "What-if"). */
    name: string;
    /** One multiplier per driver, each a number ≥ 0 (1 = as on the canvas, 1.1 = 10 % more). */
    multipliers: Record<DriverKey, number>;
  };
  /** True to save the settings as the scenario named; false to try them in the "What-if" column. */
  keep: boolean;
  /**
   * How a kept scenario is written: "new" adds it in a free column (refused when the name is taken
   * or no column is free), "replace" overwrites the scenario of that name (refused when there is
   * none). Left out: the name's column is reused, else a free one taken.
   */
  keepAs?: KeepAs;
}

/**
 * The KPIs as the sheet showed them before the write and as it shows them after, the scenario the
 * sheet now follows, and the canvas read back.
 */
export type WhatIfResult =
  | {
      ok: true;
      scenario: string;
      /** A kept scenario took a free column ("added") or overwrote its namesake ("replaced"); null when not kept. */
      kept: 'added' | 'replaced' | null;
      before: Kpis;
      after: Kpis;
      state: CanvasState;
    }
  | Refusal;

/**
 * Every server function the sidebar calls, by global name: the one contract between the two.
 * src/gas/sidebar-api.ts implements exactly these (the compiler checks it), and the sidebar's
 * calls are typed from them (sidebar/server.ts). Each takes at most one request object and
 * answers with a result object; none throws for a bad request.
 */
export interface SidebarServer {
  /** Reads a canvas (the active sheet, or the one named): 3 spreadsheet calls plus the look-up. */
  sidebarOpen(request: OpenRequest): OpenResult;
  /** Adds a new empty canvas sheet, makes it active and returns it. */
  sidebarCreateCanvas(request: CreateRequest): OpenResult;
  /** Makes one change to a canvas and returns the canvas read back. */
  sidebarEdit(request: EditRequest): EditResult;
  /** Adds a canvas from a JSON document as a new sheet, makes it active and returns it. */
  sidebarImportJson(request: ImportRequest): OpenResult;
  /** The canvas as a JSON document, to save as a file. */
  sidebarExportJson(request: ExportRequest): ExportResult;
  /**
   * Writes driver multipliers into a scenario column and makes it the active scenario: 7
   * spreadsheet calls (4 reads, one write for the column, one for the dropdown, one read back).
   */
  sidebarWhatIf(request: WhatIfRequest): WhatIfResult;
  /** Writes assumptions (growth, churn, …) into the canvas's panel and returns the canvas read back. */
  sidebarSetAssumptions(request: AssumptionsRequest): EditResult;
  /** The template gallery; reads nothing from the spreadsheet. */
  listTemplates(): GalleryResult;
  /** Adds a new canvas sheet laid out from a template, pattern check included, and makes it active. */
  newCanvasFromTemplate(request: NewFromTemplateRequest): NewFromTemplateResult;
  /** Adds the template's items the canvas lacks; never changes, moves or repeats the canvas's own. */
  addTemplateToCanvas(request: AddTemplateRequest): AddTemplateResult;
  /**
   * Takes back what one "Add to this canvas" added, all of it or, when any of it changed on the
   * sheet since, nothing.
   */
  undoTemplateAddition(request: UndoTemplateRequest): EditResult;
  /** The patterns the canvas resembles, and what each would usually add. */
  patternHintsFor(request: HintsRequest): HintsResult;
}

export type ServerFunctionName = keyof SidebarServer;
