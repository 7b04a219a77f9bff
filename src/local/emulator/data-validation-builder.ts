/** The builder of data validation rules (SpreadsheetApp.newDataValidation()). */
import type { DataValidationBuilderApi, RangeApi } from '../../gas/spreadsheet-api';
import { EmuDataValidation, ValidationCriterion } from './data-validation';
import { emuRangeOf } from './range';

export class EmuDataValidationBuilder implements DataValidationBuilderApi {
  private criterion: ValidationCriterion | null = null;
  private allowInvalid = true;
  private helpText: string | null = null;

  requireValueInList(values: string[], showDropdown = true): this {
    this.criterion = { kind: 'list', values: values.map(String), showDropdown };
    return this;
  }

  requireValueInRange(range: RangeApi, showDropdown = true): this {
    const r = emuRangeOf(range);
    this.criterion = {
      kind: 'listFromRange',
      source: r.getSheet().spreadsheet.trackRange(r.getSheet(), r.rect),
      showDropdown,
    };
    return this;
  }

  requireNumberBetween(start: number, end: number): this {
    this.criterion = { kind: 'numberBetween', min: Math.min(start, end), max: Math.max(start, end) };
    return this;
  }

  requireNumberGreaterThanOrEqualTo(number: number): this {
    this.criterion = { kind: 'numberAtLeast', min: number };
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): this {
    this.helpText = helpText;
    return this;
  }

  build(): EmuDataValidation {
    if (!this.criterion) throw new Error('You must specify a criteria type before building a data validation rule.');
    return new EmuDataValidation(this.criterion, this.allowInvalid, this.helpText);
  }
}
