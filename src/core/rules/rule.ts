/**
 * The kinds of rule a field can have. A rule is plain data: the checker (check.ts) reads it to
 * judge a value, and the schema writer (schema.ts) reads it to describe the same value.
 */
import { LimitName } from './limits';

interface RuleBase {
  /** What the field means, for the schema's readers. */
  description?: string;
}

/** Text. Required text cannot be blank; optional text that is blank counts as not given. */
export interface TextRule extends RuleBase {
  type: 'text';
  required: boolean;
  /** Whether spaces around the text are dropped (names are; a sheet's name is taken as it is). */
  trim: boolean;
  /** Left out for text whose length is another rule's business (a JSON file, a name typed for a new canvas). */
  maxLength?: LimitName;
  /** A required text that may be blank (it must be there, and be text). */
  blank?: boolean;
  /** null stands for "none" (a sidebar that shows no canvas yet). */
  nullable?: boolean;
  /**
   * The list whose names this text must be one of (compared after trimming, capitals counting):
   * the canvas's customer segments or its revenue streams.
   */
  refersTo?: Reference;
}

/** The lists of names a text can refer to. */
export type Reference = 'segment' | 'stream' | 'scenario';

/** A finite number in [min, max]. */
export interface NumberRule extends RuleBase {
  type: 'number';
  min: number;
  max: number | null;
  /** Taken when the field is not given; without one, a required field must be given. */
  default?: number;
  required: boolean;
  /** null stands for "not known yet" (and is what an absent field reads as). */
  nullable: boolean;
  /** Only whole numbers. */
  integer?: boolean;
  /** Wording of the range when it is not "a number ≥ min" or "a number between min and max". */
  expected?: string;
  /**
   * A share, such as a take rate or a churn: 0.12 is 12 %. The sidebar takes it typed as `12%`,
   * `12 %` or `0.12` and shows it as a percent; the sheet formats its cells as percents.
   */
  percent?: boolean;
}

/** One of a fixed set of words. */
export interface ChoiceRule extends RuleBase {
  type: 'choice';
  values: readonly string[];
  required: boolean;
  /** Wording when the list is too long to spell out. */
  expected?: string;
}

export interface BooleanRule extends RuleBase {
  type: 'boolean';
  /** An optional truth value may be left out (it is then not given); a required one must be there. */
  required?: boolean;
}

/**
 * A field of a record that may be given only when the record's other fields match one of `when`
 * (each a set of field values; `null` there stands for a field left out).
 */
export interface OnlyIf {
  when: readonly Readonly<Record<string, string | boolean | null>>[];
  /** What the problem says, e.g. "churn applies only to a recurring stream". */
  message: string;
}

/** Text in a fixed shape, such as a currency code. */
export interface PatternRule extends RuleBase {
  type: 'pattern';
  pattern: string;
  expected: string;
  default: string;
}

/** Two entries of a list may not share this field, compared trimmed and ignoring capitals. */
export interface UniqueRule {
  field: string;
  /** The entries, e.g. "stream": "a name no other stream has". */
  noun: string;
}

export interface ListRule extends RuleBase {
  type: 'list';
  of: Rule;
  /** An absent optional list is empty. */
  required: boolean;
  minItems?: number;
  maxItems?: number;
  /** Taken when the list is not given. */
  default?: readonly unknown[];
  /** What the list holds, for "expected a list of 1 to 5 scenarios". */
  noun?: string;
  unique?: UniqueRule;
}

/** An object with named fields; any other field is refused. */
export interface RecordRule extends RuleBase {
  type: 'record';
  /** Its name among the schema's definitions, when it has one. */
  name?: string;
  fields: Readonly<Record<string, Rule>>;
  required: boolean;
  /** Wording of "expected …" when it is not "an object". */
  expected?: string;
  /** A bare value that stands for an object with only this field (a note as plain text). */
  shorthand?: string;
  /** Fields that may be given only when other fields say so. */
  onlyIf?: Readonly<Record<string, OnlyIf>>;
}

/** One of several records, told apart by the values of `keys`, in order. */
export interface VariantsRule extends RuleBase {
  type: 'variants';
  name?: string;
  keys: readonly string[];
  options: readonly RecordRule[];
  required: boolean;
}

export type Rule =
  | TextRule
  | NumberRule
  | ChoiceRule
  | BooleanRule
  | PatternRule
  | ListRule
  | RecordRule
  | VariantsRule;
