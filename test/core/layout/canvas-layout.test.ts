import { LICENCE_LINE, SEGMENT_COLORS } from '../../../src/core/blocks';
import { CANVAS_MARKER_KEY, layoutCanvas, placeOf } from '../../../src/core/layout/canvas-layout';
import { Canvas, emptyCanvas, NoteBlockId } from '../../../src/core/model';
import { isFormula } from '../../../src/core/plan';
import { INPUT_FILL } from '../../../src/core/finance/styles';
import { REVENUE_COLUMNS } from '../../../src/core/layout/geometry';

const options = { sheetName: 'Acme', prefix: 'Acme', createdOn: '2026-11-26' };

function withItems(n: number, blocks: NoteBlockId[]): Canvas {
  const c = emptyCanvas('Acme');
  for (const b of blocks) c.blocks[b] = Array.from({ length: n }, (_, i) => ({ text: `${b} ${i + 1}` }));
  return c;
}

const region = (c: Canvas, block: Parameters<typeof placeOf>[1]) =>
  placeOf(layoutCanvas(c, options).geometry.places, block).region;

describe('the classic arrangement', () => {
  const c = emptyCanvas('Acme');
  test('top band left to right: KP | KA over KR | VP | CR over CH | CS', () => {
    expect(region(c, 'keyPartners')).toMatchObject({ row: 3, column: 1, numColumns: 3 });
    expect(region(c, 'keyActivities')).toMatchObject({ row: 3, column: 4, numColumns: 3 });
    expect(region(c, 'valuePropositions')).toMatchObject({ row: 3, column: 7, numColumns: 3 });
    expect(region(c, 'customerRelationships')).toMatchObject({ row: 3, column: 10, numColumns: 3 });
    expect(region(c, 'customerSegments')).toMatchObject({ row: 3, column: 13, numColumns: 3 });
    const ka = region(c, 'keyActivities');
    expect(region(c, 'keyResources')).toMatchObject({ row: ka.row + ka.numRows, column: 4 });
    const cr = region(c, 'customerRelationships');
    expect(region(c, 'channels')).toMatchObject({ row: cr.row + cr.numRows, column: 10 });
  });

  test('tall blocks span both halves; the lower halves end with them', () => {
    const kp = region(c, 'keyPartners');
    const kr = region(c, 'keyResources');
    expect(kp.row + kp.numRows).toBe(kr.row + kr.numRows);
    expect(region(c, 'valuePropositions').numRows).toBe(kp.numRows);
    expect(region(c, 'customerSegments').numRows).toBe(kp.numRows);
  });

  test('bottom band: Cost Structure on the left half, Revenue Streams on the right', () => {
    const kp = region(c, 'keyPartners');
    const cost = region(c, 'costStructure');
    const rev = region(c, 'revenueStreams');
    expect(cost).toMatchObject({ row: kp.row + kp.numRows, column: 1, numColumns: 7 });
    expect(rev).toMatchObject({ row: cost.row, column: 8, numColumns: 8 });
  });
});

describe('the plan', () => {
  const { plan } = layoutCanvas(emptyCanvas('Acme'), options);

  test('names every region, marks the sheet and freezes the title rows', () => {
    const regionNames = plan.namedRanges.map((n) => n.name).filter((n) => /^Acme_[A-Z]{2}$/.test(n));
    expect(regionNames.sort()).toEqual([
      'Acme_CH',
      'Acme_CO',
      'Acme_CR',
      'Acme_CS',
      'Acme_KA',
      'Acme_KP',
      'Acme_KR',
      'Acme_RS',
      'Acme_VP',
    ]);
    for (const n of plan.namedRanges) expect(n.name.startsWith('Acme_')).toBe(true);
    expect(JSON.parse(plan.metadata[CANVAS_MARKER_KEY])).toEqual({ version: 2, prefix: 'Acme' });
    expect(plan.frozenRows).toBe(2);
  });

  test('shows the name, the date, the currency and the licence line', () => {
    expect(plan.values[0][0]).toBe('Acme');
    expect(plan.values[0]).toContain('2026-11-26');
    expect(plan.values[0][14]).toBe('USD');
    expect(plan.values[1][0]).toBe(LICENCE_LINE);
  });

  test('each block has its title, a hint under it and its questions as a note', () => {
    const kp = region(emptyCanvas('x'), 'keyPartners');
    expect(plan.values[kp.row - 1][0]).toBe('Key Partners');
    expect(plan.values[kp.row][0]).toBe('Who you rely on outside the business, and for what.');
    expect(plan.notes[kp.row - 1][0]).toContain('Who are our Key Partners?');
    expect(plan.notes[kp.row - 1][0]).toContain(LICENCE_LINE);
  });

  test('the canvas part holds no formulas, and every value cell is inside the grid', () => {
    expect(plan.values).toHaveLength(plan.numRows);
    for (const row of plan.values) expect(row).toHaveLength(plan.numColumns);
    expect(plan.formats).toHaveLength(plan.numRows);
    expect(plan.notes).toHaveLength(plan.numRows);
    const kpRow = region(emptyCanvas('x'), 'keyPartners').row;
    for (const row of plan.values.slice(0, kpRow + 3)) for (const v of row) expect(isFormula(v)).toBe(false);
  });
});

