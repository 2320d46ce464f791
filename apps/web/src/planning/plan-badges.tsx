import type { PlanEntryStatus, PlanStage, PlanState } from '../api/plan-types';
import { useI18n } from '../i18n/i18n';

const STATE_BADGE: Record<PlanState, string> = {
  in_progress: 'pending',
  in_force: 'approved',
  ended: 'withdrawn',
  not_passed: 'rejected',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

/** A plan's state in the plan's own words ("Đang có hiệu lực"). */
export function PlanStateBadge({ state }: { state: PlanState }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${STATE_BADGE[state] ?? 'pending'}`}>{t.plan.states[state] ?? state}</span>
  );
}

export function PlanStageLabel({ stage }: { stage: PlanStage }) {
  const { t } = useI18n();
  return <span className="stage">{t.plan.stages[stage] ?? stage}</span>;
}

const ENTRY_BADGE: Record<PlanEntryStatus, string> = {
  candidate: 'pending',
  published: 'approved',
  removed: 'withdrawn',
};

/** One candidate's standing: proposed, in the published plan, or taken out. */
export function EntryStatusBadge({ status }: { status: PlanEntryStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${ENTRY_BADGE[status] ?? 'pending'}`} data-testid="entry-status">
      {t.plan.entryStatus[status] ?? status}
    </span>
  );
}
