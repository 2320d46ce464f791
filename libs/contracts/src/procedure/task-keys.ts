/** Conference children are `<procedure id>/conference/<step index>`; tasks are named by keys without slashes. */
/** The id stays the same when a step is convened again: the new attempt is a new run of it. */
export function conferenceWorkflowId(procedureId: string, stepIndex: number): string {
  return `${procedureId}/conference/${stepIndex}`;
}

/**
 * Task keys: `exception`, `r<round>-<sign-off key>`, `revision-<round>`, `decision`, `conference-<i>`
 * (`conference-<i>-a<n>` when step i is convened again, the n-th time), `reconvene-<i>-a<n>` (the choice
 * to convene it again after attempt n was not held).
 */
export const TaskKeys = {
  exception: 'exception',
  signOff: (round: number, stepKey: string) => `r${round}-${stepKey}`,
  revision: (round: number) => `revision-${round}`,
  decision: 'decision',
  conference: (stepIndex: number, attempt = 1) =>
    attempt === 1 ? `conference-${stepIndex}` : `conference-${stepIndex}-a${attempt}`,
  reconvene: (stepIndex: number, attempt: number) => `reconvene-${stepIndex}-a${attempt}`,
  handOver: 'hand-over',
  /** The receiving unit's evaluation of the rotation's n-th year. */
  evaluation: (year: number) => `evaluation-${year}`,
  /** The n-th end-of-term decision of a rotation (an extension opens the next). */
  endOfTerm: (n: number) => `end-of-term-${n}`,
  /** A confidence vote's dismissal proposal for one holder (cadre codes carry no slash). */
  dismissal: (cadreId: string) => `dismissal-${cadreId}`,
  /** HR completes the dossier before the first conference. */
  dossier: 'dossier',
  /** A leader's reasoned exception to an incomplete dossier. */
  dossierException: 'dossier-exception',
  /** HR replaces a dossier item that expired while the procedure ran (the n-th such task). */
  dossierRenewal: (n: number) => `dossier-renewal-${n}`,
} as const;

/** The step index of a conference task key, `conference-<i>` or `conference-<i>-a<n>`. */
export function conferenceStepOfTask(taskKey: string): number | undefined {
  const match = /^conference-(\d+)(?:-a\d+)?$/.exec(taskKey);
  return match ? Number(match[1]) : undefined;
}

/** A sign-off step key: lower-case letters, digits and dashes, so task keys stay URL-safe. */
export const SIGN_OFF_KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
