import type { Messages } from '../i18n/vi';

type StartMessages = Messages['proc']['start'];

/**
 * The label a person sees for a field path of the start request (`signOff[1].assigneeIds`,
 * `collective.secretaryId`), so the error summary speaks the form's language, not the API's.
 */
export function startFieldLabel(field: string, s: StartMessages): string {
  const step = /^signOff\[(\d+)\](?:\.(\w+))?/.exec(field);
  if (step) {
    const part = { key: s.stepKey, label: s.stepLabel, assigneeIds: s.stepAssignees }[step[2] ?? ''];
    return [s.step(Number(step[1]) + 1), part].filter(Boolean).join(' — ');
  }
  const [head, rest] = field.split('.', 2);
  const body = s.bodies[head];
  if (body) {
    const part = { summonedIds: s.summoned, secretaryId: s.secretary, headId: s.head }[rest ?? ''];
    return [body, part].filter(Boolean).join(' — ');
  }
  const plain: Record<string, string> = {
    candidateIds: s.candidates,
    postId: s.post,
    source: s.source,
    signOff: s.signOff,
    signOffMode: s.signOffMode,
    signerId: s.signer,
    documentIds: s.documents,
  };
  return plain[field] ?? field;
}
