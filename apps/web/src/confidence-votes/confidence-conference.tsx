import { useEffect, useState } from 'react';
import type { ConferenceView } from '../api/appointment-types';
import type { ConfidenceVotePage } from '../api/confidence-types';
import { useAuth } from '../auth/auth';
import { AttendanceForm } from '../conferences/attendance-form';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { Section } from '../ui/widgets';
import { ConfidenceTallyForm } from './confidence-tally-form';

/**
 * The key-cadre conference for its secretary: attendance (the quorum shown live), then the three-level
 * tally of every holder. Others see only where it stands.
 */
export function ConfidenceConference({
  vote,
  userName,
  userId,
  onDone,
}: {
  vote: ConfidenceVotePage;
  userName(id: string): string;
  userId: string;
  onDone(message: string): void;
}) {
  const { api } = useAuth();
  const c = useI18n().t.confidence;
  const [view, setView] = useState<ConferenceView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const open = vote.tasks.some((t) => t.kind === 'conference' && t.status === 'open');
  const stamp = `${vote.updatedAt}|${vote.attempt}`;
  useEffect(() => {
    if (!open) return;
    const ctl = new AbortController();
    api.confidenceConference(vote.id, ctl.signal).then(setView, (e: unknown) => {
      if ((e as Error).name !== 'AbortError') setError(e);
    });
    return () => ctl.abort();
  }, [api, vote.id, open, stamp]);
  if (!open) return null;
  const secretary = vote.keyCadres.secretaryId === userId;
  const holders = vote.holders.map((h) => ({
    cadreId: h.cadreId,
    name: h.cadreName ?? h.cadreId,
    post: h.postTitle ?? h.postId,
  }));
  const refreshed = (message: string) => {
    setView(null);
    onDone(message);
  };
  return (
    <Section title={`${c.page.conference} · ${c.page.attempt(vote.attempt)}`} id="confidence-conference">
      {error !== null && <ErrorMessage error={error} />}
      {view && secretary && view.status.stage === 'convened' && (
        <AttendanceForm
          view={view}
          name={userName}
          appointmentId={vote.id}
          record={api.confidenceAttendance}
          onDone={refreshed}
        />
      )}
      {view &&
        secretary &&
        view.status.stage === 'attendance_recorded' &&
        view.status.attending !== undefined && (
          <ConfidenceTallyForm
            summoned={view.summonedIds.length}
            attending={view.status.attending}
            holders={holders}
            submit={(body) => api.confidenceTally(vote.id, body)}
            onDone={refreshed}
          />
        )}
      {view && !secretary && <p className="muted">{c.stages[vote.stage]}</p>}
    </Section>
  );
}
