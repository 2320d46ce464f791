import type { notificationsVi } from './notifications.vi';

/** English texts of the notification settings; the shape is the Vietnamese one. */
export const notificationsEn: typeof notificationsVi = {
  nav: 'Notifications',
  title: 'Notifications by e-mail',
  intro:
    'The system sends you an e-mail when you have a new task, when a task is nearly due (a reminder) and when an overdue task is escalated to you.',
  mailEnabled: 'Receive task notifications by e-mail',
  address: (email: string) => `Mail goes to ${email}.`,
  noAddress:
    'Your account has no e-mail address yet, so no mail can reach you. The office keeps addresses: only an administrator can enter or change one; you cannot enter it yourself.',
  addressOwner: "The office's administrators keep this address; to change it, ask an administrator.",
  whoCan: (names: string) => `Administrators: ${names}.`,
  setItYourself: 'You are an administrator: set the address on the page',
  saving: 'Saving…',
  savedOn: 'E-mail notifications turned on.',
  savedOff: 'E-mail notifications turned off.',
};
