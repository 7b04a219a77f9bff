import { sidebarGuide } from '../../src/core/edit/guide';
import { amountFrom, fieldProblem } from '../../sidebar/field-checks';
import { useNumberStyle } from '../../sidebar/format';

const { rules, limits } = sidebarGuide();
const fixed = rules.cost.options[0].fields;
const share = rules.cost.options[2].fields;

describe("the item form's checks, by the rules and limits the server sends with the guide", () => {
  test('a required text must hold more than spaces and fit the limit, counted in characters', () => {
    const name = rules.stream.fields.name;
    expect(fieldProblem('   ', 'The name', name, limits)).toBe('The name must be non-empty text.');
    expect(fieldProblem('Tea', 'The name', name, limits)).toBeNull();
    expect(fieldProblem('☕'.repeat(limits.textLength), 'The name', name, limits)).toBeNull();
    expect(fieldProblem('x'.repeat(11), 'The note', rules.note.fields.text, { ...limits, textLength: 10 })).toBe(
      'The note must be text of at most 10 characters.',
    );
  });

  test('an amount may be empty, else a number of 0 or more, up to 1 for a share of revenue', () => {
    const price = rules.stream.fields.price;
    expect(fieldProblem('', 'The price', price, limits)).toBeNull();
    expect(fieldProblem('1,200', 'The price', price, limits)).toBeNull();
    expect(fieldProblem('-1', 'The price', price, limits)).toBe(
      'The price must be a number between 0 and 1,000,000,000,000.',
    );
    expect(fieldProblem('abc', 'The price', price, limits)).toBe(
      'The price must be a number between 0 and 1,000,000,000,000.',
    );
    expect(fieldProblem('1.5', 'The amount', fixed.amount, limits)).toBeNull();
    expect(fieldProblem('1', 'The amount', share.amount, limits)).toBeNull();
    expect(fieldProblem('1.5', 'The amount', share.amount, limits)).toBe('The amount must be a share between 0 and 1.');
  });

  test('the amount sent: the number typed, or null when there is none', () => {
    expect(amountFrom(' 2,500 ')).toBe(2500);
    expect(amountFrom('')).toBeNull();
    expect(amountFrom('lots')).toBeNull();
  });
});

describe('in a German spreadsheet', () => {
  beforeEach(() => useNumberStyle({ locale: 'de-DE', decimal: ',', grouping: '.' }));
  afterEach(() => useNumberStyle({ locale: 'en-US', decimal: '.', grouping: ',' }));

  test('a price typed 12,5 is twelve and a half, never 125', () => {
    expect(fieldProblem('12,5', 'The price', rules.stream.fields.price, limits)).toBeNull();
    expect(amountFrom('12,5')).toBe(12.5);
  });

  test('a price typed 12.5 is refused with how to write it, not guessed', () => {
    expect(fieldProblem('12.5', 'The price', rules.stream.fields.price, limits)).toBe(
      'The price: "12.5" could mean two different numbers; in this spreadsheet a decimal is written 12,5.',
    );
    expect(amountFrom('12.5')).toBeNull();
  });
});
