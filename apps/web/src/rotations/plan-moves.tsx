import type { PlannedMove } from '../api/rotation-types';
import { RuleCheckList } from '../appointments/rule-check-list';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';
import { Disclosure } from '../ui/disclosure';

/** Each proposed move: who, from → to by name, why, whom it replaces, and every rule it meets, cited. */
export function PlanMoves({ moves }: { moves: readonly PlannedMove[] }) {
  const { t } = useI18n();
  const pl = t.rotation.planner;
  return (
    <Section title={pl.moves} id="plan-moves-title">
      {moves.length === 0 ? (
        <p className="muted">{pl.noMoves}</p>
      ) : (
        <ol className="plain-list plan-moves" data-testid="plan-moves">
          {moves.map((m) => (
            <li key={`${m.move.cadreId}→${m.move.toPostId}`} className="plan-move">
              <h3>
                {m.cadreName} <span className="code">{m.move.cadreId}</span>
              </h3>
              <p>
                {pl.from}: {m.fromPostTitle} · {m.fromUnitName} → {pl.to}: {m.toPostTitle} · {m.toUnitName}
              </p>
              <p>
                {pl.reason}: {t.rotation.reasons[m.move.reason] ?? m.move.reason}
                {m.replacesCadreIds.length > 0 && (
                  <span className="muted small"> · {pl.replaces(m.replacesCadreIds.join(', '))}</span>
                )}
              </p>
              <Disclosure className="more" summary={`${pl.satisfies} (${m.satisfies.length})`}>
                <RuleCheckList checks={m.satisfies.map((s) => ({ ...s, passed: true }))} named />
              </Disclosure>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
