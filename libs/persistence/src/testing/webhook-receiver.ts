import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';
import type { PersonnelCloudEvent } from '@personnel/contracts';

/** What the receiver does with one request: accept, refuse (5xx), answer slowly, or never answer. */
export type ReceiverAnswer =
  { kind: 'ok' } | { kind: 'fail'; status: number } | { kind: 'slow'; ms: number } | { kind: 'hang' };

export interface ReceivedDelivery {
  event: PersonnelCloudEvent;
  /** The Standard Webhooks signature checked with the subscription's secret (standardwebhooks' verify). */
  verified: boolean;
  webhookId: string;
  /** The 2xx answer reached the sender (the connection was still open when it was written). */
  accepted: boolean;
}

/**
 * A subscriber in the test process: an HTTP server that verifies every delivery's signature and answers
 * as the test's script says, so tests can fail it, time it out and slow it down.
 */
export class WebhookReceiver {
  readonly deliveries: ReceivedDelivery[] = [];
  private readonly sockets = new Set<Socket>();
  private constructor(
    private readonly server: Server,
    /** The subscription secret signatures are checked with (settable: it is known once the subscription exists). */
    public secret: string,
    public script: (request: number, event: PersonnelCloudEvent) => ReceiverAnswer,
  ) {}

  static async start(
    secret: string,
    script: (request: number, event: PersonnelCloudEvent) => ReceiverAnswer = () => ({ kind: 'ok' }),
  ): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server, secret, script);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void receiver.handle(req, res));
    server.on('connection', (socket: Socket) => {
      receiver.sockets.add(socket);
      socket.on('close', () => receiver.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks/personnel`;
  }

  /** The events the sender saw accepted, first acceptance of each id, in the order they arrived. */
  acceptedOnce(): PersonnelCloudEvent[] {
    const seen = new Set<string>();
    const out: PersonnelCloudEvent[] = [];
    for (const d of this.deliveries)
      if (d.accepted && !seen.has(d.event.id)) {
        seen.add(d.event.id);
        out.push(d.event);
      }
    return out;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = {
      'webhook-id': String(req.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
    };
    let verified = true;
    try {
      new Webhook(this.secret).verify(body, headers);
    } catch {
      verified = false;
    }
    const event = JSON.parse(body) as PersonnelCloudEvent;
    const delivery: ReceivedDelivery = { event, verified, webhookId: headers['webhook-id'], accepted: false };
    this.deliveries.push(delivery);
    const answer = this.script(this.deliveries.length, event);
    if (answer.kind === 'hang') return;
    if (answer.kind === 'fail') {
      res.writeHead(answer.status).end('refused');
      return;
    }
    if (answer.kind === 'slow') await new Promise((r) => setTimeout(r, answer.ms));
    if (req.socket.destroyed) return;
    res.on('finish', () => (delivery.accepted = !req.socket.destroyed));
    res.writeHead(204).end();
  }
}
