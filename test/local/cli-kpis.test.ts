import { runCli } from '../../src/local/cli';
import { agrees, fixturePath, KPI_CASES } from '../helpers/kpi-cases';

// Each canvas is laid out and calculated in the emulator: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

/** Runs `bmc kpis` in-process and returns what it printed, parsed. */
async function kpisOf(fixture: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['kpis', fixturePath(fixture)], { out: (t) => out.push(t), err: (t) => err.push(t) });
  expect({ code, err }).toEqual({ code: 0, err: [] });
  return JSON.parse(out.join('\n'));
}

describe.each(KPI_CASES)('bmc kpis on $fixture: the add-on’s layout in the emulator', ({ fixture, expected }) => {
  test('prints every hand-worked KPI, and the check says OK', async () => {
    const report = await kpisOf(fixture);
    expect(report.check).toBe('OK');
    const wrong = Object.entries(expected).filter(([key, want]) => !agrees(report.kpis[key], want));
    expect(wrong.map(([key, want]) => `${key}: expected ${want}, got ${JSON.stringify(report.kpis[key])}`)).toEqual([]);
  });
});
