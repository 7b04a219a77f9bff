import { BenchCase } from '../bench-case';
import { addTemplateCases } from './add-template';
import { newCanvasCases } from './new-canvas';
import { readCanvasCases } from './read-canvas';
import { compareCases } from './compare';
import { financeCanvasCases } from './finance-canvas';

/** Every row of the benchmark, in the order printed. A new kind of operation is a new file here. */
export const BENCH_CASES: BenchCase[] = [
  ...newCanvasCases,
  ...readCanvasCases,
  ...financeCanvasCases,
  ...compareCases,
  ...addTemplateCases,
];
