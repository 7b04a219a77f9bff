import { canvasToJson, parseCanvasJson } from '../../../../src/core/canvas-json';
import { emptyCanvas } from '../../../../src/core/model';
import { listTemplates } from '../../../../src/core/patterns';
import {
  additionsFor,
  describeAdditions,
  templateCanvas,
  templateLines,
  unknownTemplateMessage,
} from '../../../../src/core/patterns/sheet';
import { template } from './template-sheet';

const ids = listTemplates().map((t) => t.id);

test('`bmc templates` lines: one per template, its id first, then its title', () => {
  const lines = templateLines();
  expect(lines).toHaveLength(ids.length);
  lines.forEach((line, i) => expect(line).toBe(`${ids[i]}\t${template(ids[i]).title}`));
});

test.each(ids)('template %s round-trips through the JSON format', (id) => {
  const t = template(id);
  const parsed = parseCanvasJson(canvasToJson(t.canvas));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  expect(parsed.canvas).toEqual(t.canvas);
});

test('an unknown id is named, with the ids that exist', () => {
  expect(templateCanvas('nope')).toBeUndefined();
  expect(unknownTemplateMessage('nope')).toBe(`There is no template "nope". Known templates: ${ids.join(', ')}.`);
  expect(unknownTemplateMessage(3)).toMatch(/^There is no template a number\./);
  expect(templateCanvas('free-photo-sharing')?.patternCheck?.kind).toBe('freemium');
});

describe('additionsFor', () => {
  const t = template('free-photo-sharing').canvas;

  test('an empty canvas gets every item of the template, in its order', () => {
    const a = additionsFor(emptyCanvas('Blank'), t);
    expect(a.notes.filter((n) => n.block === 'channels').map((n) => n.item)).toEqual(t.blocks.channels);
    expect(a.streams).toEqual(t.revenueStreams);
    expect(a.costs).toEqual(t.costs);
    expect(describeAdditions(a)[0]).toBe('Customer Segments: Casual photographers');
  });

  test('items the canvas has, whatever their case or spacing, are left out; the canvas itself is untouched', () => {
    const mine = emptyCanvas('Mine');
    mine.blocks.customerSegments = [{ text: ' casual PHOTOGRAPHERS ' }];
    mine.revenueStreams = [{ name: 'pro plan', type: 'usage-fee', price: 1, volume: 2 }];
    const copy = JSON.parse(JSON.stringify(mine));
    const a = additionsFor(mine, t);
    expect(a.notes.filter((n) => n.block === 'customerSegments').map((n) => n.item.text)).toEqual([
      'Enthusiast photographers',
    ]);
    expect(a.streams.map((s) => s.name)).toEqual(['Free plan']);
    expect(a.costs.find((c) => c.name === 'Storage and bandwidth per Pro user')).toMatchObject({ stream: 'pro plan' });
    expect(mine).toEqual(copy);
    expect(additionsFor(t, t)).toEqual({ notes: [], streams: [], costs: [] });
  });

  test('notes and streams linked to a segment the canvas has take the canvas’s spelling of it', () => {
    const mine = emptyCanvas('Mine');
    mine.blocks.customerSegments = [{ text: 'casual photographers' }];
    const a = additionsFor(mine, t);
    const linkedToCasual = [...a.notes.map((n) => n.item.segment), ...a.streams.map((s) => s.segment)].filter(
      (s) => s !== undefined && s.toLowerCase() === 'casual photographers',
    );
    expect(linkedToCasual.length).toBeGreaterThan(0);
    expect(new Set(linkedToCasual)).toEqual(new Set(['casual photographers']));
    // A segment the canvas lacks is added, and what links to it keeps the template's spelling.
    expect(a.notes.some((n) => n.item.segment === 'Enthusiast photographers')).toBe(true);
  });
});
