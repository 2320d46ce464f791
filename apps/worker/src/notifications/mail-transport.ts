import { createTransport, type Transporter } from 'nodemailer';

/**
 * The SMTP transport of SMTP_URL (nodemailer's connection URL: `smtp://user:pass@host:587` upgrades with
 * STARTTLS when the relay offers it, `smtps://` is TLS from the start). Timeouts are bounded so a relay
 * that stops answering fails the attempt, which Temporal retries, instead of hanging it.
 */
export function createMailTransport(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  return createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
}
