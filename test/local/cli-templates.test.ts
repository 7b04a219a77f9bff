/**
 * `bmc templates` and `bmc export --template ID OUT.xlsx`: every template of the gallery is listed
 * and exports, with its pattern check live beside the viability panel and no error anywhere.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { canvasToJson } from '../../src/core/canvas-json';
import { listTemplates } from '../../src/core/patterns';
import { templateCanvas } from '../../src/core/patterns/sheet';
import { closeTo, HAND_WORKED } from '../core/patterns/sheet/hand-worked';
import { runBmc } from '../helpers/cli-run';
import { fixturePath } from '../helpers/kpi-cases';

// Each template is laid out and calculated in the emulator: seconds, not milliseconds, on a busy machine.
jest.setTimeout(60_000);

const dir = mkdtempSync(join(tmpdir(), 'bmc-cli-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runBmc;

/** The workbook's defined names: name → sheet and cell (single cells only). */
function definedCells(wb: ExcelJS.Workbook): Map<string, { sheet: string; address: string }> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const out = new Map<string, { sheet: string; address: string }>();
  for (const { name, ranges } of model) {
    const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)$/.exec(ranges[0] ?? '');
    if (m) out.set(name, { sheet: m[1].replace(/''/g, "'"), address: `${m[2]}${m[3]}` });
  }
  return out;
}

function isError(v: unknown): boolean {
  return typeof v === 'object' && v !== null && 'error' in v;
}

const ids = listTemplates().map((t) => t.id);

describe('bmc templates', () => {
  test('prints one template a line: its id, a tab, then its title', async () => {
    const r = await run('templates');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const lines = r.out.split('\n');
    expect(lines).toEqual(listTemplates().map((t) => `${t.id}\t${t.title}`));
    expect(lines.length).toBeGreaterThanOrEqual(12);
    expect(lines[0]).toBe('unbundling-private-bank\tHarbourgate – unbundled private bank');
  });

  test('takes no arguments', async () => {
    const r = await run('templates', 'extra');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bmc: templates takes no arguments\./);
  });
});

describe('bmc export --template', () => {
  test('an unknown id is refused with the ids that exist, and nothing is written', async () => {
    const out = join(dir, 'nope.xlsx');
    const r = await run('export', '--template', 'freemium-dating', out);
    expect(r).toEqual({
      code: 1,
      out: '',
      err: `bmc: There is no template "freemium-dating". Known templates: ${ids.join(', ')}.`,
    });
    expect(existsSync(out)).toBe(false);
  });

  test('--template without an id is a usage error', async () => {
    const r = await run('export', '--template', join(dir, 'x.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bmc: --template needs a template id/);
  });

  test('mixes with canvas files, in the order given, and adds the Compare sheet', async () => {
    const out = join(dir, 'mixed.xlsx');
    const r = await run('export', fixturePath('one-stream'), '--template', 'free-photo-sharing', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // The .xlsx format cuts sheet names to 31 characters.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Corner Coffee', 'Pixelnook – freemium photo shar', 'Compare']);
    expect(r.out).toBe(
      `Wrote ${out}: "Corner Coffee", "Pixelnook – freemium photo sharing", "Compare" from one-stream.json, template free-photo-sharing.`,
    );
  });

  test.each(HAND_WORKED.map((h) => [h.id, h] as const))(
    '%s exports with its pattern check live and no error cell',
    async (id, hand) => {
      const out = join(dir, `${id}.xlsx`);
      const r = await run('export', '--template', id, out);
      expect(r).toMatchObject({ code: 0, err: '' });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets).toHaveLength(1);
      const ws = wb.worksheets[0];
      // The canvas prints landscape on one page.
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
      if (!ws.name.includes("'")) expect(ws.pageSetup.printArea).toMatch(/^A1:O\d+$/);

      const names = definedCells(wb);
      const result = [...names.keys()].find((n) => n.endsWith('_CheckResult'));
      if (result === undefined) throw new Error(`no _CheckResult name in ${id}`);
      const prefix = result.slice(0, -'_CheckResult'.length);
      const checkNames = [...names.keys()].filter((n) => n.startsWith(`${prefix}_Check`));
      const wrong = checkNames.flatMap((name) => {
        const cell = ws.getCell((names.get(name) as { address: string }).address);
        return cell.type === ExcelJS.ValueType.Formula && !isError(cell.result)
          ? []
          : [`${name}: ${JSON.stringify(cell.value)}`];
      });
      expect(wrong).toEqual([]);
      // The values the emulator computed and the file carries are the hand-worked ones.
      const at = (name: string) => ws.getCell((names.get(name) as { address: string }).address).result;
      expect(at(result)).toBe(hand.result);
      for (const [key, want] of Object.entries(hand.outputs)) {
        const name = `${prefix}_Check${key.charAt(0).toUpperCase()}${key.slice(1)}`;
        expect({ name, ok: closeTo(at(name), want) }).toEqual({ name, ok: true });
      }

      const errors: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (isError(cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value)) errors.push(cell.address);
        }),
      );
      expect(errors).toEqual([]);
    },
  );

  test('a template saved as JSON exports to the same workbook as --template', async () => {
    const json = join(dir, 'photo-sharing.json');
    writeFileSync(json, canvasToJson(templateCanvas('free-photo-sharing')!));
    const viaJson = join(dir, 'via-json.xlsx');
    const viaTemplate = join(dir, 'via-template.xlsx');
    expect((await run('export', json, viaJson)).code).toBe(0);
    expect((await run('export', '--template', 'free-photo-sharing', viaTemplate)).code).toBe(0);
    const cells = async (path: string) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const out: unknown[] = [];
      wb.worksheets[0].eachRow((row) => row.eachCell((cell) => out.push([cell.address, cell.value])));
      return { out, names: [...definedCells(wb).keys()] };
    };
    const a = await cells(viaJson);
    expect(a.names.filter((n) => n.includes('_Check')).length).toBeGreaterThan(5);
    expect(a).toEqual(await cells(viaTemplate));
  });

  test('every template of the gallery has a hand-worked case above', () => {
    expect(HAND_WORKED.map((h) => h.id).sort()).toEqual([...ids].sort());
  });
});

describe('the installed command (bin/bmc.js)', () => {
  const bmc = (...args: string[]) =>
    spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'bmc.js'), ...args], { encoding: 'utf8' });

  test('lists the templates, and refuses an unknown one without a stack trace', () => {
    const list = bmc('templates');
    expect(list.status).toBe(0);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(ids);
    const bad = bmc('export', '--template', 'nope', join(dir, 'nope.xlsx'));
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`bmc: There is no template "nope". Known templates: ${ids.join(', ')}.\n`);
  });
});
