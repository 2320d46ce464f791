import type { RotationPlan, RotationPlanFigures } from '../api/rotation-types';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';

const FIGURES: readonly (keyof RotationPlanFigures)[] = [
  'communeHeadPosts',
  'communeHeadsNonLocal',
  'headsOverTwoTerms',
  'vacantHeadPosts',
];

/** The head posts in scope counted before the plan and after its moves. */
export function PlanFigures({ figures }: { figures: RotationPlan['figures'] }) {
  const pl = useI18n().t.rotation.planner;
  return (
    <Section title={pl.figures} id="plan-figures-title">
      <table className="table" data-testid="plan-figures">
        <thead>
          <tr>
            <th scope="col">{pl.figure}</th>
            <th scope="col">{pl.before}</th>
            <th scope="col">{pl.after}</th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((f) => (
            <tr key={f}>
              <th scope="row">{pl.figureNames[f]}</th>
              <td>{figures.before[f]}</td>
              <td>{figures.after[f]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
