import type { userAddressesVi } from './user-addresses.vi';

/** English texts of the users' mail addresses screen; the shape is the Vietnamese one. */
export const userAddressesEn: typeof userAddressesVi = {
  nav: 'User mail addresses',
  title: "Users' e-mail addresses",
  intro:
    'Task notifications (a new task, a reminder, an overdue task escalated) are mailed to these addresses. Every change is written to the audit journal: who changed it, when, the old and the new address.',
  search: 'Search by name or username',
  searchButton: 'Search',
  onlyMissing: 'Only users without an address',
  empty: 'No user matches.',
  colName: 'Name',
  colUsername: 'Username',
  colEmail: 'E-mail address',
  colChanged: 'Last changed',
  colActions: 'Actions',
  noEmail: 'No address',
  neverChanged: 'Never changed',
  changed: (when: string) => `${when}, by`,
  edit: (name: string) => `Edit the address of ${name}`,
  formTitle: (name: string) => `E-mail address of ${name}`,
  emailLabel: 'E-mail address',
  emailHint: 'For example: nguyen.van.a@sonoivu.gov.vn. The domain is stored in lower case.',
  save: 'Save address',
  clear: 'Remove address',
  cancel: 'Cancel',
  saving: 'Saving…',
  saved: (name: string, email: string) => `Saved ${email} for ${name}.`,
  cleared: (name: string) => `Removed the address of ${name}; they will get no notification mail.`,
  problems: {
    required: 'Enter an e-mail address, or choose “Remove address”.',
    syntax: 'This is not an e-mail address (for example: name@sonoivu.gov.vn).',
    too_long: 'The address is too long: at most 254 characters, 64 before the @.',
  },
};
