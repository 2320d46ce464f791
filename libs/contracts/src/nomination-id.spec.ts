import { formatNominationId, parseNominationId } from './nomination-id';

describe('nomination workflow ids', () => {
  it('round-trips nomination/<cadre>/<post>/<n>', () => {
    const id = formatNominationId({ cadreId: 'CB-0001', postId: 'QA.CT_UBND', sequence: 12 });
    expect(id).toBe('nomination/CB-0001/QA.CT_UBND/12');
    expect(parseNominationId(id)).toEqual({ cadreId: 'CB-0001', postId: 'QA.CT_UBND', sequence: 12 });
  });

  it.each([
    'nomination/CB/P',
    'rotation/CB/P/1',
    'nomination/CB/P/0',
    'nomination/CB/P/01',
    'nomination/C B/P/1',
    'nomination/CB/P/1/x',
    '',
  ])('rejects %p', (id) => expect(parseNominationId(id)).toBeUndefined());
});
