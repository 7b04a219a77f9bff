/** Spreadsheet-level named ranges. */
import type { NamedRangeApi, RangeApi } from '../../gas/spreadsheet-api';
import { EmuRange, emuRangeOf } from './range';
import type { EmuSpreadsheet } from './spreadsheet';

export class EmuNamedRange implements NamedRangeApi {
  constructor(
    private readonly spreadsheet: EmuSpreadsheet,
    private name: string,
  ) {}

  private count(method: string): void {
    this.spreadsheet.calls.count(`NamedRange.${method}`);
  }

  getName(): string {
    return this.name;
  }

  getRange(): EmuRange {
    const tracked = this.spreadsheet.namedRangeTarget(this.name);
    if (!tracked) throw new Error(`The named range "${this.name}" no longer exists.`);
    return this.spreadsheet.rangeOf(tracked);
  }

  setRange(range: RangeApi): this {
    this.count('setRange');
    const r = emuRangeOf(range);
    this.spreadsheet.moveName(this.name, r.getSheet(), r.rect);
    return this;
  }

  setName(name: string): this {
    this.count('setName');
    this.spreadsheet.renameName(this.name, name);
    this.name = name;
    return this;
  }

  remove(): void {
    this.count('remove');
    this.spreadsheet.dropName(this.name);
  }
}
