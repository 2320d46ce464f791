// A subscriber of the personnel webhooks, as docs/integrations.md describes it: verifies each delivery's
// Standard Webhooks signature, drops duplicates by webhook-id, prints the event, answers 204.
//   WEBHOOK_SECRET=whsec_… PORT=4010 node docs/examples/webhook-receiver.mjs
// It needs only Node 20 (no package): the verification is written out so another language can copy it.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const secret = process.env.WEBHOOK_SECRET;
if (!secret?.startsWith('whsec_')) throw new Error('set WEBHOOK_SECRET to the whsec_… the API showed once');
const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
const TOLERANCE_S = 5 * 60;
const seen = new Set(); // a real subscriber keeps these ids in its own database

/** True when `v1,<base64>` among the header's signatures is HMAC-SHA256(key, "<id>.<timestamp>.<body>"). */
function verify(id, timestamp, body, header) {
  const age = Math.abs(Date.now() / 1000 - Number(timestamp));
  if (!Number.isFinite(age) || age > TOLERANCE_S) return false;
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return header.split(' ').some((part) => {
    const [version, signature] = part.split(',');
    const given = Buffer.from(signature ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const id = String(req.headers['webhook-id'] ?? '');
    const ok = verify(
      id,
      String(req.headers['webhook-timestamp'] ?? ''),
      body,
      String(req.headers['webhook-signature'] ?? ''),
    );
    if (!ok) return res.writeHead(401).end('bad signature');
    if (!seen.has(id)) {
      seen.add(id);
      const event = JSON.parse(body);
      console.log(`${event.sequence}\t${event.type}\t${event.subject}\t${JSON.stringify(event.data)}`);
    }
    res.writeHead(204).end();
  });
}).listen(Number(process.env.PORT ?? 4010), '127.0.0.1', () =>
  console.error(`listening on http://127.0.0.1:${process.env.PORT ?? 4010}/`),
);
