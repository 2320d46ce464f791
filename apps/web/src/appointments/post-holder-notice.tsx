import type { AppointmentStartDefaults } from '../api/standing-body-endpoints';
import { formatDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';

/** Said as soon as the post is chosen: who holds it (the decision ends their assignment), or who is filling it. */
export function PostHolderNotice({ defaults }: { defaults: AppointmentStartDefaults | null }) {
  const b = useI18n().t.bodies;
  if (!defaults || (!defaults.holder && !defaults.beingFilledBy)) return null;
  return (
    <div className="notice notice-warning" role="status" data-testid="post-holder">
      {defaults.holder && (
        <p>
          <strong>{b.held(defaults.holder.fullName, formatDate(defaults.holder.since))}</strong> {b.heldEnds}
        </p>
      )}
      {defaults.beingFilledBy && <p>{b.beingFilled(defaults.beingFilledBy)}</p>}
    </div>
  );
}
