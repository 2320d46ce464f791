import { useId, useState, type FormEvent } from 'react';
import type { EligibilityRequest, EligibilityResult, PostView, RuleCheck } from '../api/types';
import { formatDate, parseDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { RuleDetail, useRuleWords } from '../ui/rule-sentence';

const NO_CHECKS: readonly RuleCheck[] = [];

const KINDS = ['appointment', 'planning', 'rotation'] as const;

/** POST /api/v1/eligibility for the chosen post: every check, passed or failed, with detail and citation. */
export function EligibilityPanel({
  cadreCode,
  post,
  check,
}: {
  cadreCode: string;
  post: PostView | null;
  check(body: EligibilityRequest): Promise<EligibilityResult>;
}) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<(typeof KINDS)[number]>('appointment');
  const [asOf, setAsOf] = useState('');
  const [asOfInvalid, setAsOfInvalid] = useState(false);
  const [result, setResult] = useState<{ key: string; value: EligibilityResult } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!post) return;
    const date = asOf.trim() ? parseDate(asOf) : undefined;
    setAsOfInvalid(Boolean(asOf.trim()) && !date);
    if (asOf.trim() && !date) return;
    setBusy(true);
    setError(null);
    try {
      const value = await check({
        cadreId: cadreCode,
        postId: post.code,
        kind,
        ...(date ? { asOf: date } : {}),
      });
      setResult({ key: post.code, value });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const shown = result && post && result.key === post.code ? result.value : null;
  const passed = shown?.checks.filter((c) => c.passed).length ?? 0;
  const words = useRuleWords(shown?.checks ?? NO_CHECKS);

  return (
    <div className="eligibility">
      <form className="filters" onSubmit={(e) => void submit(e)} aria-label={t.eligibility.title}>
        <div className="field field-inline">
          <label htmlFor={`${id}-kind`}>{t.eligibility.kind}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.decisionKind[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor={`${id}-asof`}>{t.eligibility.asOf}</label>
          <input
            id={`${id}-asof`}
            value={asOf}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            onChange={(e) => setAsOf(e.target.value)}
            aria-invalid={asOfInvalid || undefined}
            aria-describedby={asOfInvalid ? `${id}-asof-error` : undefined}
          />
          {asOfInvalid && (
            <p id={`${id}-asof-error`} className="field-error" role="alert">
              {t.eligibility.asOfInvalid}
            </p>
          )}
        </div>
        <button type="submit" className="button button-primary" disabled={!post || busy}>
          {busy ? t.eligibility.checking : t.eligibility.submit}
        </button>
        {!post && <p className="muted">{t.eligibility.needPost}</p>}
      </form>
      {error !== null && <ErrorMessage error={error} />}
      {shown && (
        <div className="eligibility-result">
          <p className={`verdict ${shown.eligible ? 'verdict-yes' : 'verdict-no'}`} role="status">
            <span aria-hidden="true">{shown.eligible ? '✓' : '✗'} </span>
            {shown.eligible ? t.eligibility.eligible : t.eligibility.notEligible}
            <span className="verdict-sub">
              {' · '}
              {t.eligibility.summary(passed, shown.checks.length)} ·{' '}
              {t.eligibility.basis(shown.legalBasis, formatDate(shown.asOf))}
            </span>
          </p>
          <ul className="checks">
            {shown.checks.map((c) => (
              <li key={c.rule} className={c.passed ? 'check check-pass' : 'check check-fail'}>
                <span className="check-icon" aria-hidden="true">
                  {c.passed ? '✓' : '✗'}
                </span>
                <div className="check-body">
                  <p className="check-title">
                    <strong>{t.eligibility.rules[c.rule] ?? c.rule}</strong>{' '}
                    <span className={c.passed ? 'tag tag-pass' : 'tag tag-fail'}>
                      {c.passed ? t.eligibility.passed : t.eligibility.failed}
                    </span>
                  </p>
                  <p className="check-detail">
                    <RuleDetail check={c} words={words} />
                  </p>
                  <p className="check-citation small">
                    <span className="muted">{t.eligibility.citation}: </span>
                    {c.citation}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
