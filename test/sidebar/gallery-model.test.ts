import type { GalleryEntry, PatternHint } from '../../src/core/api';
import type { PatternId } from '../../src/core/patterns/types';
import { galleryEntries } from '../../src/core/patterns/sheet';
import {
  addedMessage,
  hintTitle,
  keyNumber,
  patternsOf,
  previewItems,
  variantWords,
} from '../../sidebar/gallery-model';

describe('the gallery', () => {
  test('lists each pattern once, in the order the templates come, with how many templates it has', () => {
    const entry = (id: string, pattern: PatternId): GalleryEntry => ({
      ...galleryEntries()[0],
      id,
      pattern,
      patternTitle: pattern.toUpperCase(),
    });
    const templates = [entry('a', 'free'), entry('b', 'long-tail'), entry('c', 'free')];
    expect(patternsOf(templates)).toEqual([
      { id: 'free', title: 'FREE', count: 2 },
      { id: 'long-tail', title: 'LONG-TAIL', count: 1 },
    ]);
  });

  test('every template the add-on offers is counted under its pattern', () => {
    const all = galleryEntries();
    expect(patternsOf(all).reduce((n, p) => n + p.count, 0)).toBe(all.length);
  });

  test('key numbers in their unit', () => {
    expect(keyNumber(1200, 'money', 'USD')).toBe('$1,200.00');
    expect(keyNumber(0.25, 'share', 'USD')).toBe('25%');
    expect(keyNumber(18, 'months', 'USD')).toBe('18 months');
    expect(keyNumber(5000, 'count', 'USD')).toBe('5,000');
  });

  test('a preview names the first items and how many more there are', () => {
    expect(previewItems([], 0)).toBe('(nothing)');
    expect(previewItems(['Apps', 'Ads'], 0)).toBe('Apps; Ads');
    expect(previewItems(['Apps', 'Ads'], 3)).toBe('Apps; Ads and 3 more');
  });

  test('words for a variant, a hint and an addition', () => {
    expect(variantWords('bait-and-hook')).toBe('bait and hook');
    const hint: PatternHint = {
      rule: 'r',
      pattern: 'free',
      check: 'unbundling',
      patternTitle: 'Free as a business model',
      reason: 'r',
      suggestion: 's',
    };
    expect(hintTitle(hint)).toBe('Free as a business model');
    expect(hintTitle({ ...hint, variant: 'bait-and-hook' })).toBe('Free as a business model · bait and hook');
    expect(addedMessage(0, 'Razor', 'Shop')).toBe('"Shop" already has everything in "Razor"; nothing was added.');
    expect(addedMessage(1, 'Razor', 'Shop')).toBe(
      'Added 1 entry from "Razor" to "Shop"; your own entries are as they were:',
    );
    expect(addedMessage(4, 'Razor', 'Shop')).toMatch(/^Added 4 entries from/);
  });
});
