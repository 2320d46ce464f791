import type { EnvReader } from './env';

/**
 * Where the worker sends notification mail. Unset SMTP_URL: no mail is sent and the notification
 * workflow is not started (a deployment without a mail relay loses nothing else). `npm start` sets it to
 * its local catcher.
 */
export interface MailConfig {
  /** `smtp://user:pass@host:port` or `smtps://…` (nodemailer's connection URL). */
  smtpUrl: string;
  /** The sender every notification carries. */
  from: string;
  /** The panel's public address, for the link in each mail (no trailing slash). */
  panelUrl: string;
}

export function mailConfigFrom(reader: EnvReader): MailConfig | undefined {
  const smtpUrl = reader.secret('SMTP_URL');
  const from = reader.string('MAIL_FROM', 'Hệ thống quản lý cán bộ <no-reply@personnel.invalid>');
  const panelUrl = reader.string('PANEL_URL', 'http://localhost:3000').replace(/\/+$/, '');
  if (smtpUrl === undefined) return undefined;
  if (!/^smtps?:\/\/[^\s]+$/.test(smtpUrl)) {
    reader.problem('SMTP_URL must be smtp://host:port or smtps://host:port');
  }
  if (!/^https?:\/\/[^\s]+$/.test(panelUrl)) reader.problem('PANEL_URL must be an http(s) address');
  return { smtpUrl, from, panelUrl };
}
