import type { RotationState } from '../api/rotation-types';
import { useI18n } from '../i18n/i18n';

const BADGE: Record<RotationState, string> = {
  in_progress: 'pending',
  rotating: 'approved',
  ended: 'withdrawn',
  not_passed: 'rejected',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

/** A rotation's state in the rotation's own words ("Đang luân chuyển"), not an appointment's. */
export function RotationStateBadge({ state }: { state: RotationState }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${BADGE[state] ?? 'pending'}`}>{t.rotation.states[state] ?? state}</span>
  );
}
