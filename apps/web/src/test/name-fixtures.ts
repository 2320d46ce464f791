import type { Endpoints } from '../api/endpoints';
import { NameCache } from '../ui/names';

type DirectoryUser = Awaited<ReturnType<Endpoints['users']>>[number];

/** A name directory of the given users only (no cadres, no posts) for specs that render actors by name. */
export const userDirectory = (users: DirectoryUser[]) =>
  new NameCache({
    cadre: () => Promise.reject(new Error('unknown')),
    post: () => Promise.reject(new Error('unknown')),
    users: () => Promise.resolve(users),
  });

/** Two district users: the organisation office's officer and the deputy secretary who approves. */
export const twoUserDirectory = () =>
  userDirectory([
    { username: 'U-TCNV-01', fullName: 'Trần Văn Tổ', roles: ['org_office'], unitCode: 'DH', cadreId: null },
    { username: 'U-PBT-01', fullName: 'Lê Văn Phó', roles: ['approver'], unitCode: 'DH', cadreId: null },
  ]);
