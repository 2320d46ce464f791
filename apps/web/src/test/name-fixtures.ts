import { NameCache } from '../ui/names';

/** A name directory of two district users (no cadres, no posts) for specs that render actors by name. */
export const twoUserDirectory = () =>
  new NameCache({
    cadre: () => Promise.reject(new Error('unknown')),
    post: () => Promise.reject(new Error('unknown')),
    users: () =>
      Promise.resolve([
        {
          username: 'U-TCNV-01',
          fullName: 'Trần Văn Tổ',
          roles: ['org_office'],
          unitCode: 'DH',
          cadreId: null,
        },
        { username: 'U-PBT-01', fullName: 'Lê Văn Phó', roles: ['approver'], unitCode: 'DH', cadreId: null },
      ]),
  });
