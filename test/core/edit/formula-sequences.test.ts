/**
 * Any sequence of deletes and moves of revenue streams whose prices refer to other streams'
 * prices: every formula still refers to the stream it referred to, and exactly the deletes of a
 * stream another one refers to are refused, naming that stream's price cell.
 */
import fc from 'fast-check';
import { CanvasEdit } from '../../../src/core/api';
import { planEdit } from '../../../src/core/edit/plan-edit';
import { placeOf } from '../../../src/core/layout/canvas-layout';
import { emptyCanvas } from '../../../src/core/model';
import { carryOut, laidOut, readBack, startOf, TestSheet } from './canvas-grid';

const PRICE = 11;
const NAMES = ['Coffee', 'Tea', 'Pastries', 'Office boxes', 'Beans'];

/** A stream and the stream its price refers to (by name; null: a plain number). */
interface Modelled {
  name: string;
  target: string | null;
}

const op = fc.record({ kind: fc.constantFrom('delete', 'move'), pick: fc.nat(), to: fc.nat() });

test('prices that refer to other streams keep referring to them through any deletes and moves', () => {
  fc.assert(
    fc.property(
      fc.array(fc.option(fc.nat(), { nil: null }), { minLength: NAMES.length, maxLength: NAMES.length }),
      fc.array(op, { minLength: 1, maxLength: 12 }),
      (targets, ops) => {
        const canvas = emptyCanvas('Corner Coffee');
        canvas.revenueStreams = NAMES.map((name, i) => ({ name, type: 'asset-sale', price: i + 1, volume: 10 }));
        const sheet: TestSheet = laidOut(canvas);
        const first = () => placeOf(readBack(sheet).places, 'revenueStreams').items.row;
        // Stream i's price refers to an earlier stream's price, or is a number.
        let model: Modelled[] = NAMES.map((name, i) => {
          const t = targets[i];
          return { name, target: i === 0 || t === null ? null : NAMES[t % i] };
        });
        model.forEach((m, i) => {
          if (m.target === null) return;
          sheet.formulas[first() + i - 1][PRICE - 1] = `=K${first() + NAMES.indexOf(m.target)}+1`;
        });

        for (const { kind, pick, to } of ops) {
          if (model.length === 0) break;
          const entries = readBack(sheet).canvas.revenueStreams;
          const index = pick % model.length;
          const edit: CanvasEdit =
            kind === 'delete'
              ? { kind, block: 'revenueStreams', index, expected: entries[index] }
              : { kind: 'move', block: 'revenueStreams', index, expected: entries[index], to: to % model.length };
          const decision = planEdit(startOf(sheet), [edit]);
          const referrer = model.find((m) => m.target === model[index].name);
          if (kind === 'delete' && referrer) {
            const at = `K${first() + model.indexOf(referrer)}`;
            expect(decision).toMatchObject({ ok: false, reason: 'failed' });
            expect((decision as { message: string }).message).toContain(`The price of "${referrer.name}" (${at})`);
            continue;
          }
          if (!decision.ok) throw new Error(JSON.stringify(decision));
          carryOut(sheet, decision.plan);
          model = model.slice();
          const [moved] = model.splice(index, 1);
          if (kind === 'move') model.splice(to % (model.length + 1), 0, moved);
        }

        expect(readBack(sheet).canvas.revenueStreams.map((s) => s.name)).toEqual(model.map((m) => m.name));
        model.forEach((m, i) => {
          const expected = m.target === null ? '' : `=K${first() + model.findIndex((x) => x.name === m.target)}+1`;
          expect(sheet.formulas[first() + i - 1][PRICE - 1]).toBe(expected);
        });
      },
    ),
    { numRuns: 60 },
  );
});
