import { amountFrom, amountProblem, textProblem } from '../../sidebar/field-checks';

describe("the item form's checks", () => {
  test('a required text must hold more than spaces and fit the limit, counted in characters', () => {
    expect(textProblem('   ', 'The name', 10)).toBe('The name cannot be empty.');
    expect(textProblem('Tea', 'The name', 10)).toBeNull();
    expect(textProblem('☕'.repeat(10), 'The name', 10)).toBeNull();
    expect(textProblem('x'.repeat(11), 'The note', 10)).toBe('The note can have at most 10 characters.');
  });

  test('an amount may be empty, else a number of 0 or more, up to the maximum when there is one', () => {
    expect(amountProblem('', 'The price', null)).toBeNull();
    expect(amountProblem('1,200', 'The price', null)).toBeNull();
    expect(amountProblem('-1', 'The price', null)).toBe('The price must be a number of 0 or more.');
    expect(amountProblem('abc', 'The price', null)).toBe('The price must be a number of 0 or more.');
    expect(amountProblem('1', 'The amount', 1)).toBeNull();
    expect(amountProblem('1.5', 'The amount', 1)).toBe('The amount must be a number between 0 and 1.');
  });

  test('the amount sent: the number typed, or null when there is none', () => {
    expect(amountFrom(' 2,500 ')).toBe(2500);
    expect(amountFrom('')).toBeNull();
    expect(amountFrom('lots')).toBeNull();
  });
});
