import { useState } from 'react';
import { Link } from 'react-router';
import type { PlanView } from '../api/plan-types';
import { planPath } from '../app/plan-paths';
import { useUserDirectory } from '../appointments/user-directory';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { PageHeading } from '../ui/page-heading';
import { StartPlanForm } from './start-plan-form';

/** /plans/new: HR opens a unit's plan for a term, then goes to its board. */
export function StartPlanPage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const s = t.plan.start;
  const announce = useAnnounce();
  const { users, error: usersError } = useUserDirectory();
  const [started, setStarted] = useState<PlanView | null>(null);
  return (
    <>
      <PageHeading title={s.title}>{s.title}</PageHeading>
      {usersError !== null && <p className="notice notice-warning">{t.proc.users.failed}</p>}
      {started ? (
        <div className="notice notice-success" data-testid="plan-started">
          <p className="notice-title">{s.started(started.unitName ?? started.unitCode, started.term)}</p>
          <Link to={planPath(started.id)}>{s.open}</Link>
        </div>
      ) : (
        <StartPlanForm
          users={users ?? []}
          searchUnits={api.units}
          start={api.startPlan}
          onStarted={(plan) => {
            setStarted(plan);
            announce(s.started(plan.unitName ?? plan.unitCode, plan.term));
          }}
        />
      )}
    </>
  );
}
