/** One row of the benchmark: an operation measured on a fresh in-memory spreadsheet. */
export interface BenchCase {
  name: string;
  /** Items per block of the canvas the operation works on. */
  items: number;
  /** Formula cells the operation writes, where that is worth reporting. */
  formulaCells?: number;
  /**
   * Sets up a fresh spreadsheet (not measured) and returns the operation to measure together
   * with the counter that records its spreadsheet calls.
   */
  prepare(): PreparedOperation;
}

export interface PreparedOperation {
  run(): void;
  calls: { total(): number; reset(): void };
}

/** One result row, as printed in the table and in the JSON output. */
export interface BenchRow {
  name: string;
  items: number;
  calls: number;
  ms: number;
  formulaCells?: number;
}
