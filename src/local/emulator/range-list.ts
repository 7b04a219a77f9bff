/** RangeList: the same format applied to several ranges of a sheet in one call. */
import type { RangeListApi } from '../../gas/spreadsheet-api';
import { applyBorderInPlace } from './borders';
import { CellStyle, StyleKey, withStyle } from './cell-format';
import { mapRect } from './grid-shape';
import type { EmuRange } from './range';
import type { EmuSheet } from './sheet';

export class EmuRangeList implements RangeListApi {
  constructor(
    private readonly sheet: EmuSheet,
    private readonly ranges: EmuRange[],
  ) {}

  private count(method: string): void {
    this.sheet.spreadsheet.calls.count(`RangeList.${method}`);
  }

  private styleAll<K extends StyleKey>(key: K, value: CellStyle[K] | null): this {
    for (const range of this.ranges) {
      const sheet = range.getSheet();
      mapRect(range.rect, (r, c) => sheet.updateProps(r, c, (p) => ({ ...p, style: withStyle(p.style, key, value) })));
    }
    return this;
  }

  getRanges(): EmuRange[] {
    this.count('getRanges');
    return [...this.ranges];
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color: string | null = null,
    style: GoogleAppsScript.Spreadsheet.BorderStyle | null = null,
  ): this {
    this.count('setBorder');
    for (const range of this.ranges) {
      applyBorderInPlace(range.getSheet(), range.rect, {
        top,
        left,
        bottom,
        right,
        vertical,
        horizontal,
        color,
        style,
      });
    }
    return this;
  }

  setBackground(color: string | null): this {
    this.count('setBackground');
    return this.styleAll('background', color);
  }

  setFontWeight(fontWeight: string | null): this {
    this.count('setFontWeight');
    return this.styleAll('fontWeight', fontWeight);
  }

  setFontColor(color: string | null): this {
    this.count('setFontColor');
    return this.styleAll('fontColor', color);
  }

  setNumberFormat(numberFormat: string): this {
    this.count('setNumberFormat');
    return this.styleAll('numberFormat', numberFormat);
  }

  setWrap(wrap: boolean): this {
    this.count('setWrap');
    return this.styleAll('wrap', wrap);
  }

  setHorizontalAlignment(alignment: string | null): this {
    this.count('setHorizontalAlignment');
    return this.styleAll('horizontalAlignment', alignment);
  }
}
