import { Canvas, Cost, emptyCanvas, Item, NoteBlockId, RevenueStream } from '../../../src/core/model';
import { CHECK_KINDS, getTemplate, HINT_RULES, listTemplates, patternHints } from '../../../src/core/patterns';

/** A canvas holding just the given notes, streams and costs. */
function canvas(parts: {
  notes?: Partial<Record<NoteBlockId, Item[]>>;
  streams?: RevenueStream[];
  costs?: Cost[];
}): Canvas {
  const c = emptyCanvas('Hint test');
  for (const [block, items] of Object.entries(parts.notes ?? {})) c.blocks[block as NoteBlockId] = items;
  c.revenueStreams = parts.streams ?? [];
  c.costs = parts.costs ?? [];
  return c;
}

const rulesFired = (c: Canvas) => patternHints(c).map((h) => h.rule);

/** A neighbourhood bakery: one segment, one product stream, nothing pattern-like. */
const bakery = canvas({
  notes: {
    customerSegments: [{ text: 'Neighbourhood families', category: 'Mass market' }],
    valuePropositions: [
      { text: 'Fresh bread every morning', category: 'Performance', segment: 'Neighbourhood families' },
    ],
    channels: [{ text: 'Our shop on the high street', category: 'Own', segment: 'Neighbourhood families' }],
    customerRelationships: [
      { text: 'Friendly counter service', category: 'Personal assistance', segment: 'Neighbourhood families' },
    ],
    keyResources: [
      { text: 'Ovens', category: 'Physical' },
      { text: 'Bakers', category: 'Human' },
    ],
    keyActivities: [
      { text: 'Bake bread and pastries', category: 'Production' },
      { text: 'Keep regular customers happy' },
    ],
    keyPartners: [{ text: 'Local flour mill', category: 'Buyer–supplier relationship' }],
  },
  streams: [
    { name: 'Bread and pastries', type: 'asset-sale', price: 3, volume: 12_000, segment: 'Neighbourhood families' },
  ],
  costs: [
    { name: 'Flour and butter', behavior: 'variable', per: 'unit', amount: 0.8, stream: 'Bread and pastries' },
    { name: 'Staff', behavior: 'fixed', amount: 15_000 },
  ],
});

/** For each rule, a small canvas that should trigger that rule and no other. */
const TARGETED: Record<string, Canvas> = {
  'three-kinds-of-activity': canvas({
    notes: {
      keyActivities: [
        { text: 'Look after our clients' },
        { text: 'Develop new funds' },
        { text: 'Run the settlement network' },
      ],
    },
  }),
  'niche-platform': canvas({
    notes: {
      valuePropositions: [{ text: 'Rare vinyl for niche collectors' }],
      // Written as canvases before 0.3 wrote it: the category matches whatever the spacing.
      keyActivities: [{ text: 'Keep the catalogue online', category: 'Platform/network' }],
    },
  }),
  'free-side': canvas({
    notes: { customerSegments: [{ text: 'Riders' }, { text: 'Drivers' }] },
    streams: [{ name: 'Driver fees', type: 'usage-fee', price: 2, volume: 100, segment: 'Drivers' }],
  }),
  'multi-sided-segment': canvas({
    notes: { customerSegments: [{ text: 'Card holders', category: 'Multi-sided platform' }] },
  }),
  'advertising-stream': canvas({
    streams: [{ name: 'Banner ads', type: 'advertising', price: 5, volume: 100 }],
  }),
  'free-tier': canvas({
    streams: [
      { name: 'Basic', type: 'subscription', price: 0, volume: 1_000 },
      { name: 'Plus', type: 'subscription', price: 10, volume: 50 },
    ],
  }),
  'free-offer': canvas({
    notes: { valuePropositions: [{ text: 'Free for personal use' }] },
    streams: [{ name: 'Team plan', type: 'subscription', price: 8, volume: 20 }],
  }),
  'subsidised-asset': canvas({
    streams: [
      { name: 'Printers', type: 'asset-sale', price: 49, volume: 100 },
      { name: 'Ink cartridges', type: 'usage-fee', price: 30, volume: 400 },
    ],
    costs: [{ name: 'Printer build', behavior: 'variable', per: 'unit', amount: 60, stream: 'Printers' }],
  }),
  'outside-ideas': canvas({
    notes: { keyPartners: [{ text: 'Start-ups we license from' }] },
  }),
  'licensing-stream': canvas({
    streams: [{ name: 'Font licences', type: 'licensing', price: 500, volume: 10 }],
  }),
  'brokerage-platform': canvas({
    notes: { keyActivities: [{ text: 'Run the freight marketplace' }] },
    streams: [{ name: 'Booking commission', type: 'brokerage', price: 0.1, volume: 50_000 }],
  }),
};

