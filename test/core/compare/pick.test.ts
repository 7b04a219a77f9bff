import { pickCanvases, pickPrompt } from '../../../src/core/compare';

const names = ['Alpha', 'Beta, with a comma', 'Gamma'];

describe('picking canvases in the menu prompt', () => {
  test('numbers pick from the list, in the order typed, once each', () => {
    expect(pickCanvases('3, 1 1', names)).toEqual({ ok: true, sheetNames: ['Gamma', 'Alpha'] });
    expect(pickCanvases('2;3', names)).toEqual({ ok: true, sheetNames: ['Beta, with a comma', 'Gamma'] });
  });

  test('empty means all', () => {
    expect(pickCanvases('  ', names)).toEqual({ ok: true, sheetNames: names });
  });

  test('anything else is named in the message', () => {
    expect(pickCanvases('1, 4', names)).toEqual({
      ok: false,
      message: '"4" is not one of the numbers 1 to 3 in the list.',
    });
    expect(pickCanvases('Alpha', names)).toEqual({
      ok: false,
      message: '"Alpha" is not one of the numbers 1 to 3 in the list.',
    });
  });

  test('the prompt numbers the canvases from 1', () => {
    expect(pickPrompt(names)).toContain('1. Alpha\n2. Beta, with a comma\n3. Gamma');
  });
});
