import { Link } from 'react-router';
import type { RotationPage } from '../api/rotation-types';
import { cadrePath } from '../app/config';
import { rotationBatchPath } from '../app/rotation-paths';
import { formatDate, formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { RotationStateBadge } from './rotation-state-badge';
import { StageLabel, TemporalLink } from '../ui/procedure-widgets';
import { useUserLabels } from '../ui/names';

/** "Chủ tịch UBND · Xã Quảng An", or the codes when the registry has no name. */
export function postAndUnit(title: string | null, postId: string, unit: string | null, unitCode: string) {
  return `${title ?? postId} · ${unit ?? unitCode}`;
}

/** The rotation's header: who goes from where to where and why, where it stands, its decisions. */
export function RotationSummary({ rotation }: { rotation: RotationPage }) {
  const { t } = useI18n();
  const p = t.rotation.page;
  const who = useUserLabels([rotation.proposedBy]);
  const from = postAndUnit(
    rotation.fromPostTitle,
    rotation.fromPostId,
    rotation.fromUnitName,
    rotation.fromUnitCode,
  );
  const to = postAndUnit(rotation.toPostTitle, rotation.toPostId, rotation.toUnitName, rotation.toUnitCode);
  const end = rotation.end;
  return (
    <section className="card" aria-labelledby="rotation-summary-title">
      <div className="card-header">
        <h2 id="rotation-summary-title" className="visually-hidden">
          {p.title}
        </h2>
        <RotationStateBadge state={rotation.state} /> <StageLabel stage={rotation.stage} />
        {rotation.overdue && <span className="tag tag-fail">{p.overdue}</span>}
        <TemporalLink workflowId={rotation.id} />
      </div>
      <dl className="facts">
        <div>
          <dt>{p.cadre}</dt>
          <dd>
            <Link to={cadrePath(rotation.cadreId)}>{rotation.cadreName ?? rotation.cadreId}</Link>{' '}
            <span className="code">{rotation.cadreId}</span>
          </dd>
        </div>
        <div>
          <dt>{p.from}</dt>
          <dd data-testid="rotation-from">{from}</dd>
        </div>
        <div>
          <dt>{p.to}</dt>
          <dd data-testid="rotation-to">
            {to}
            {rotation.replaceHolder && <span className="muted small"> · {p.replaceHolder}</span>}
          </dd>
        </div>
        <div>
          <dt>{p.reason}</dt>
          <dd>{t.rotation.reasons[rotation.reason] ?? rotation.reason}</dd>
        </div>
        <div>
          <dt>{p.months}</dt>
          <dd>{p.monthsValue(rotation.months)}</dd>
        </div>
        <div>
          <dt>{p.legalBasis}</dt>
          <dd>
            <span className="code">{rotation.legalBasis}</span> · {p.round} {rotation.round}
          </dd>
        </div>
        <div>
          <dt>{p.proposedBy}</dt>
          <dd>
            {who(rotation.proposedBy)} · {formatDateTime(rotation.proposedAt)}
          </dd>
        </div>
        <div>
          <dt>{p.stageSince}</dt>
          <dd>{formatDateTime(rotation.stageEnteredAt)}</dd>
        </div>
        {rotation.dueAt && (
          <div>
            <dt>{p.dueAt}</dt>
            <dd>{formatDate(rotation.dueAt)}</dd>
          </div>
        )}
        {rotation.decision && (
          <div>
            <dt>{p.decision}</dt>
            <dd data-testid="rotation-decision">
              {p.decisionText(rotation.decision.number, formatDate(rotation.decision.effectiveDate))}
            </dd>
          </div>
        )}
        {rotation.handedOverAt && (
          <div>
            <dt>{p.handedOverAt}</dt>
            <dd>{formatDateTime(rotation.handedOverAt)}</dd>
          </div>
        )}
        {rotation.lastDay && (
          <div>
            <dt>{p.lastDay}</dt>
            <dd>{formatDate(rotation.lastDay)}</dd>
          </div>
        )}
        {rotation.extensions.length > 0 && (
          <div>
            <dt>{p.extensions}</dt>
            <dd>
              <ul className="plain-list">
                {rotation.extensions.map((x) => (
                  <li key={x.decision.number}>
                    {p.extensionText(x.months, x.decision.number, formatDate(x.decision.effectiveDate))}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {end && (
          <div>
            <dt>{end.early ? p.earlyEnd : p.end}</dt>
            <dd data-testid="rotation-end">
              {p.endText(
                t.rotation.endChoices[end.choice] ?? end.choice,
                // The end names a post by code; the two posts of the rotation are known by name.
                end.postId === rotation.fromPostId
                  ? from
                  : end.postId === rotation.toPostId
                    ? to
                    : end.postId,
                end.decision.number,
                formatDate(end.decision.effectiveDate),
              )}
              {end.reason && (
                <>
                  {' '}
                  <q>{end.reason}</q>
                </>
              )}
            </dd>
          </div>
        )}
        {rotation.batchId && (
          <div>
            <dt>{p.batch}</dt>
            <dd>
              <Link to={rotationBatchPath(rotation.batchId)}>{rotation.batchId}</Link>
            </dd>
          </div>
        )}
        <div>
          <dt>{p.id}</dt>
          <dd>
            <span className="code wrap">{rotation.id}</span>
          </dd>
        </div>
      </dl>
      {rotation.closedReason && (
        <p>
          {p.closedReason}: <q>{rotation.closedReason}</q>
        </p>
      )}
    </section>
  );
}
