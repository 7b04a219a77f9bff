/** Data validation rules, as the builder makes them and a range holds them. */
import type { DataValidationApi } from '../../gas/spreadsheet-api';
import { DataValidationCriteria } from './enums';
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
