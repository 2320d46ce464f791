import { createServer, connect, type Server, type Socket } from 'node:net';

export interface StallableRelay {
  /** The database's URL through the relay. */
  url: string;
  /** While frozen every byte is held back; thawing delivers them. */
  freeze(on: boolean): void;
  close(): Promise<void>;
}

/**
 * A TCP relay to Postgres that can stall: while frozen it holds every byte back (as the kernel does for a
 * SIGSTOPped server) and delivers them once thawed.
 */
export async function stallableRelay(databaseUrl: string): Promise<StallableRelay> {
  const target = new URL(databaseUrl);
  let frozen = false;
  const held: (() => void)[] = [];
  const sockets = new Set<Socket>();
  const relay = (to: Socket) => (chunk: Buffer) => {
    if (frozen) held.push(() => to.write(chunk));
    else to.write(chunk);
  };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
      s.on('close', () => sockets.delete(s));
    }
    client.on('data', relay(upstream));
    upstream.on('data', relay(client));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const viaRelay = new URL(databaseUrl);
  viaRelay.hostname = '127.0.0.1';
  viaRelay.port = String((server.address() as { port: number }).port);
  return {
    url: viaRelay.toString(),
    freeze: (on) => {
      frozen = on;
      if (!on) held.splice(0).forEach((deliver) => deliver());
    },
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
