import { fieldMessageText, noAnswerText, problemsText, refusalText } from '../../sidebar/refusals';

describe('refusals in words', () => {
  test('an invalid request lists its messages; any other refusal says its message', () => {
    const messages = [
      { field: 'edit.value.price', message: 'The price must be a number.' },
      { field: '', message: 'Nothing was changed.' },
    ];
    expect(problemsText(messages)).toBe('The price must be a number. Nothing was changed.');
    expect(refusalText({ ok: false, reason: 'invalid', messages })).toBe(problemsText(messages));
    expect(refusalText({ ok: false, reason: 'failed', message: 'The sheet is gone.' })).toBe('The sheet is gone.');
  });

  test('an import problem names its field, when it has one', () => {
    expect(fieldMessageText({ field: 'revenueStreams[0].price', message: 'expected a number' })).toBe(
      'revenueStreams[0].price: expected a number',
    );
    expect(fieldMessageText({ field: '', message: 'not JSON' })).toBe('not JSON');
  });

  test('a call that did not come back says the change may not be saved, and how to see the sheet', () => {
    expect(noAnswerText()).toBe(
      'The spreadsheet did not answer: Google may be busy, or the connection was lost. The change may not have been saved; press Refresh to see the sheet as it is.',
    );
  });
});
