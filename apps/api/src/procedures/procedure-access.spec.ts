import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '@personnel/contracts';
import type { ProcedureScope } from '@personnel/persistence';
import { ProcedureAccess } from './procedure-access';
import type { ProcedureStores } from './procedure-stores';

const ROW: ProcedureScope = {
  id: 'rotation/CB-1/1',
  kind: 'rotation',
  unitCode: 'DH-QA',
  proposedBy: 'U-HR',
  subjectCadreIds: ['CB-1'],
  state: 'in_progress',
  stage: 'proposal',
};
const user = (unitCode: string | null): AuthenticatedUser => ({
  username: 'U-1',
  fullName: 'U 1',
  roles: ['viewer'],
  unitCode,
});

describe('ProcedureAccess.scoped (mocked ports)', () => {
  // The store's one statement: the row, and whether its unit lies in the scope of the user's unit.
  const scopeFor = jest.fn((id: string, unitCode: string | null) =>
    Promise.resolve(
      id === ROW.id ? { procedure: ROW, inScope: unitCode === null || unitCode === ROW.unitCode } : null,
    ),
  );
  const stores = { procedures: () => Promise.resolve({ scopeFor }) } as unknown as ProcedureStores;
  const access = new ProcedureAccess(stores);
  beforeEach(() => scopeFor.mockClear());

  it('answers the one scope row of a procedure in the user’s units, read once by its id and the user’s unit', async () => {
    await expect(access.scoped(ROW.id, user('DH-QA'))).resolves.toEqual(ROW);
    await expect(access.scoped(ROW.id, user(null))).resolves.toEqual(ROW);
    expect(scopeFor.mock.calls).toEqual([
      [ROW.id, 'DH-QA'],
      [ROW.id, null],
    ]);
  });

  it('is a 404 when unknown or outside the scope, so existence does not leak', async () => {
    await expect(access.scoped('rotation/CB-9/1', user(null))).rejects.toBeInstanceOf(NotFoundException);
    await expect(access.scoped(ROW.id, user('TY'))).rejects.toBeInstanceOf(NotFoundException);
  });

  it('is a 400 naming workflowId for an id of no procedure, without reading anything', async () => {
    const refused = access.scoped('../etc/passwd', user(null));
    await expect(refused).rejects.toBeInstanceOf(BadRequestException);
    await expect(refused).rejects.toMatchObject({ response: { details: [{ field: 'workflowId' }] } });
    expect(scopeFor).not.toHaveBeenCalled();
  });
});
