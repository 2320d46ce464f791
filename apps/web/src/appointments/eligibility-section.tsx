import type { AppointmentStatus } from '../api/appointment-types';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';
import { RuleCheckList } from './rule-check-list';

/** Each candidate's eligibility checks with the rule, the detail and its citation (status.eligibility). */
export function EligibilitySection({
  status,
  names,
}: {
  status: AppointmentStatus;
  names: Record<string, string | null>;
}) {
  const { t } = useI18n();
  return (
    <Section title={t.proc.eligibility.title} id="eligibility-title">
      {status.exception && (
        <p className="notice notice-warning">
          {t.proc.eligibility.exception(status.exception.grantedBy, formatDate(status.exception.at))}:{' '}
          <q>{status.exception.reason}</q>
        </p>
      )}
      {status.eligibility.length === 0 && <p className="muted">{t.proc.eligibility.none}</p>}
      {status.eligibility.map((c) => (
        <div key={c.cadreId} className="candidate-checks" data-testid="candidate-eligibility">
          <h3>
            {names[c.cadreId] ?? c.cadreId} <span className="code">{c.cadreId}</span>{' '}
            <span className={c.result?.eligible ? 'tag tag-pass' : 'tag tag-fail'}>
              {!c.result
                ? t.proc.eligibility.unknown
                : c.result.eligible
                  ? t.proc.eligibility.eligible
                  : t.proc.eligibility.notEligible}
            </span>
          </h3>
          {c.problem && <p className="muted">{c.problem}</p>}
          {c.result && <RuleCheckList checks={c.result.checks} />}
        </div>
      ))}
    </Section>
  );
}
