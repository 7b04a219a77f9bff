/** Runs the `bmc` command line in this process and collects what it printed. */
import { runCli } from '../../src/local/cli';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runBmc(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
