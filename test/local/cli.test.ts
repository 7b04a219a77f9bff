import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { USAGE } from '../../src/local/cli';
import { runBmc } from '../helpers/cli-run';
import { fixturePath } from '../helpers/kpi-cases';

// Each canvas is laid out and calculated in the emulator: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'bmc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runBmc;

test('with no command or with help it prints the usage', async () => {
  expect(await run()).toEqual({ code: 0, out: USAGE, err: '' });
  expect((await run('--help')).out).toBe(USAGE);
});

test('an unknown command is a usage error', async () => {
  const r = await run('expor', 'a.json');
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/^bmc: unknown command "expor"\./);
});

test('a missing input names the file', async () => {
  const r = await run('kpis', join(dir, 'nowhere.json'));
  expect(r).toEqual({ code: 1, out: '', err: `bmc: cannot read ${join(dir, 'nowhere.json')}: no such file` });
});

test('an invalid canvas lists each bad field', async () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(
    bad,
    JSON.stringify({ name: 'Cafe', revenueStreams: [{ name: 'A', type: 'rent', price: 'ten', volume: 3 }] }),
  );
  const r = await run('export', bad, join(dir, 'out.xlsx'));
  expect(r.code).toBe(1);
  expect(r.err).toBe(
    [
      `bmc: ${bad} is not a valid canvas:`,
      '  - revenueStreams[0].type: expected one of "asset-sale", "usage-fee", "subscription", "lending", "licensing", "advertising", "brokerage", got "rent"',
      '  - revenueStreams[0].price: expected a number between 0 and 1,000,000,000,000, got "ten"',
    ].join('\n'),
  );
  expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
});

test('text that is not JSON is said to be so', async () => {
  const bad = join(dir, 'broken.json');
  writeFileSync(bad, '{"name": ');
  const r = await run('kpis', bad);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/is not a valid canvas:\n {2}- The text is not valid JSON \(/);
});

test('export wants the .xlsx last and a folder that exists', async () => {
  expect((await run('export', fixturePath('one-stream'))).code).toBe(2);
  const wrongExtension = await run('export', fixturePath('one-stream'), join(dir, 'out.csv'));
  expect(wrongExtension.code).toBe(2);
  expect(wrongExtension.err).toMatch(/the last argument must be the \.xlsx file to write, got ".*out\.csv"/);
  const noFolder = await run('export', fixturePath('one-stream'), join(dir, 'no', 'such', 'out.xlsx'));
  expect(noFolder).toMatchObject({
    code: 1,
    err: `bmc: cannot write ${join(dir, 'no', 'such', 'out.xlsx')}: its folder does not exist`,
  });
});

test('kpis takes exactly one canvas', async () => {
  expect((await run('kpis')).code).toBe(2);
  expect((await run('kpis', fixturePath('one-stream'), fixturePath('no-streams'))).code).toBe(2);
});

test('export writes one sheet per canvas, and Compare for two or more, and says which', async () => {
  const one = join(dir, 'one.xlsx');
  expect(await run('export', fixturePath('one-stream'), one)).toEqual({
    code: 0,
    err: '',
    out: `Wrote ${one}: "Corner Coffee" from one-stream.json.`,
  });
  expect(existsSync(one)).toBe(true);
  const two = join(dir, 'two.xlsx');
  const r = await run('export', fixturePath('one-stream'), fixturePath('one-stream'), two);
  expect(r).toEqual({
    code: 0,
    err: '',
    out: `Wrote ${two}: "Corner Coffee", "Corner Coffee (2)", "Compare" from one-stream.json, one-stream.json.`,
  });
  expect(existsSync(two)).toBe(true);
});

test('export keeps canvases whose names differ only in case apart: two sets of names, each with its own values', async () => {
  const fixture = JSON.parse(readFileSync(fixturePath('one-stream'), 'utf8'));
  const lower = join(dir, 'lower.json');
  const upper = join(dir, 'upper.json');
  writeFileSync(lower, JSON.stringify({ ...fixture, name: 'acme' }));
  writeFileSync(
    upper,
    JSON.stringify({ ...fixture, name: 'ACME', revenueStreams: [{ ...fixture.revenueStreams[0], price: 5 }] }),
  );
  const out = join(dir, 'case.xlsx');
  expect((await run('export', lower, upper, out)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const profits = names.filter((n) => n.name.endsWith('_Profit'));
  expect(profits.map((n) => n.name)).toEqual(['Acme_Profit', 'ACME2_Profit']);
  const resultAt = (range: string) => {
    const [, sheet, cell] = /^'?(.*?)'?!(.*)$/.exec(range) ?? [];
    return wb.getWorksheet(sheet)?.getCell(cell.replace(/\$/g, '')).result;
  };
  expect(profits[0].ranges[0]).toMatch(/^'?acme'?!/);
  expect(profits[1].ranges[0]).toMatch(/^'ACME \(2\)'!/);
  expect(resultAt(profits[0].ranges[0])).toBe(3250); // 4 × 2500 − 1.5 × 2500 − 3000
  expect(resultAt(profits[1].ranges[0])).toBe(5750); // 5 × 2500 − 1.5 × 2500 − 3000
  const lowerNames = names.map((n) => n.name.toLowerCase());
  expect(new Set(lowerNames).size).toBe(lowerNames.length);
});

describe('the installed command (bin/bmc.js)', () => {
  const bmc = (...args: string[]) =>
    spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'bmc.js'), ...args], { encoding: 'utf8' });

  test('prints KPIs as JSON', () => {
    const r = bmc('kpis', fixturePath('share-of-revenue'));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      canvas: 'Photo app',
      check: 'OK',
      kpis: { revenue: 10000, variableCosts: 3000, profit: 5000 },
    });
  });

  test('fails on bad input with a message, a non-zero exit and no stack trace', () => {
    const bad = join(dir, 'bad-share.json');
    writeFileSync(
      bad,
      JSON.stringify({ name: 'X', costs: [{ name: 'Fees', behavior: 'variable', per: 'revenue', amount: 1.5 }] }),
    );
    const r = bmc('kpis', bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `bmc: ${bad} is not a valid canvas:\n  - costs[0].amount: expected a share between 0 and 1, got 1.5 (did you mean 1.5 %, that is 0.015?)\n`,
    );
  });
});
