import type { RuleCheck } from '../api/types';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { Section } from '../ui/widgets';
import { RuleDetail, useRuleWords } from '../ui/rule-sentence';

const num = (value: RuleCheck['parameters'][string]) => (typeof value === 'number' ? value : undefined);

/**
 * A structure figure in words, from the rule's parameters (libs/domain planning-pool): a share
 * (`count`, `total`, `minPercent`) or the age bands (`bands`, `min`, `bandYears`); the rule's own detail
 * when the parameters are not those.
 */
export function structureFigure(check: RuleCheck, t: Messages): { value: string; target: string } | null {
  const s = t.plan.structure;
  const p = check.parameters;
  const count = num(p.count);
  const total = num(p.total);
  const minPercent = num(p.minPercent);
  if (count !== undefined && total !== undefined && minPercent !== undefined) {
    const percent = total > 0 ? String(Math.round((count * 1000) / total) / 10) : '0';
    return { value: s.share(count, total, percent), target: s.shareTarget(minPercent) };
  }
  const bands = num(p.bands);
  const min = num(p.min);
  const years = num(p.bandYears);
  if (bands !== undefined && min !== undefined && years !== undefined)
    return { value: s.bands(bands, years), target: s.bandsTarget(min) };
  return null;
}

/** The pool's structure targets (young, women, age bands), each met or missed, with its citation. */
export function PlanStructure({ structure }: { structure: readonly RuleCheck[] }) {
  const { t } = useI18n();
  const s = t.plan.structure;
  const missed = structure.filter((c) => !c.passed);
  const words = useRuleWords(structure);
  return (
    <Section title={s.title} id="plan-structure-title">
      <p className="muted">{s.intro}</p>
      {structure.length === 0 && <p className="muted">{s.empty}</p>}
      {missed.length > 0 && (
        <div className="notice notice-warning" role="status" data-testid="structure-warning">
          <p className="notice-title">{s.warning(missed.length)}</p>
          <ul>
            {missed.map((c) => (
              <li key={c.rule}>
                {t.eligibility.rules[c.rule] ?? c.rule} — {t.eligibility.citation}: {c.citation}
              </li>
            ))}
          </ul>
        </div>
      )}
      {structure.length > 0 && (
        <ul className="checks" data-testid="structure">
          {structure.map((c) => {
            const figure = structureFigure(c, t);
            return (
              <li key={c.rule} className={`check ${c.passed ? 'check-pass' : 'check-fail'}`}>
                <span className="check-icon" aria-hidden="true">
                  {c.passed ? '✓' : '!'}
                </span>
                <span className="check-body">
                  <span className="check-rule">{t.eligibility.rules[c.rule] ?? c.rule} · </span>
                  <strong>{c.passed ? s.met : s.missed}</strong>
                  {figure ? (
                    <>
                      : {figure.value} · {figure.target}
                    </>
                  ) : (
                    <>
                      : <RuleDetail check={c} words={words} />
                    </>
                  )}{' '}
                  <span className="check-citation">
                    {t.eligibility.citation}: {c.citation}
                  </span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
