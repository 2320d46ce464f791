import { useId, useMemo } from 'react';
import type { RotationPlan, UnitView } from '../api/rotation-types';
import { MovesPicture } from '../dashboard/moves-picture';
import { movesPicture } from '../dashboard/moves-sankey-layout';
import { MovesTable } from '../dashboard/moves-table';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';
import { planMoveCounts } from './planner-logic';

/** The proposed moves between units as the dashboard's Sankey, with its table always there in text. */
export function PlanPicture({ plan, units }: { plan: RotationPlan; units: readonly UnitView[] }) {
  const pl = useI18n().t.rotation.planner;
  const id = useId();
  const moves = useMemo(() => planMoveCounts(plan, units), [plan, units]);
  const picture = useMemo(() => movesPicture(moves), [moves]);
  if (moves.length === 0) return null;
  return (
    <Section title={pl.picture} id="plan-picture-title">
      <figure className="moves">
        <figcaption className="muted">{pl.pictureIntro}</figcaption>
        <MovesPicture picture={picture} />
        <MovesTable id={`${id}-table`} moves={moves} visible />
      </figure>
    </Section>
  );
}
