import { useId, useRef, useState } from 'react';
import type { ConferenceStatus, ConferenceView, TallyRequest } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { useAnnounce } from '../ui/announcer';
import { FocusedError } from '../ui/focused-error';
import { isExpanded, previewTally, sha256Hex, votesToPass, type TallyProblem } from './vote-arithmetic';

/** A problem of the tally in words: each field by its label, each candidate by name (never a code alone). */
export function problemText(p: TallyProblem, t: Messages, candidateName: (id: string) => string): string {
  const c = t.proc.conference;
  switch (p.kind) {
    case 'ballotsOverAttending':
      return c.problems.ballotsOverAttending(p.attending);
    case 'votesOverBallots':
      return c.problems.votesOverBallots(candidateName(p.candidateId), p.ballots);
    case 'notWhole':
      return c.problems.notWhole(
        p.field === 'ballotsCast' ? c.ballots : c.votesFor(candidateName(p.candidateId)),
      );
  }
}

const count = (text: string) => (text.trim() === '' ? NaN : Number(text));

/** The field a problem is about: `ballotsCast`, or a candidate's id for their votes. */
const problemField = (p: TallyProblem) =>
  p.kind === 'ballotsOverAttending' || (p.kind === 'notWhole' && p.field === 'ballotsCast')
    ? 'ballotsCast'
    : p.candidateId;

/**
 * The problems to show now: a field still empty because nobody has typed in it yet is not a mistake
 * (the form opens with every vote empty), so "a whole number is needed" waits until that field is typed
 * in or the secretary tries to send; every other problem is about numbers typed and shows at once.
 */
export function shownProblems(
  problems: readonly TallyProblem[],
  typed: ReadonlySet<string>,
  attempted: boolean,
): TallyProblem[] {
  return problems.filter((p) => p.kind !== 'notWhole' || attempted || typed.has(problemField(p)));
}

/** Ballots and votes per candidate, the threshold and each verdict live, the sheet's SHA-256 from its file. */
export function TallyForm({
  view,
  attending,
  candidateName,
  appointmentId,
  submit,
  onDone,
}: {
  view: ConferenceView;
  attending: number;
  candidateName(id: string): string;
  appointmentId: string;
  submit(id: string, index: number, body: TallyRequest): Promise<ConferenceStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [ballots, setBallots] = useState(String(attending));
  const [votes, setVotes] = useState<Record<string, string>>({});
  const [sha, setSha] = useState<string | null>(null);
  const [shaMissing, setShaMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [typed, setTyped] = useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const summoned = view.summonedIds.length;
  const preview = previewTally({
    kind: view.kind,
    summoned,
    attending,
    ballotsCast: count(ballots),
    votes: view.candidates.map((c) => ({ candidateId: c, votes: count(votes[c] ?? '') })),
  });
  const problems = shownProblems(preview.problems, typed, attempted);
  const invalid = (field: string) => (problems.some((p) => problemField(p) === field) ? true : undefined);
  const typedIn = (field: string) => setTyped((before) => new Set(before).add(field));

  const send = async () => {
    if (preview.problems.length > 0) {
      // Every problem shows now, the empty fields' too; focus goes to the first field to fix.
      setAttempted(true);
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    if (!sha) return setShaMissing(true);
    setBusy(true);
    setError(null);
    try {
      await submit(appointmentId, view.stepIndex, {
        ballotsCast: count(ballots),
        votes: view.candidates.map((c) => ({ candidateId: c, votes: count(votes[c] ?? '') })),
        sheetSha256: sha,
      });
      announce(t.proc.actions.done.tally);
      onDone(t.proc.actions.done.tally);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      className="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{t.proc.conference.tally}</h2>
      <p className="notice notice-info" data-testid="threshold">
        {t.proc.conference.threshold(votesToPass(summoned), summoned)}{' '}
        {isExpanded(view.kind) ? t.proc.conference.expandedRule : t.proc.conference.collectiveRule}
      </p>
      <div className="field">
        <label htmlFor={`${id}-ballots`}>{t.proc.conference.ballots}</label>
        <input
          id={`${id}-ballots`}
          type="number"
          min={0}
          max={attending}
          inputMode="numeric"
          value={ballots}
          onChange={(e) => {
            setBallots(e.target.value);
            typedIn('ballotsCast');
          }}
          aria-invalid={invalid('ballotsCast')}
        />
      </div>
      {view.candidates.map((c) => {
        const verdict = preview.verdicts.find((v) => v.candidateId === c)?.verdict ?? 'invalid';
        return (
          <div className="field tally-row" key={c}>
            <label htmlFor={`${id}-v-${c}`}>{t.proc.conference.votesFor(candidateName(c))}</label>
            <div className="input-with-button">
              <input
                id={`${id}-v-${c}`}
                type="number"
                min={0}
                inputMode="numeric"
                value={votes[c] ?? ''}
                onChange={(e) => {
                  setVotes({ ...votes, [c]: e.target.value });
                  typedIn(c);
                }}
                aria-invalid={invalid(c)}
                aria-describedby={`${id}-verdict-${c}`}
              />
              <span id={`${id}-verdict-${c}`} className={`tag verdict-${verdict}`} aria-live="polite">
                {t.proc.conference.verdict[verdict]}
              </span>
            </div>
          </div>
        );
      })}
      <p aria-live="polite">
        {t.proc.conference.forward(preview.forward.map(candidateName).join(', ') || t.proc.conference.nobody)}
      </p>
      {problems.length > 0 && (
        <ul className="field-error" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{problemText(p, t, candidateName)}</li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-sheet`}>{t.proc.conference.sheet}</label>
        <input
          id={`${id}-sheet`}
          type="file"
          aria-describedby={`${id}-sheet-help`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            setSha(null);
            if (file)
              void sha256Hex(file).then((hex) => {
                setSha(hex);
                setShaMissing(false);
              });
          }}
        />
        <p id={`${id}-sheet-help`} className="field-help">
          {t.proc.conference.sheetHelp}
        </p>
        {sha && (
          <p className="code wrap" data-testid="sheet-sha">
            {t.proc.conference.sheetHash(sha)}
          </p>
        )}
        {shaMissing && (
          <p className="field-error" role="alert">
            {t.proc.conference.sheetNeeded}
          </p>
        )}
      </div>
      {error !== null && <FocusedError error={error} />}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t.proc.actions.sending : t.proc.conference.submitTally}
      </button>
    </form>
  );
}
