import { userFromClaims } from './oidc-claims';

const MAPPING = {
  usernameClaim: 'preferred_username',
  nameClaim: 'name',
  rolesClaim: 'roles',
  unitClaim: 'unit',
  roleMap: {},
};

describe('userFromClaims', () => {
  it('reads the user, roles and unit from the configured claims', () => {
    expect(
      userFromClaims(
        {
          sub: 's1',
          preferred_username: 'U-HR-01',
          name: 'Nguyễn Thị Hoa',
          roles: ['hr_officer'],
          unit: 'DH',
        },
        MAPPING,
      ),
    ).toEqual({ username: 'U-HR-01', fullName: 'Nguyễn Thị Hoa', roles: ['hr_officer'], unitCode: 'DH' });
  });

  it("reads Keycloak's nested realm roles and maps the province's role names", () => {
    const user = userFromClaims(
      {
        sub: 'f3a1',
        preferred_username: 'hoa.nt',
        realm_access: { roles: ['offline_access', 'to-chuc-can-bo', 'lanh-dao', 'viewer'] },
        don_vi: 'DH-QA',
      },
      {
        ...MAPPING,
        rolesClaim: 'realm_access.roles',
        unitClaim: 'don_vi',
        roleMap: { 'to-chuc-can-bo': 'hr_officer', 'lanh-dao': 'leader' },
      },
    );
    expect(user).toEqual({
      username: 'hoa.nt',
      fullName: 'hoa.nt',
      roles: ['hr_officer', 'leader', 'viewer'],
      unitCode: 'DH-QA',
    });
  });

  it('falls back to sub for the username and to the whole organisation without a unit', () => {
    expect(userFromClaims({ sub: 's9', roles: 'admin' }, MAPPING)).toEqual({
      username: 's9',
      fullName: 's9',
      roles: ['admin'],
      unitCode: null,
    });
  });

  it("refuses a token that grants none of the API's roles", () => {
    expect(() => userFromClaims({ sub: 's1', roles: ['offline_access'] }, MAPPING)).toThrow(
      `the token grants none of this API's roles (claim "roles")`,
    );
  });
});
