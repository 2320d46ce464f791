import { BadRequestException, NotFoundException } from '@nestjs/common';
import type { AuthenticatedUser } from '@personnel/contracts';
import type { ProcedureScope } from '@personnel/persistence';
import type { UnitScope } from './unit-scope';
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
  const scopeOf = jest.fn((id: string) => Promise.resolve(id === ROW.id ? ROW : null));
  const stores = { procedures: () => Promise.resolve({ scopeOf }) } as unknown as ProcedureStores;
  const unitScope = {
    codes: (u: AuthenticatedUser) => Promise.resolve(u.unitCode === null ? null : new Set([u.unitCode])),
    includes: (codes: ReadonlySet<string> | null, code: string) => codes === null || codes.has(code),
  } as unknown as UnitScope;
  const access = new ProcedureAccess(stores, unitScope);
  beforeEach(() => scopeOf.mockClear());

  it('answers the one scope row of a procedure in the user’s units, read once by its id', async () => {
    await expect(access.scoped(ROW.id, user('DH-QA'))).resolves.toEqual(ROW);
    await expect(access.scoped(ROW.id, user(null))).resolves.toEqual(ROW);
    expect(scopeOf.mock.calls).toEqual([[ROW.id], [ROW.id]]);
  });

  it('is a 404 when unknown or outside the scope, so existence does not leak', async () => {
    await expect(access.scoped('rotation/CB-9/1', user(null))).rejects.toBeInstanceOf(NotFoundException);
    await expect(access.scoped(ROW.id, user('TY'))).rejects.toBeInstanceOf(NotFoundException);
  });

  it('is a 400 naming workflowId for an id of no procedure, without reading anything', async () => {
    const refused = access.scoped('../etc/passwd', user(null));
    await expect(refused).rejects.toBeInstanceOf(BadRequestException);
    await expect(refused).rejects.toMatchObject({ response: { details: [{ field: 'workflowId' }] } });
    expect(scopeOf).not.toHaveBeenCalled();
  });
});
