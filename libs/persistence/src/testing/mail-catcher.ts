import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One mail the catcher received, parsed. */
export interface CaughtMail {
  /** The envelope's recipients (RCPT TO). */
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  receivedAt: string;
}

export interface MailCatcherOptions {
  /** 0 (default): any free port. */
  port?: number;
  host?: string;
  /** When set, each mail is also written there as `<time>-<n>.eml` (readable by any mail client) and `.txt`. */
  folder?: string;
  /** Refuses the RCPT of these addresses (tests: a relay that turns a recipient down for a while). */
  refuse?: (address: string) => boolean;
}

/**
 * A real SMTP server (`smtp-server`, the Nodemailer project's) that keeps what it receives, parsed by
 * `mailparser`: the tests' relay and `npm start`'s local catcher. Plain SMTP without authentication on a
 * loopback port: it is never a relay to the world.
 */
export class MailCatcher {
  private constructor(
    readonly mails: CaughtMail[],
    private readonly server: SMTPServer,
    readonly port: number,
    readonly host: string,
  ) {}

  get url(): string {
    return `smtp://${this.host}:${this.port}`;
  }

  static async start(options: MailCatcherOptions = {}): Promise<MailCatcher> {
    const host = options.host ?? '127.0.0.1';
    if (options.folder) mkdirSync(options.folder, { recursive: true });
    const mails: CaughtMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (options.refuse?.(address.address)) {
          const error = new Error('mailbox temporarily unavailable') as Error & { responseCode: number };
          error.responseCode = 450;
          callback(error);
        } else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw)
            .then((parsed) => {
              const mail: CaughtMail = {
                to: session.envelope.rcptTo.map((r) => r.address),
                from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                messageId: parsed.messageId ?? '',
                receivedAt: new Date().toISOString(),
              };
              mails.push(mail);
              if (options.folder) {
                const name = `${mail.receivedAt.replace(/[:.]/g, '-')}-${mails.length}`;
                writeFileSync(join(options.folder, `${name}.eml`), raw);
                writeFileSync(
                  join(options.folder, `${name}.txt`),
                  `To: ${mail.to.join(', ')}\nSubject: ${mail.subject}\n\n${mail.text}\n`,
                );
              }
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, host, () => resolve());
    });
    const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
    return new MailCatcher(mails, server, address.port, host);
  }

  /** The mails to one address. */
  to(address: string): CaughtMail[] {
    return this.mails.filter((m) => m.to.includes(address));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
