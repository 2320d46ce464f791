import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { RotationPlan, RotationPlanRequest, UnitView } from '../api/rotation-types';
import { rotationBatchPath } from '../app/rotation-paths';
import { useActiveStandingBodies } from '../appointments/use-standing-bodies';
import { useUserDirectory } from '../appointments/user-directory';
import { useAuth, useUser } from '../auth/auth';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading } from '../ui/widgets';
import { PlanAcceptForm } from './plan-accept-form';
import { PlanFigures } from './plan-figures';
import { PlanMoves } from './plan-moves';
import { PlanPicture } from './plan-picture';
import { PlanScopeForm } from './plan-scope-form';
import { PlanUnmet } from './plan-unmet';
import { mayProposeRotation } from './rotation-roles';

/** /rotations/planner: a dry run of the rotation planner, its moves explained, and its acceptance as a batch. */
export function PlannerPage() {
  const { api } = useAuth();
  const user = useUser();
  const { t } = useI18n();
  const pl = t.rotation.planner;
  const announce = useAnnounce();
  const navigate = useNavigate();
  const { users } = useUserDirectory();
  const standingBodies = useActiveStandingBodies();
  const [units, setUnits] = useState<UnitView[]>([]);
  const [plan, setPlan] = useState<RotationPlan | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [accepting, setAccepting] = useState(false);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const c = new AbortController();
    api.units({ limit: 100, active: true }, c.signal).then(
      (page) => setUnits(page.items),
      () => setUnits([]),
    );
    return () => {
      c.abort();
      controller.current?.abort();
    };
  }, [api]);

  const run = async (body: RotationPlanRequest) => {
    controller.current?.abort();
    controller.current = new AbortController();
    setRunning(true);
    setError(null);
    setAccepting(false);
    try {
      const result = await api.planRotations(body, controller.current.signal);
      setPlan(result);
      announce(pl.result(result.moves.length, formatDate(result.asOf)));
    } catch (e) {
      if ((e as Error).name !== 'AbortError') setError(e);
    } finally {
      setRunning(false);
    }
  };

  return (
    <>
      <PageHeading title={pl.title}>{pl.title}</PageHeading>
      <p className="muted">{pl.intro}</p>
      <PlanScopeForm units={units} busy={running} onRun={(body) => void run(body)} />
      {running && <Loading label={pl.running} />}
      {error !== null && <ErrorMessage error={error} />}
      {plan && !running && (
        <div data-testid="plan">
          <p className="statusline">
            <strong>{pl.result(plan.moves.length, formatDate(plan.asOf))}</strong>{' '}
            <span className="muted small">
              {pl.solver(
                plan.solver.status,
                plan.solver.variables,
                plan.solver.constraints,
                plan.solver.millis,
              )}
            </span>
          </p>
          <PlanFigures figures={plan.figures} />
          <PlanMoves moves={plan.moves} />
          <PlanPicture plan={plan} units={units} />
          <PlanUnmet unmet={plan.unmet} units={units} />
          {plan.moves.length > 0 &&
            (!mayProposeRotation(user) ? (
              <p className="notice notice-info">{pl.mayNotAccept}</p>
            ) : accepting ? (
              <PlanAcceptForm
                plan={plan}
                users={users ?? []}
                standingBodies={standingBodies}
                proposer={user.username}
                startBatch={api.startRotationBatch}
                onStarted={(batch) => void navigate(rotationBatchPath(batch.id))}
                onCancel={() => setAccepting(false)}
              />
            ) : (
              <div className="actions">
                <button type="button" className="button button-primary" onClick={() => setAccepting(true)}>
                  {pl.accept}
                </button>
              </div>
            ))}
        </div>
      )}
    </>
  );
}
