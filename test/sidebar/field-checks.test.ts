import { sidebarGuide } from '../../src/core/edit/guide';
import { ASSUMPTIONS } from '../../src/core/rules/table';
import { amountFrom, amountText, fieldProblem } from '../../sidebar/field-checks';
import { useNumberStyle } from '../../sidebar/format';

const { rules, limits } = sidebarGuide();
const fixed = rules.cost.options[0].fields;
const share = rules.cost.options[2].fields;
const stream = rules.stream.options[0].fields;
const brokerage = rules.stream.options[1].fields;

describe("the item form's checks, by the rules and limits the server sends with the guide", () => {
  test('a required text must hold more than spaces and fit the limit, counted in characters', () => {
    const name = stream.name;
    expect(fieldProblem('   ', 'The name', name, limits)).toBe('The name must be non-empty text.');
    expect(fieldProblem('Tea', 'The name', name, limits)).toBeNull();
    expect(fieldProblem('☕'.repeat(limits.textLength), 'The name', name, limits)).toBeNull();
    expect(fieldProblem('x'.repeat(11), 'The note', rules.note.fields.text, { ...limits, textLength: 10 })).toBe(
      'The note must be text of at most 10 characters.',
    );
  });

  test('an amount may be empty, else a number of 0 or more, up to 1 for a share of revenue', () => {
    const price = stream.price;
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
    expect(fieldProblem('150 %', 'The amount', share.amount, limits)).toBe(
      'The amount must be a share between 0 and 1.',
    );
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
    expect(fieldProblem('12,5', 'The price', stream.price, limits)).toBeNull();
    expect(amountFrom('12,5')).toBe(12.5);
  });

  test('a price typed 12.5 is refused with how to write it, not guessed', () => {
    expect(fieldProblem('12.5', 'The price', stream.price, limits)).toBe(
      'The price: "12.5" could mean two different numbers; in this spreadsheet a decimal is written 12,5.',
    );
    expect(amountFrom('12.5')).toBeNull();
  });
});

describe('a share is typed as a percent or as a share, and shown as a percent', () => {
  const rate = brokerage.price;
  test.each([
    ['12%', 0.12],
    ['12 %', 0.12],
    ['12\u00a0%', 0.12],
    ['0.12', 0.12],
    ['12.5%', 0.125],
    ['100 %', 1],
    ['0', 0],
    ['', null],
  ])('%j is %j', (typed, value) => {
    expect(fieldProblem(typed, 'The take rate', rate, limits)).toBeNull();
    expect(amountFrom(typed, rate)).toBe(value);
  });

  test('a bare 12 is refused: did you mean 12 %?', () => {
    expect(fieldProblem('12', 'The take rate', rate, limits)).toBe('The take rate is a percent: did you mean 12%?');
    expect(amountFrom('12', rate)).toBeNull();
  });

  test('growth may pass 100 % a month, typed with its sign; a bare 5 is still a slip', () => {
    const growth = sidebarGuideGrowth();
    expect(amountFrom('500 %', growth)).toBe(5);
    expect(fieldProblem('500 %', 'The growth', growth, limits)).toBeNull();
    expect(fieldProblem('5', 'The growth', growth, limits)).toBe('The growth is a percent: did you mean 5%?');
  });

  test('above 100 %, below 0 or not a number: the rule’s words', () => {
    expect(fieldProblem('120 %', 'The take rate', rate, limits)).toBe('The take rate must be a share between 0 and 1.');
    expect(fieldProblem('-5 %', 'The take rate', rate, limits)).toBe('The take rate must be a share between 0 and 1.');
    expect(fieldProblem('%', 'The take rate', rate, limits)).toBe('The take rate must be a share between 0 and 1.');
    expect(fieldProblem('lots', 'The take rate', rate, limits)).toBe('The take rate must be a share between 0 and 1.');
  });

  test('a share shows as a percent in the field; any other number as the locale writes it', () => {
    expect(amountText(0.125, rate)).toBe('12.5%');
    expect(amountText(1234.5, stream.price)).toBe('1,234.5');
    expect(amountText(null, rate)).toBe('');
  });

  describe('in a German spreadsheet', () => {
    beforeEach(() => useNumberStyle({ locale: 'de-DE', decimal: ',', grouping: '.' }));
    afterEach(() => useNumberStyle({ locale: 'en-US', decimal: '.', grouping: ',' }));

    test('12,5 % is an eighth; 0,12 is 12 %; 12.5 % could mean two numbers', () => {
      expect(amountFrom('12,5 %', rate)).toBe(0.125);
      expect(amountFrom('12,5%', rate)).toBe(0.125);
      expect(amountFrom('0,12', rate)).toBe(0.12);
      expect(fieldProblem('12', 'The take rate', rate, limits)).toBe(
        'The take rate is a percent: did you mean 12\u00a0%?',
      );
      expect(fieldProblem('12.5 %', 'The take rate', rate, limits)).toBe(
        'The take rate: "12.5 %" could mean two different numbers; in this spreadsheet a decimal is written 12,5 %.',
      );
      expect(amountText(0.125, rate)).toBe('12,5\u00a0%');
    });
  });
});

function sidebarGuideGrowth() {
  const growth = ASSUMPTIONS.fields.growth;
  if (growth.type !== 'number') throw new Error('growth is a number');
  return growth;
}
