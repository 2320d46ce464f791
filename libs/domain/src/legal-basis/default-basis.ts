import type { DecisionKind, LegalBasis } from '@personnel/contracts';
import { compareIsoDates } from '../calendar/iso-date';

/** First day of QĐ 377-QĐ/TW (planning, appointment, dismissal), replacing QĐ 50 + QĐ 80. */
export const QD377_EFFECTIVE_FROM = '2025-10-08';

/**
 * The basis a new procedure pins when the caller names none (../shared/DOMAIN.md "Legal bases").
 * Rotation is always QĐ 65. Before 2025-10-08 the planning/appointment set is QĐ 50 + QĐ 80 + NĐ 138,
 * of which one code must be pinned: planning takes QD50-2021 (the planning regulation); appointment takes
 * ND138-2020, because the appointment procedure the system runs (proposal, conferences, votes, term,
 * reappointment notice) is NĐ 138's. A Party-side appointment pins 'QD80-2022' explicitly; its row
 * differs only in citations.
 */
export function defaultLegalBasis(kind: DecisionKind, asOf: string): LegalBasis {
  const underQd377 = compareIsoDates(asOf, QD377_EFFECTIVE_FROM) >= 0;
  if (kind === 'rotation') return 'QD65-2022';
  if (underQd377) return 'QD377-2025';
  return kind === 'planning' ? 'QD50-2021' : 'ND138-2020';
}
