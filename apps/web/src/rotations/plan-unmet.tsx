import type { UnitView, UnmetTarget } from '../api/rotation-types';
import { useI18n } from '../i18n/i18n';
import { CodeName } from '../ui/names';
import { Section } from '../ui/widgets';

/** The targets the plan cannot bring into line, post by post, with why and the rules cadres fail. */
export function PlanUnmet({ unmet, units }: { unmet: readonly UnmetTarget[]; units: readonly UnitView[] }) {
  const { t } = useI18n();
  const pl = t.rotation.planner;
  const unitName = (code: string) => units.find((u) => u.code === code)?.name ?? code;
  return (
    <Section title={pl.unmet} id="plan-unmet-title">
      {unmet.length === 0 ? (
        <p className="muted">{pl.noUnmet}</p>
      ) : (
        <ul className="plain-list" data-testid="plan-unmet">
          {unmet.map((u) => (
            <li key={`${u.target}:${u.postId}`}>
              <strong>{t.rotation.targets[u.target] ?? u.target}</strong>:{' '}
              <CodeName kind="post" code={u.postId} /> · {unitName(u.unitCode)}
              <p>{u.why}</p>
              {u.failingRules.length > 0 && (
                <p className="muted small">
                  {pl.failingRules}:{' '}
                  {u.failingRules
                    .map((f) => pl.failingRule(t.eligibility.rules[f.rule] ?? f.rule, f.cadres))
                    .join('; ')}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