describe('growth', () => {
  test('an empty canvas keeps room to type in every block', () => {
    const ka = region(emptyCanvas('x'), 'keyActivities');
    expect(ka.numRows - 3).toBeGreaterThanOrEqual(5);
  });

  test('a block with more items than its room grows, and nothing is cut', () => {
    for (const block of ['keyPartners', 'keyActivities', 'channels', 'customerSegments'] as NoteBlockId[]) {
      const c = withItems(40, [block]);
      const { plan, geometry } = layoutCanvas(c, options);
      const place = placeOf(geometry.places, block);
      expect(place.items.numRows).toBeGreaterThanOrEqual(40);
      const texts = plan.values.slice(place.items.row - 1).map((r) => r[place.items.column - 1]);
      for (let i = 1; i <= 40; i++) expect(texts).toContain(`${block} ${i}`);
    }
  });

  test('regions never overlap, whatever the item counts', () => {
    const c = withItems(12, ['keyActivities', 'valuePropositions']);
    c.blocks.channels = Array.from({ length: 30 }, (_, i) => ({ text: `c${i}` }));
    const { geometry } = layoutCanvas(c, options);
    const cells = new Set<string>();
    for (const p of geometry.places) {
      for (let r = p.region.row; r < p.region.row + p.region.numRows; r++) {
        for (let col = p.region.column; col < p.region.column + p.region.numColumns; col++) {
          const key = `${r},${col}`;
          expect(cells.has(key)).toBe(false);
          cells.add(key);
        }
      }
    }
  });
});

describe('segment colours', () => {
  test('items linked to a segment take that segment’s colour', () => {
    const c = emptyCanvas('x');
    c.blocks.customerSegments = [{ text: 'Students' }, { text: 'Offices' }];
    c.blocks.valuePropositions = [{ text: 'Cheap', segment: 'Offices' }, { text: 'Unlinked' }];
    const { plan, geometry } = layoutCanvas(c, options);
    const cs = placeOf(geometry.places, 'customerSegments').items;
    const vp = placeOf(geometry.places, 'valuePropositions').items;
    const officeColour = plan.formats[cs.row][cs.column - 1].background;
    expect(plan.formats[vp.row - 1][vp.column - 1].background).toBe(officeColour);
    expect(plan.formats[vp.row][vp.column - 1].background).not.toBe(officeColour);
    expect(plan.formats[cs.row - 1][cs.column - 1].background).not.toBe(officeColour);
  });

  test('a revenue stream linked to a segment shows that colour as a swatch in its Segment cell, its name on the input fill', () => {
    const c = emptyCanvas('x');
    c.blocks.customerSegments = [{ text: 'Students' }, { text: 'Offices' }];
    c.revenueStreams = [
      { name: 'Desk plan', type: 'subscription', price: 10, volume: 5, segment: 'Offices' },
      { name: 'Walk-in', type: 'asset-sale', price: 3, volume: 9 },
    ];
    const { plan, geometry } = layoutCanvas(c, options);
    const cs = placeOf(geometry.places, 'customerSegments').items;
    const rs = placeOf(geometry.places, 'revenueStreams').items;
    const officeColour = plan.formats[cs.row][cs.column - 1].background;
    const segment = REVENUE_COLUMNS.segment - 1;
    expect(plan.formats[rs.row - 1][segment].background).toBe(officeColour);
    expect(plan.formats[rs.row][segment].background).not.toBe(officeColour);
    expect(plan.formats[rs.row - 1][REVENUE_COLUMNS.name - 1].background).toBe(INPUT_FILL);
  });

  test('the Segment cell’s text reads 4.5:1 on every segment colour and on the input fill (WCAG AA)', () => {
    const c = emptyCanvas('x');
    c.revenueStreams = [{ name: 'Desk plan', type: 'subscription', price: 10, volume: 5 }];
    const { plan, geometry } = layoutCanvas(c, options);
    const rs = placeOf(geometry.places, 'revenueStreams').items;
    const text = plan.formats[rs.row - 1][REVENUE_COLUMNS.segment - 1].fontColor ?? '#000000';
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const v = parseInt(hex.slice(i, i + 2), 16) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const fill of [...SEGMENT_COLORS, INPUT_FILL]) expect(contrast(text, fill)).toBeGreaterThanOrEqual(4.5);
  });
});
