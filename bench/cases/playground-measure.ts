/**
 * A benchmark row that is not an emulator operation: a size, a count of server round trips, or a
 * time measured in Chromium.
 */
export interface PlaygroundMeasure {
  name: string;
  value: number;
  unit: 'bytes' | 'round trips' | 'ms';
  /** What the number should be, in words, when there is a target. */
  target?: string;
}
