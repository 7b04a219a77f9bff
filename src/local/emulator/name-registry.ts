/**
 * The spreadsheet's named ranges, mirrored into the formula engine as names so formulas can use
 * them. A named range whose cells are all deleted is dropped, as Sheets invalidates it, and
 * formulas that used it read #REF!.
 */
import { GridRect, columnToLetters, quoteSheetName } from './a1';
import type { FormulaEngine } from './formula-engine';
import type { RangeTracker, TrackedRange } from './tracked-range';

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CELL_LIKE_NAME = /^([A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*)$/;

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
    if (!VALID_NAME.test(name) || CELL_LIKE_NAME.test(name) || /^(true|false)$/i.test(name)) {
      throw new Error(
        `Invalid named range name "${name}": use letters, digits and underscores, start with a letter or underscore, and do not write a cell reference.`,
      );
    }
    if (!this.engine.canName(name)) {
      throw new Error(`The emulator's formula engine cannot use "${name}" as a name (it reads like a cell reference there).`);
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

  /** Creates the name, or moves it when it exists. */
  define(name: string, sheetId: number, rect: GridRect): void {
    this.check(name);
    const old = this.names.get(name.toLowerCase());
    if (old) this.tracker.forget(old.target);
    const record = { name: old?.name ?? name, target: this.tracker.track(sheetId, rect) };
    this.names.set(name.toLowerCase(), record);
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
