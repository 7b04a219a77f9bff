/**
 * Counts spreadsheet calls the way the add-on's budget is measured: one per method call on a
 * Spreadsheet, Sheet, Range, RangeList, NamedRange or DeveloperMetadata, except the handles and
 * local accessors that Apps Script answers without a round trip (those never call `count`).
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  /** Records one call, named "Type.method" (e.g. "Range.setValues"). */
  count(method: string): void {
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
  }

  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }

  /** Calls per method, e.g. {"Range.setValues": 2}. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  reset(): void {
    this.counts.clear();
  }
}
