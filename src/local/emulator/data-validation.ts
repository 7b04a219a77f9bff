/** Data validation rules and their builder (SpreadsheetApp.newDataValidation()). */
import type { DataValidationApi, DataValidationBuilderApi, RangeApi } from '../../gas/spreadsheet-api';
import { DataValidationCriteria } from './enums';
import { emuRangeOf } from './range';
import type { TrackedRange } from './tracked-range';

/** A rule's test, as plain data. */
export type ValidationCriterion =
  | { kind: 'list'; values: string[]; showDropdown: boolean }
  | { kind: 'listFromRange'; source: TrackedRange; showDropdown: boolean }
  | { kind: 'numberBetween'; min: number; max: number }
  | { kind: 'numberAtLeast'; min: number };

const CRITERIA_TYPE = {
  list: DataValidationCriteria.VALUE_IN_LIST,
  listFromRange: DataValidationCriteria.VALUE_IN_RANGE,
  numberBetween: DataValidationCriteria.NUMBER_BETWEEN,
  numberAtLeast: DataValidationCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO,
} as const;

export class EmuDataValidation implements DataValidationApi {
  constructor(
    readonly criterion: ValidationCriterion,
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
  ) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return CRITERIA_TYPE[this.criterion.kind];
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

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
