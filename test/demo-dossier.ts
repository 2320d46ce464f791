import { waitUntil } from '@personnel/dev-runtime';
import type { ApiAnswer } from './api-client';

type DemoApi = (path: string, as: string, body?: unknown) => Promise<ApiAnswer>;

/**
 * The seeded demo organisation holds no dossier documents, so a procedure it starts waits at the kit's
 * dossier gate: its signer, a leader, excuses the dossier with a reason, as the panel lets them. Waits
 * until the gate has judged the dossier; does nothing when it was complete.
 */
export async function excuseDemoDossier(api: DemoApi, workflowId: string, leader = 'U-BT-01'): Promise<void> {
  // Judged once its `dossier_checked` step is in the journal: the stage alone races the gate, which loads the dossier
  // while the stage still reads as the one eligibility passed to.
  let stage: string | null = null;
  await waitUntil(
    `the dossier gate of ${workflowId}`,
    async () => {
      const answer = await api(`/procedures/${workflowId}`, 'U-HR-01');
      if (answer.status !== 200) return false;
      const timeline = answer.body.timeline as { kind: string }[];
      stage = answer.body.stage as string;
      return timeline.some((entry) => entry.kind === 'dossier_checked');
    },
    30_000,
    200,
  );
  if (stage !== 'awaiting_dossier') return;
  const granted = await api(`/procedures/${workflowId}/dossier/exception`, leader, {
    reason: 'Hồ sơ giấy đã được Ban Tổ chức thẩm định, bản điện tử bổ sung sau',
  });
  if (granted.status !== 200)
    throw new Error(`the dossier exception answered ${granted.status}: ${JSON.stringify(granted.body)}`);
}
