import type { RuleCheck } from '../api/types';
import { useI18n } from '../i18n/i18n';

type Check = Pick<RuleCheck, 'rule' | 'passed' | 'detail' | 'citation'>;

/**
 * Rule checks as the rules engine explained them: passed or not (a word and a mark, never colour alone),
 * the detail and the citation; `named` puts the rule's name in words first (a rotation's checks).
 */
export function RuleCheckList({ checks, named = false }: { checks: readonly Check[]; named?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="checks">
      {checks.map((check) => (
        <li key={check.rule} className={`check ${check.passed ? 'check-pass' : 'check-fail'}`}>
          <span className="check-icon" aria-hidden="true">
            {check.passed ? '✓' : '✗'}
          </span>
          <span className="check-body">
            {named && <span className="check-rule">{t.eligibility.rules[check.rule] ?? check.rule} · </span>}
            <strong>{check.passed ? t.eligibility.passed : t.eligibility.failed}</strong>: {check.detail}{' '}
            <span className="check-citation">
              {t.eligibility.citation}: {check.citation}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
