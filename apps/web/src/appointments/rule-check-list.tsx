import type { RuleCheck } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { RuleDetail, useRuleWords } from '../ui/rule-sentence';

type Check = Pick<RuleCheck, 'rule' | 'passed' | 'detail' | 'citation' | 'code' | 'params'>;

/**
 * Rule checks as the rules engine explained them: passed or not (a word and a mark, never colour alone),
 * the outcome in the user's language (from the check's code and params, dates dd/mm/yyyy, names for
 * codes) and the citation; `named` puts the rule's name in words first (a rotation's checks).
 */
export function RuleCheckList({ checks, named = false }: { checks: readonly Check[]; named?: boolean }) {
  const { t } = useI18n();
  const words = useRuleWords(checks);
  return (
    <ul className="checks">
      {checks.map((check) => (
        <li key={check.rule} className={`check ${check.passed ? 'check-pass' : 'check-fail'}`}>
          <span className="check-icon" aria-hidden="true">
            {check.passed ? '✓' : '✗'}
          </span>
          <span className="check-body">
            {named && <span className="check-rule">{t.eligibility.rules[check.rule] ?? check.rule} · </span>}
            <strong>{check.passed ? t.eligibility.passed : t.eligibility.failed}</strong>:{' '}
            <RuleDetail check={check} words={words} />{' '}
            <span className="check-citation">
              {t.eligibility.citation}: {check.citation}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
