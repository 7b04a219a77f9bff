/**
 * The spreadsheet's named ranges, mirrored into the formula engine as names so formulas can use
 * them. A named range whose cells are all deleted is dropped, as Sheets invalidates it, and
 * formulas that used it read #REF!.
 */
import { GridRect, columnToLetters, quoteSheetName } from './a1';
import type { FormulaEngine } from './formula-engine';
import type { RangeTracker, TrackedRange } from './tracked-range';

/**
 * Sheets' rules for a range name (Google's help page "Name a range"), each with the reason Sheets
 * gives. Stricter where the page is vague: ASCII letters only, and lone R/C row or column
 * references count as R1C1.
 */
const NAME_RULES: readonly { breaks: (name: string) => boolean; why: string }[] = [
  { breaks: (n) => n.length < 1 || n.length > 250, why: 'it must have 1 to 250 characters' },
  { breaks: (n) => !/^[A-Za-z0-9_]*$/.test(n), why: 'it may hold only letters, digits and underscores' },
  { breaks: (n) => /^[0-9]/.test(n), why: 'it must not start with a digit' },
  { breaks: (n) => /^(true|false)/i.test(n), why: 'it must not start with TRUE or FALSE' },
  { breaks: (n) => /^[A-Za-z]{1,3}[0-9]+$/.test(n), why: 'it must not be shaped like an A1 reference' },
  {
    breaks: (n) => /^([Rr][0-9]*[Cc]?[0-9]*|[Cc][0-9]*)$/.test(n),
    why: 'it must not be shaped like an R1C1 reference',
  },
];

/** Why Sheets refuses `name` as a range name, or null when it takes it. */
export function rangeNameProblem(name: string): string | null {
  return NAME_RULES.find((rule) => rule.breaks(name))?.why ?? null;
}

interface NamedRangeRecord {
  name: string;
  target: TrackedRange;
}

function absoluteRef(sheetName: string, rect: GridRect): string {
  const corner = (row: number, column: number) => `$${columnToLetters(column)}$${row}`;
  const start = corner(rect.row, rect.column);
  const end = corner(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1);
  return `${quoteSheetName(sheetName)}!${start}${start === end ? '' : `:${end}`}`;
}

export class NameRegistry {
  // Keyed by lower-case name: Sheets and the engine both ignore case in names.
  private readonly names = new Map<string, NamedRangeRecord>();

  constructor(
    private readonly engine: FormulaEngine,
    private readonly tracker: RangeTracker,
    private readonly sheetNameOf: (sheetId: number) => string | null,
  ) {}

  private check(name: string): void {
    const problem = rangeNameProblem(name);
    if (problem !== null) throw new Error(`Invalid named range name "${name}": ${problem}.`);
    if (!this.engine.canName(name)) {
      throw new Error(
        `The emulator's formula engine cannot use "${name}" as a name (it reads like a cell reference there).`,
      );
    }
  }

  private sync(record: NamedRangeRecord): void {
    const sheetName = this.sheetNameOf(record.target.sheetId);
    if (sheetName === null || !record.target.valid) {
      this.names.delete(record.name.toLowerCase());
      this.tracker.forget(record.target);
      this.engine.setName(record.name, '=#REF!');
      return;
    }
    this.engine.setName(record.name, `=${absoluteRef(sheetName, record.target)}`);
  }

  private record(name: string): NamedRangeRecord {
    const record = this.names.get(name.toLowerCase());
    if (!record) throw new Error(`Named range "${name}" does not exist.`);
    return record;
  }

  /**
   * Creates a name. Names ignore case, so "ACME_Revenue" after "acme_Revenue" is the same name:
   * refused here, though Sheets may instead move the existing one, which is worse for the caller.
   */
  create(name: string, sheetId: number, rect: GridRect): void {
    this.check(name);
    const existing = this.names.get(name.toLowerCase());
    if (existing) throw new Error(`A named range "${existing.name}" already exists (names ignore case).`);
    const record = { name, target: this.tracker.track(sheetId, rect) };
    this.names.set(name.toLowerCase(), record);
    this.sync(record);
  }

  /** Points an existing name at another range. */
  move(name: string, sheetId: number, rect: GridRect): void {
    const record = this.record(name);
    this.tracker.forget(record.target);
    record.target = this.tracker.track(sheetId, rect);
    this.sync(record);
  }

  rename(oldName: string, newName: string): void {
    const record = this.record(oldName);
    if (oldName.toLowerCase() !== newName.toLowerCase() && this.names.has(newName.toLowerCase())) {
      throw new Error(`A named range "${newName}" already exists.`);
    }
    this.check(newName);
    this.names.delete(oldName.toLowerCase());
    this.engine.removeName(record.name);
    record.name = newName;
    this.names.set(newName.toLowerCase(), record);
    this.sync(record);
  }

  /** Removes the name: formulas that use it read #NAME?. */
  drop(name: string): void {
    const record = this.record(name);
    this.names.delete(name.toLowerCase());
    this.tracker.forget(record.target);
    this.engine.removeName(record.name);
  }

  target(name: string): TrackedRange | null {
    return this.names.get(name.toLowerCase())?.target ?? null;
  }

  /** In creation order; `target` is a copy. */
  entries(): { name: string; target: TrackedRange }[] {
    return [...this.names.values()].map((r) => ({ name: r.name, target: { ...r.target } }));
  }

  /** Re-mirrors the names on a sheet after it moved, was renamed or deleted. */
  syncSheet(sheetId: number): void {
    for (const record of [...this.names.values()]) if (record.target.sheetId === sheetId) this.sync(record);
  }
}
