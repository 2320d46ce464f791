import { useId, useState } from 'react';
import type { ConferenceStatus } from '../api/appointment-types';
import type { ConfidenceTallyRequest } from '../api/confidence-types';
import { sha256Hex } from '../conferences/vote-arithmetic';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { previewConfidence, sheetHexFrom, type ConfidenceProblem } from './confidence-arithmetic';

const LEVELS = ['high', 'confidence', 'low'] as const;
type Level = (typeof LEVELS)[number];

const count = (text: string | undefined) => (text === undefined || text.trim() === '' ? NaN : Number(text));

function problemText(p: ConfidenceProblem, t: Messages, name: (id: string) => string): string {
  const m = t.confidence.tally.problems;
  switch (p.kind) {
    case 'notWhole':
      return m.notWhole(name(p.candidateId));
    case 'overBallots':
      return m.overBallots(name(p.candidateId), p.ballots);
    case 'ballotsOverAttending':
      return m.ballotsOverAttending(p.attending);
  }
}

/**
 * The secretary's three-level tally (QĐ 96): the ballots cast, then per holder high / confidence / low,
 * each holder's outcome shown live with the citation, and the sheet's SHA-256 (computed in the browser
 * from its file, or pasted). Only counts and the seal leave the browser, never who voted what.
 */
export function ConfidenceTallyForm({
  summoned,
  attending,
  holders,
  submit,
  onDone,
}: {
  summoned: number;
  attending: number;
  holders: readonly { cadreId: string; name: string; post: string }[];
  submit(body: ConfidenceTallyRequest): Promise<ConferenceStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const c = t.confidence;
  const announce = useAnnounce();
  const id = useId();
  const [ballots, setBallots] = useState(String(attending));
  const [counts, setCounts] = useState<Record<string, Partial<Record<Level, string>>>>({});
  const [fileSha, setFileSha] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [shaMissing, setShaMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const name = (cadreId: string) => holders.find((h) => h.cadreId === cadreId)?.name ?? cadreId;
  const rows = holders.map((h) => ({
    candidateId: h.cadreId,
    high: count(counts[h.cadreId]?.high),
    confidence: count(counts[h.cadreId]?.confidence),
    low: count(counts[h.cadreId]?.low),
  }));
  const preview = previewConfidence({ summoned, attending, ballotsCast: count(ballots), counts: rows });
  const sha = fileSha ?? sheetHexFrom(pasted);

  const send = async () => {
    if (!sha) return setShaMissing(true);
    if (preview.problems.length > 0 || !preview.quorumMet) return;
    setBusy(true);
    setError(null);
    try {
      await submit({ ballotsCast: count(ballots), confidence: rows, sheetSha256: sha });
      announce(c.tally.done);
      onDone(c.tally.done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{c.tally.title}</h2>
      <p className={`notice ${preview.quorumMet ? 'notice-info' : 'notice-warning'}`} data-testid="quorum">
        {c.tally.quorum(attending, summoned, preview.quorumMet)}
      </p>
      <p className="muted" data-testid="rule">
        {c.tally.rule} ({c.citation})
      </p>
      <div className="field">
        <label htmlFor={`${id}-ballots`}>{c.tally.ballots}</label>
        <input
          id={`${id}-ballots`}
          type="number"
          min={0}
          max={attending}
          inputMode="numeric"
          value={ballots}
          onChange={(e) => setBallots(e.target.value)}
        />
      </div>
      {holders.map((h) => {
        const outcome = preview.outcomes.find((o) => o.candidateId === h.cadreId)?.outcome ?? null;
        return (
          <fieldset key={h.cadreId} className="tally-row">
            <legend>
              {h.name} — {h.post}
            </legend>
            <div className="field-row">
              {LEVELS.map((level) => (
                <div className="field" key={level}>
                  <label htmlFor={`${id}-${h.cadreId}-${level}`}>
                    {c.tally.countFor(c.levels[level], h.name)}
                  </label>
                  <input
                    id={`${id}-${h.cadreId}-${level}`}
                    type="number"
                    min={0}
                    inputMode="numeric"
                    value={counts[h.cadreId]?.[level] ?? ''}
                    onChange={(e) =>
                      setCounts({ ...counts, [h.cadreId]: { ...counts[h.cadreId], [level]: e.target.value } })
                    }
                  />
                </div>
              ))}
            </div>
            <p aria-live="polite" data-testid={`outcome-${h.cadreId}`}>
              {c.tally.outcome}:{' '}
              <span className={`tag outcome-${outcome ?? 'none'}`}>
                {outcome ? c.outcomes[outcome] : '—'}
              </span>
            </p>
          </fieldset>
        );
      })}
      {preview.problems.length > 0 && (
        <ul className="field-error" role="alert">
          {preview.problems.map((p, i) => (
            <li key={i}>{problemText(p, t, name)}</li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-sheet`}>{c.tally.sheet}</label>
        <input
          id={`${id}-sheet`}
          type="file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            setFileSha(null);
            if (file)
              void sha256Hex(file).then((hex) => {
                setFileSha(hex);
                setShaMissing(false);
              });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-hex`}>{c.tally.sheetHex}</label>
        <input
          id={`${id}-hex`}
          className="code"
          value={pasted}
          onChange={(e) => {
            setPasted(e.target.value);
            setShaMissing(false);
          }}
        />
      </div>
      {sha && (
        <p className="code wrap" data-testid="sheet-sha">
          {c.page.sheet(sha)}
        </p>
      )}
      {shaMissing && (
        <p className="field-error" role="alert">
          {c.tally.sheetNeeded}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button button-primary" disabled={busy || !preview.quorumMet}>
        {busy ? t.proc.actions.sending : c.tally.submit}
      </button>
    </form>
  );
}