describe('pattern hints', () => {
  test.each(listTemplates().map((t) => t.id))('template %s triggers the hint of its own pattern', (id) => {
    const t = getTemplate(id)!;
    // Unbundling, long tail and multi-sided hints carry no variant; FREE and open ones name theirs.
    const own = patternHints(t.canvas).filter(
      (h) => h.pattern === t.pattern && (h.variant === undefined || h.variant === t.variant),
    );
    expect(own).toHaveLength(1);
    expect(own[0].reason).not.toBe('');
    expect(own[0].suggestion).not.toBe('');
  });

  test('an empty canvas triggers none', () => {
    expect(patternHints(emptyCanvas('Empty'))).toEqual([]);
  });

  test('an unrelated canvas triggers none', () => {
    expect(patternHints(bakery)).toEqual([]);
  });

  test("each rule's suggestion names the check it recommends, as the check is titled", () => {
    for (const rule of HINT_RULES) {
      expect(rule.suggestion.toLowerCase()).toContain(CHECK_KINDS[rule.check].title.toLowerCase());
    }
  });

  test("a template's own hint recommends the check the template carries", () => {
    for (const { id } of listTemplates()) {
      const t = getTemplate(id)!;
      const own = patternHints(t.canvas).find(
        (h) => h.pattern === t.pattern && (h.variant === undefined || h.variant === t.variant),
      );
      expect(own?.check).toBe(t.check.kind);
    }
  });

  test('every rule has a targeted canvas here', () => {
    expect(Object.keys(TARGETED).sort()).toEqual(HINT_RULES.map((r) => r.id).sort());
  });

  test.each(Object.keys(TARGETED))('rule %s fires on its own small canvas, and only it', (rule) => {
    expect(rulesFired(TARGETED[rule])).toEqual([rule]);
  });

  test('a hint names the pattern, the variant and the items that triggered it', () => {
    expect(patternHints(TARGETED['free-side'])).toEqual([
      {
        rule: 'free-side',
        pattern: 'multi-sided',
        check: 'multi-sided',
        reason: '“Riders” brings in no paid revenue stream, while “Drivers” pays through “Driver fees”.',
        suggestion: expect.stringContaining('subsidy check'),
      },
    ]);
    const [bait] = patternHints(TARGETED['subsidised-asset']);
    expect(bait).toMatchObject({ pattern: 'free', variant: 'bait-and-hook' });
    expect(bait.reason).toBe(
      '“Printers” sells at 49 against a unit cost of 60, while “Ink cartridges” keeps earning from the same customers.',
    );
    const [unbundling] = patternHints(TARGETED['three-kinds-of-activity']);
    expect(unbundling.reason).toContain('“Look after our clients” (customer relationships)');
    expect(unbundling.reason).toContain('“Develop new funds” (product innovation)');
    expect(unbundling.reason).toContain('“Run the settlement network” (infrastructure)');
    expect(patternHints(TARGETED['free-tier'])[0].reason).toContain('“Basic” (0 a month)');
  });

  test('two rules for the same pattern give one hint, from the first rule', () => {
    const c = canvas({
      notes: { customerSegments: [{ text: 'Riders', category: 'Multi-sided platform' }, { text: 'Drivers' }] },
      streams: [{ name: 'Driver fees', type: 'usage-fee', price: 2, volume: 100, segment: 'Drivers' }],
    });
    expect(rulesFired(c)).toEqual(['free-side']);
  });

  describe('near misses stay quiet', () => {
    test('both segments pay', () => {
      const c = canvas({
        notes: { customerSegments: [{ text: 'Riders' }, { text: 'Drivers' }] },
        streams: [
          { name: 'Rides', type: 'usage-fee', price: 5, volume: 100, segment: 'Riders' },
          { name: 'Driver fees', type: 'usage-fee', price: 2, volume: 100, segment: 'Drivers' },
        ],
      });
      expect(rulesFired(c)).toEqual([]);
    });

    test('a cheaper tier at 30 % of the dearest is not a free tier', () => {
      const c = canvas({
        streams: [
          { name: 'Basic', type: 'subscription', price: 3, volume: 1_000 },
          { name: 'Plus', type: 'subscription', price: 10, volume: 50 },
        ],
      });
      expect(rulesFired(c)).toEqual([]);
    });

    test('"free" in an offer without a paid subscription', () => {
      const c = canvas({
        notes: { valuePropositions: [{ text: 'Free delivery' }] },
        streams: [{ name: 'Sofas', type: 'asset-sale', price: 900, volume: 10 }],
      });
      expect(rulesFired(c)).toEqual([]);
    });

    test('an asset sold above its unit cost, or refills bought by another segment', () => {
      const profitable = structuredClone(TARGETED['subsidised-asset']);
      profitable.revenueStreams[0].price = 61;
      expect(rulesFired(profitable)).toEqual([]);
      const otherSide = structuredClone(TARGETED['subsidised-asset']);
      otherSide.revenueStreams[0].segment = 'Players';
      otherSide.revenueStreams[1].segment = 'Studios';
      expect(rulesFired(otherSide)).toEqual([]);
    });

    test('niches without a platform, or a platform without niches', () => {
      const c = TARGETED['niche-platform'];
      expect(rulesFired(canvas({ notes: { valuePropositions: c.blocks.valuePropositions } }))).toEqual([]);
      expect(rulesFired(canvas({ notes: { keyActivities: c.blocks.keyActivities } }))).toEqual([]);
    });

    test('only two kinds of activity, or one activity standing for two kinds', () => {
      const two = canvas({
        notes: { keyActivities: [{ text: 'Look after our clients' }, { text: 'Develop new funds' }] },
      });
      expect(rulesFired(two)).toEqual([]);
      const doubled = canvas({
        notes: { keyActivities: [{ text: 'Look after our clients' }, { text: 'Develop the settlement network' }] },
      });
      expect(rulesFired(doubled)).toEqual([]);
    });

    test('brokerage without a platform', () => {
      expect(rulesFired(canvas({ streams: TARGETED['brokerage-platform'].revenueStreams }))).toEqual([]);
    });
  });
});
