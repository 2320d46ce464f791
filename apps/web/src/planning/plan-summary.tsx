import type { UserDirectoryEntry } from '../api/appointment-types';
import type { PlanView } from '../api/plan-types';
import { userLabel } from '../appointments/user-directory';
import { formatDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { TemporalLink } from '../ui/procedure-widgets';
import { PlanStageLabel, PlanStateBadge } from './plan-badges';

/** The plan's header: unit and term, where it stands, who takes part, its approvals and reviews. */
export function PlanSummary({
  plan,
  users,
}: {
  plan: PlanView;
  users: readonly UserDirectoryEntry[] | null;
}) {
  const { t } = useI18n();
  const p = t.plan.page;
  const who = (id: string) => userLabel(users, id);
  const body = (b: PlanView['parties']['keyCadre']) =>
    `${p.summoned(b.summonedIds.length)} · ${t.proc.start.secretary}: ${who(b.secretaryId)} · ${t.proc.start.head}: ${who(b.headId)}`;
  return (
    <section className="card" aria-labelledby="plan-summary-title">
      <div className="card-header">
        <h2 id="plan-summary-title" className="visually-hidden">
          {p.title}
        </h2>
        <PlanStateBadge state={plan.state} /> <PlanStageLabel stage={plan.stage} />
        <TemporalLink workflowId={plan.id} />
      </div>
      <dl className="facts">
        <div>
          <dt>{p.unit}</dt>
          <dd data-testid="plan-unit">{plan.unitName ?? plan.unitCode}</dd>
        </div>
        <div>
          <dt>{p.term}</dt>
          <dd>{plan.term}</dd>
        </div>
        <div>
          <dt>{p.legalBasis}</dt>
          <dd>
            <span className="code">{plan.legalBasis}</span> · {p.round} {plan.round}
          </dd>
        </div>
        <div>
          <dt>{p.proposedBy}</dt>
          <dd>
            {who(plan.proposedBy)} · {formatDateTime(plan.proposedAt)}
          </dd>
        </div>
        {plan.parties.hrIds.length > 0 && (
          <div>
            <dt>{p.hr}</dt>
            <dd>{plan.parties.hrIds.map(who).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{p.keyCadre}</dt>
          <dd>{body(plan.parties.keyCadre)}</dd>
        </div>
        <div>
          <dt>{p.collective}</dt>
          <dd>{body(plan.parties.collective)}</dd>
        </div>
        <div>
          <dt>{p.signer}</dt>
          <dd>{who(plan.parties.signerId)}</dd>
        </div>
        {plan.approvals.length > 0 && (
          <div>
            <dt>{p.approvals}</dt>
            <dd>
              <ul className="plain-list" data-testid="plan-approvals">
                {plan.approvals.map((a) => (
                  <li key={`${a.number}-${a.signedAt}`}>
                    {p.approvalText(a.number, formatDate(a.effectiveDate), who(a.signerId))}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {plan.reviews.length > 0 && (
          <div>
            <dt>{p.reviews}</dt>
            <dd>
              <ul className="plain-list">
                {plan.reviews.map((r) => (
                  <li key={r.year}>
                    {p.reviewText(r.year, formatDate(r.openedAt))}
                    {r.submittedAt && `, ${p.reviewSubmitted(formatDate(r.submittedAt))}`}
                    {r.approval &&
                      ` · ${p.approvalText(r.approval.number, formatDate(r.approval.effectiveDate), who(r.approval.signerId))}`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>{p.id}</dt>
          <dd>
            <span className="code wrap">{plan.id}</span>
          </dd>
        </div>
      </dl>
      {plan.closedReason && (
        <p>
          {p.closedReason}: <q>{plan.closedReason}</q>
        </p>
      )}
    </section>
  );
}
