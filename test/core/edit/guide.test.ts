import { sidebarGuide } from '../../../src/core/edit/guide';
import type { CostBehaviorId } from '../../../src/core/api';
import { LIMITS } from '../../../src/core/rules/limits';
import { variantOf } from '../../../src/core/rules/check';
import { COST, STREAM } from '../../../src/core/rules/table';

const guide = sidebarGuide();

test('the steps follow the book’s order: CS → VP → CH → CR → R$ → KR → KA → KP → C$', () => {
  expect(guide.blocks.map((b) => b.code)).toEqual(['CS', 'VP', 'CH', 'CR', 'RS', 'KR', 'KA', 'KP', 'CO']);
});

test('each step carries its description, the canvas questions and the book’s categories', () => {
  const cs = guide.blocks[0];
  expect(cs.questions).toEqual(['For whom are we creating value?', 'Who are our most important customers?']);
  expect(cs.categories).toContain('Niche market');
  expect(guide.blocks.find((b) => b.code === 'CR')?.categories).toContain('Self-service');
  for (const b of guide.blocks) expect(b.description.length).toBeGreaterThan(40);
});

test('value propositions, channels, relationships and streams can be linked to a segment; nothing else', () => {
  expect(guide.blocks.filter((b) => b.linksToSegment).map((b) => b.code)).toEqual(['VP', 'CH', 'CR', 'RS']);
});

test('the price and volume of each stream type are named for what they mean', () => {
  const labels = Object.fromEntries(guide.streamTypes.map((t) => [t.id, [t.priceLabel, t.volumeLabel]]));
  expect(labels.subscription).toEqual(['monthly fee', 'subscribers']);
  expect(labels.advertising).toEqual(['CPM', 'thousand impressions']);
  expect(labels.brokerage).toEqual(['take rate', 'transaction value']);
  expect(guide.streamTypes).toHaveLength(7);
});

test('each cost behaviour is a variant of the cost rules, an amount capped at 1e12, a share of revenue at 1; the licence line is the canvas’s', () => {
  const cap = (id: CostBehaviorId) => {
    const amount = variantOf(
      guide.rules.cost,
      id === 'fixed' ? { behavior: 'fixed' } : { behavior: 'variable', per: id },
    )?.fields.amount;
    if (amount === undefined) throw new Error(`no cost variant for ${id}`);
    return amount.type === 'number' ? amount.max : 'not a number';
  };
  expect(guide.costBehaviors.map((c) => [c.id, c.label, cap(c.id)])).toEqual([
    ['fixed', 'fixed', 1e12],
    ['unit', 'per unit', 1e12],
    ['revenue', 'share of revenue', 1],
  ]);
  expect(guide.licence).toBe(
    'The Business Model Canvas is by Strategyzer AG (strategyzer.com) and is licensed CC BY-SA 3.0.',
  );
});

test('the rules and limits the server checks by travel with the guide, so the sidebar repeats none of them', () => {
  expect(guide.rules.stream).toEqual(STREAM);
  expect(guide.rules.cost).toEqual(COST);
  expect(guide.limits).toEqual(LIMITS);
  expect(guide.limits).toMatchObject({
    textLength: 1000,
    categoryLength: 100,
    scenarioNameLength: 40,
    canvasNameLength: 100,
  });
});
