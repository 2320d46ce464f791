import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitUntil } from '@personnel/dev-runtime';
import { apiClient } from './api-client';
import { COLLECTIVE, eligibleCandidate, expectStatus, proposeOutsideCandidate } from './demo-appointment';
import { useSystemUnderTest } from './e2e-context';

/** Each mail `npm start`'s catcher received, as it wrote it: `<time>-<n>.txt` with its To and Subject. */
function caughtMails(mailDir: string): { to: string; text: string }[] {
  if (!existsSync(mailDir)) return [];
  return readdirSync(mailDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => {
      const text = readFileSync(join(mailDir, f), 'utf8');
      return { to: /^To: (.*)$/m.exec(text)?.[1] ?? '', text };
    });
}

/**
 * Issue 13's mail, on `npm start`'s system through its SMTP catcher: the task notifier mails a new task
 * to each assignee whose /me/notifications switch is on, and nothing to one who turned it off.
 */
describe('task mail over SMTP follows each user’s switch', () => {
  const ctx = useSystemUnderTest();

  it('mails the collective’s secretary their conference task, and not the leader who switched mail off', async () => {
    const leader = 'U-BT-01';
    const secretary = COLLECTIVE.secretaryId;
    const token = await apiClient(ctx.system.apiUrl).tokenOf(leader);
    const off = await fetch(`${ctx.system.apiUrl}/api/v1/me/notifications`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ mailEnabled: false }),
    });
    expect(off.status).toBe(200);
    expect(expectStatus(await ctx.api('/me/notifications', secretary))).toMatchObject({ mailEnabled: true });

    // The leader signs, so the dossier gate opens its exception task for them; once excused, the first
    // conference opens its task for the secretary.
    const candidate = await eligibleCandidate(ctx.pg, ctx.api);
    const { id } = await proposeOutsideCandidate(ctx.api, candidate);

    const deliveries = async () =>
      (
        await ctx.pg.query<{
          recipient: string;
          status: string;
          reason: string | null;
          address: string | null;
        }>(
          `SELECT d.recipient, d.status, d.reason, d.address FROM notification_delivery d
           JOIN outbox_event e ON e.id = d.event_id
           WHERE e.subject = $1 AND e.type = 'vn.personnel.task.opened'`,
          [id],
        )
      ).rows;
    await waitUntil(
      'the secretary’s mail and the leader’s skipped one',
      async () => {
        const rows = await deliveries();
        return (
          rows.some((r) => r.recipient === secretary && r.status === 'sent') &&
          rows.some((r) => r.recipient === leader)
        );
      },
      120_000,
      500,
    );
    const rows = await deliveries();
    // Skipped for the switch, not for want of an address: demo accounts have one.
    const leaderRows = rows.filter((r) => r.recipient === leader);
    expect(leaderRows.map((r) => [r.status, r.reason])).toEqual(
      leaderRows.map(() => ['skipped', 'switched_off']),
    );
    expect(rows.find((r) => r.recipient === secretary && r.status === 'sent')?.address).toBe(
      `${secretary.toLowerCase()}@damha.example`,
    );

    const secretaryMail = `${secretary.toLowerCase()}@damha.example`;
    await waitUntil(
      'the catcher to write the secretary’s mail',
      () => caughtMails(ctx.system.mailDir).some((m) => m.to.includes(secretaryMail)),
      30_000,
      200,
    );
    const mails = caughtMails(ctx.system.mailDir);
    expect(mails.filter((m) => m.to.includes(secretaryMail)).length).toBeGreaterThan(0);
    expect(mails.filter((m) => m.to.includes(`${leader.toLowerCase()}@damha.example`))).toEqual([]);
  });
});
