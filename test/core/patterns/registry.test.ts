import { blockInfo } from '../../../src/core/blocks';
import { canvasNameFromInput } from '../../../src/core/layout/names';
import { Canvas, NOTE_BLOCK_IDS } from '../../../src/core/model';
import {
  canvasRefValue,
  CHECK_KINDS,
  CheckKind,
  evaluateCheck,
  getTemplate,
  listTemplates,
  PatternTemplate,
  PATTERNS,
} from '../../../src/core/patterns';

const ids = listTemplates().map((t) => t.id);
const template = (id: string): PatternTemplate => {
  const found = getTemplate(id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
};

/** The check each pattern (and FREE variant) carries. */
function expectedCheckKind(t: PatternTemplate): CheckKind {
  if (t.pattern === 'free') return t.variant as CheckKind;
  return t.pattern;
}

describe('the list', () => {
  test('has at least 12 templates with unique kebab-case ids', () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  test("is stable and grouped by pattern in the book's order", () => {
    expect(listTemplates()).toEqual(listTemplates());
    const order = listTemplates().map((t) => PATTERNS.findIndex((p) => p.id === t.pattern));
    expect(order.every((n) => n >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('gives id, title, pattern, variant and summary, as the template holds them', () => {
    for (const entry of listTemplates()) {
      expect(Object.keys(entry).sort()).toEqual(['id', 'pattern', 'summary', 'title', 'variant']);
      const t = template(entry.id);
      expect(entry).toEqual({ id: t.id, title: t.title, pattern: t.pattern, variant: t.variant, summary: t.summary });
    }
  });

  test('covers every pattern and variant the gallery promises', () => {
    const count = (pattern: string, variant?: string) =>
      listTemplates().filter((t) => t.pattern === pattern && (variant === undefined || t.variant === variant)).length;
    expect(count('unbundling')).toBeGreaterThanOrEqual(2);
    expect(count('long-tail')).toBeGreaterThanOrEqual(2);
    expect(count('multi-sided')).toBeGreaterThanOrEqual(2);
    expect(count('free', 'advertising')).toBeGreaterThanOrEqual(1);
    expect(count('free', 'freemium')).toBeGreaterThanOrEqual(1);
    expect(count('free', 'bait-and-hook')).toBeGreaterThanOrEqual(1);
    expect(count('open', 'outside-in')).toBe(1);
    expect(count('open', 'inside-out')).toBe(1);
    expect(count('open', 'connector')).toBe(1);
    expect(ids).toEqual(expect.arrayContaining(['unbundling-private-bank', 'unbundling-mobile-operator']));
  });
});

describe('getTemplate', () => {
  test('returns a deep copy: changing it leaves the registry as it was', () => {
    const first = template('free-photo-sharing');
    first.canvas.revenueStreams[0].price = 99;
    first.canvas.blocks.customerSegments.push({ text: 'Intruders' });
    first.check.description = 'changed';
    const again = template('free-photo-sharing');
    expect(again.canvas.revenueStreams[0].price).toBe(0);
    expect(again.canvas.blocks.customerSegments.map((i) => i.text)).not.toContain('Intruders');
    expect(again.check.description).toBe(CHECK_KINDS.freemium.description);
  });

  test('an unknown id gives undefined', () => {
    expect(getTemplate('no-such-template')).toBeUndefined();
    expect(getTemplate('')).toBeUndefined();
  });
});

describe.each(ids)('template %s', (id) => {
  const t = template(id);
  const c = t.canvas;
  const segments = c.blocks.customerSegments.map((i) => i.text);

  test('has its words: title, one-line summary, a short explanation, all marked illustrative', () => {
    for (const text of [t.title, t.variant, t.summary, t.explanation]) expect(text.trim()).not.toBe('');
    expect(t.summary).not.toMatch(/\n/);
    const sentences = t.explanation.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(4);
    expect(t.illustrative).toBe(true);
    expect(t.summary).toMatch(/illustrative/i);
    expect(t.explanation).toMatch(/illustrative/i);
    expect(c.name).toBe(t.title);
    // The title names the canvas, and so a sheet tab: it must pass as a typed canvas name.
    expect(canvasNameFromInput(t.title)).toEqual({ ok: true, name: t.title });
  });

  test('fills every block: two notes or more outside the segments, streams and costs', () => {
    for (const block of NOTE_BLOCK_IDS) {
      const items = c.blocks[block];
      expect(items.length).toBeGreaterThanOrEqual(block === 'customerSegments' ? 1 : 2);
      for (const item of items) expect(item.text.trim()).not.toBe('');
    }
    expect(c.revenueStreams.length).toBeGreaterThanOrEqual(1);
    expect(c.costs.length).toBeGreaterThanOrEqual(2);
  });

  test("uses the blocks' own category names", () => {
    for (const block of NOTE_BLOCK_IDS) {
      const known = blockInfo(block).categories;
      for (const item of c.blocks[block]) if (item.category !== undefined) expect(known).toContain(item.category);
    }
  });

  test('links offers, channels, relationships and streams to segments that exist', () => {
    expect(new Set(segments).size).toBe(segments.length);
    for (const block of ['valuePropositions', 'channels', 'customerRelationships'] as const) {
      for (const item of c.blocks[block]) expect(segments).toContain(item.segment);
    }
    for (const s of c.revenueStreams) expect(segments).toContain(s.segment);
    for (const name of segments) {
      expect(c.blocks.valuePropositions.some((i) => i.segment === name)).toBe(true);
    }
  });

  test('has complete, plausible drivers: numbers ≥ 0, shares ≤ 1, costs naming real streams', () => {
    const streamNames = c.revenueStreams.map((s) => s.name);
    expect(new Set(streamNames).size).toBe(streamNames.length);
    expect(new Set(c.costs.map((x) => x.name)).size).toBe(c.costs.length);
    for (const s of c.revenueStreams) {
      for (const n of [s.price, s.volume]) {
        expect(typeof n).toBe('number');
        expect(Number.isFinite(n)).toBe(true);
        expect(n as number).toBeGreaterThanOrEqual(0);
      }
      if (s.type === 'brokerage') expect(s.price as number).toBeLessThanOrEqual(1);
    }
    for (const cost of c.costs) {
      expect(typeof cost.amount).toBe('number');
      expect(cost.amount as number).toBeGreaterThanOrEqual(0);
      if (cost.behavior === 'variable' && cost.per === 'revenue') expect(cost.amount as number).toBeLessThanOrEqual(1);
      if (cost.behavior === 'variable' && cost.per === 'unit') expect(streamNames).toContain(cost.stream);
    }
  });

  test('carries the check of its pattern', () => {
    expect(t.check.kind).toBe(expectedCheckKind(t));
    expect(t.check.description).toBe(CHECK_KINDS[t.check.kind].description);
  });

  test("its check's inputs agree with the canvas", () => {
    const check = t.check;
    if (check.kind === 'unbundling') {
      for (const unit of check.units) {
        expect(canvasRefValue(c, { ref: 'revenue', streams: unit.streams })).toBeCloseTo(unit.revenue, 6);
        expect(canvasRefValue(c, { ref: 'monthly-cost', costs: unit.costs })).toBeCloseTo(unit.cost, 6);
      }
      // Every stream and cost belongs to exactly one unit.
      expect(check.units.flatMap((u) => u.streams).sort()).toEqual(c.revenueStreams.map((s) => s.name).sort());
      expect(check.units.flatMap((u) => u.costs).sort()).toEqual(c.costs.map((x) => x.name).sort());
      return;
    }
    const inputs = check.inputs as unknown as Record<string, number>;
    const sources = check.sources as Record<string, Parameters<typeof canvasRefValue>[1] | undefined>;
    for (const info of CHECK_KINDS[check.kind].inputs) {
      const value = inputs[info.key];
      expect(Number.isFinite(value)).toBe(true);
      expect(value).toBeGreaterThanOrEqual(0);
      const source = sources[info.key];
      if (info.from === 'check') {
        expect(source).toBeUndefined();
        continue;
      }
      expect(source).toBeDefined();
      expect(canvasRefValue(c, source!)).toBeCloseTo(value, 6);
    }
    expect(Object.keys(inputs).sort()).toEqual(CHECK_KINDS[check.kind].inputs.map((i) => i.key).sort());
  });

  test('round-trips through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(t))).toStrictEqual(t);
  });
});

/** Monthly operating profit of a canvas: all revenue less all costs. */
function monthlyProfit(c: Canvas): number {
  const revenue = canvasRefValue(c, { ref: 'revenue', streams: c.revenueStreams.map((s) => s.name) });
  const costs = canvasRefValue(c, { ref: 'monthly-cost', costs: c.costs.map((x) => x.name) });
  if (revenue === null || costs === null) throw new Error(`${c.name} has a blank driver`);
  return revenue - costs;
}

const result = (id: string) => evaluateCheck(template(id).check);

describe('each template tells its story in numbers (hand-worked, per month)', () => {
  test('private bank: all three businesses cover their costs; the platform, on a 5 % margin, lives on volume', () => {
    // Advice 900 × 600 − 320,000 − 900 × 60; products 1,200 × 250 − 190,000 − 1,200 × 80;
    // processing 1,500,000 × 0.4 − 450,000 − 1,500,000 × 0.08.
    expect(monthlyProfit(template('unbundling-private-bank').canvas)).toBeCloseTo(166_000 + 14_000 + 30_000, 6);
    const r = result('unbundling-private-bank');
    if (r.kind !== 'unbundling') throw new Error('wrong kind');
    expect(r.units.map((u) => Math.round(u.profit))).toEqual([166_000, 14_000, 30_000]);
    expect(r.units[2].profit / r.units[2].revenue).toBeCloseTo(30_000 / 600_000, 9);
    expect(r.pass).toBe(true);
  });

  test('mobile operator: subscribers carry the network fees; the content store just pays its way', () => {
    // 1,000,000 + 240,000 − 40,000 × 9 − 6,000 × 12 − 380,000 − 210,000 = 218,000; 60,000 − 36,000 − 15,000 = 9,000.
    expect(monthlyProfit(template('unbundling-mobile-operator').canvas)).toBeCloseTo(227_000, 6);
    const r = result('unbundling-mobile-operator');
    if (r.kind !== 'unbundling') throw new Error('wrong kind');
    expect(r.units.map((u) => Math.round(u.profit))).toEqual([218_000, 9_000]);
    expect(r.pass).toBe(true);
  });

  test('self-publishing: 30,000 titles at 3 copies each and 3 margin beat the platform by 60,000', () => {
    // 90,000 × (14 − 11) + 3,000 × 9 − 210,000
    expect(monthlyProfit(template('long-tail-self-publishing').canvas)).toBeCloseTo(87_000, 6);
    const r = result('long-tail-self-publishing');
    if (r.kind !== 'long-tail') throw new Error('wrong kind');
    expect(r.values.salesPerItem).toBe(3);
    expect(r.values.surplus).toBeCloseTo(60_000, 6);
    expect(r.pass).toBe(true);
  });

  test("fan-designed kits: the whole profit is the tail's margin over the platform", () => {
    // 2,500 designs × 2 kits × (40 − 26) − 55,000
    expect(monthlyProfit(template('long-tail-user-designed-kits').canvas)).toBeCloseTo(15_000, 6);
    const r = result('long-tail-user-designed-kits');
    if (r.kind !== 'long-tail') throw new Error('wrong kind');
    expect(r.values.surplus).toBeCloseTo(15_000, 6);
    expect(r.values.breakEvenItems).toBeCloseTo(55_000 / 28, 9);
  });

  test('search engine: advertisers cover free searches and the platform 1.125 times', () => {
    // (900,000 − 45,000) ÷ (360,000 + 400,000)
    expect(monthlyProfit(template('multi-sided-search-engine').canvas)).toBeCloseTo(95_000, 6);
    const r = result('multi-sided-search-engine');
    if (r.kind !== 'multi-sided') throw new Error('wrong kind');
    expect(r.values.coverageRatio).toBeCloseTo(855_000 / 760_000, 12);
    expect(r.values.surplus).toBeCloseTo(95_000, 6);
  });

  test("game console: each console loses 80, and studios' royalties more than make up for it", () => {
    // 40,000 × (379 − 299) = 3,200,000 subsidy; (13,800,000 − 2,358,000) ÷ (3,200,000 + 5,500,000)
    expect(monthlyProfit(template('multi-sided-game-console').canvas)).toBeCloseTo(2_742_000, 6);
    const r = result('multi-sided-game-console');
    if (r.kind !== 'multi-sided') throw new Error('wrong kind');
    expect(r.values.subsidy).toBe(3_200_000);
    expect(r.values.coverageRatio).toBeCloseTo(11_442_000 / 8_700_000, 12);
    expect(r.pass).toBe(true);
  });

  test('commuter paper: a CPM of 4 clears the 3.625 it needs to break even', () => {
    // 240,000 × 4 − 8,000,000 × 0.07 − 310,000
    expect(monthlyProfit(template('free-commuter-paper').canvas)).toBeCloseTo(90_000, 6);
    const r = result('free-commuter-paper');
    if (r.kind !== 'advertising') throw new Error('wrong kind');
    expect(r.values.breakEvenCpm).toBeCloseTo(870_000 / 240_000, 12);
    expect(r.values.surplus).toBeCloseTo(90_000, 6);
  });

  test('photo sharing: the illustrative freemium model just breaks even, 1 in 26 paying against 3.81 % needed', () => {
    // 20,000 × 6 − 500,000 × 0.12 − 20,000 × 0.9 − 41,000
    expect(monthlyProfit(template('free-photo-sharing').canvas)).toBeCloseTo(1_000, 6);
    const r = result('free-photo-sharing');
    if (r.kind !== 'freemium') throw new Error('wrong kind');
    expect(r.values.profit).toBeCloseTo(1_000, 6);
    expect(r.values.conversionRate).toBeCloseTo(1 / 26, 12);
    // (520,000 × 0.12 + 41,000) ÷ (520,000 × (6 − 0.9 + 0.12))
    expect(r.values.breakEvenConversion).toBeCloseTo(103_400 / 2_714_400, 12);
    expect(r.pass).toBe(true);
  });

  test('razor and blades: the 6 lost on a handle comes back in 6 months of refills', () => {
    // 30,000 × (3 − 9) + 150,000 × (12 − 4 − 3) − 450,000
    expect(monthlyProfit(template('free-razor-and-blades').canvas)).toBeCloseTo(120_000, 6);
    const r = result('free-razor-and-blades');
    if (r.kind !== 'bait-and-hook') throw new Error('wrong kind');
    expect(r.values.paybackMonths).toBeCloseTo(6, 9);
    expect(r.values.lifetimeConsumableMargin).toBeCloseTo(25, 9);
    // Steady state: new shavers a month × lifetime × packs per shaver per month = packs sold.
    const c = template('free-razor-and-blades').canvas;
    expect(c.revenueStreams[0].volume! * 25 * 0.2).toBeCloseTo(c.revenueStreams[1].volume!, 6);
  });

  test('outside-in: buying ideas in saves 200,000 of the 300,000 in-house research would cost', () => {
    // 600,000 × (4 − 2.2) + 15,000 × (20 − 11) − 900,000
    expect(monthlyProfit(template('open-outside-in-household-goods').canvas)).toBeCloseTo(315_000, 6);
    const r = result('open-outside-in-household-goods');
    if (r.kind !== 'open') throw new Error('wrong kind');
    expect(r.values.rdCostAvoided).toBe(200_000);
    expect(r.pass).toBe(true);
  });

  test('inside-out: licensing idle patents brings 65,000 of the 100,000 profit', () => {
    // 5,000 × (150 − 95) + 15 × 6,000 − 265,000
    expect(monthlyProfit(template('open-inside-out-patent-licensing').canvas)).toBeCloseTo(100_000, 6);
    const r = result('open-inside-out-patent-licensing');
    if (r.kind !== 'open') throw new Error('wrong kind');
    expect(r.values.netOpenIncome).toBe(65_000);
  });

  test('connector: commission and memberships cover the platform and scoping with 98,600 to spare', () => {
    // 0.25 × 1,200,000 + 40 × 2,000 − 270,000 − 0.03 × 380,000
    expect(monthlyProfit(template('open-connector-solver-marketplace').canvas)).toBeCloseTo(98_600, 6);
    const r = result('open-connector-solver-marketplace');
    if (r.kind !== 'open') throw new Error('wrong kind');
    expect(r.values.openValue).toBeCloseTo(98_600, 6);
  });

  test('every template has its story told above', () => {
    const told = [
      'unbundling-private-bank',
      'unbundling-mobile-operator',
      'long-tail-self-publishing',
      'long-tail-user-designed-kits',
      'multi-sided-search-engine',
      'multi-sided-game-console',
      'free-commuter-paper',
      'free-photo-sharing',
      'free-razor-and-blades',
      'open-outside-in-household-goods',
      'open-inside-out-patent-licensing',
      'open-connector-solver-marketplace',
    ];
    expect([...ids].sort()).toEqual([...told].sort());
  });
});
