import type { RotationPage } from '../api/rotation-types';
import { RuleCheckList } from '../appointments/rule-check-list';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';

/** The rotation's conditions, each check with its rule in words, its detail and citation; an exception. */
export function RotationEligibilitySection({
  rotation,
}: {
  rotation: Pick<RotationPage, 'eligibility' | 'exception'>;
}) {
  const { t } = useI18n();
  const e = t.rotation.eligibility;
  const result = rotation.eligibility;
  return (
    <Section title={e.title} id="rotation-eligibility-title">
      <p className="muted small">{e.intro}</p>
      {rotation.exception && (
        <p className="notice notice-warning">
          {t.rotation.page.exception(rotation.exception.grantedBy, formatDate(rotation.exception.at))}:{' '}
          <q>{rotation.exception.reason}</q>
        </p>
      )}
      {!result ? (
        <p className="muted">{e.pending}</p>
      ) : (
        <div data-testid="rotation-eligibility">
          <p>
            <span className={result.eligible ? 'tag tag-pass' : 'tag tag-fail'}>
              {result.eligible ? e.eligible : e.notEligible}
            </span>{' '}
            <span className="muted small">{e.basis(result.legalBasis, formatDate(result.asOf))}</span>
          </p>
          <RuleCheckList checks={result.checks} named />
        </div>
      )}
    </Section>
  );
}
