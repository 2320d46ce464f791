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
    'Your account has no e-mail address yet, so no mail can reach you; ask an administrator to add one.',
  saving: 'Saving…',
  savedOn: 'E-mail notifications turned on.',
  savedOff: 'E-mail notifications turned off.',
};
