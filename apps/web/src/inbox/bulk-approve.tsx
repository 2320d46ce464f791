import { useId, useState } from 'react';
import type { BulkApproveItemResult, BulkApproveRequest, TaskView } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { ActionResult } from './action-result';

/** One row of a bulk approval's answer, with the row's label as the user saw it. */
export interface BulkRow {
  label: string;
  result: BulkApproveItemResult;
}

export interface BulkApproveProps {
  selected: TaskView[];
  approve(body: BulkApproveRequest): Promise<BulkApproveItemResult[]>;
  /** The answer, per row: the page keeps it on screen until dismissed (BulkResults). */
  onDone(results: BulkRow[]): void;
  onClear(): void;
}

/** Approves the selected rows in one request; the page shows, per row, whether the API recorded it. */
export function BulkApprove({ selected, approve, onDone, onClear }: BulkApproveProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async () => {
    if (selected.length === 0 || busy) return;
    setBusy(true);
    setError(null);
    try {
      const trimmed = comment.trim();
      const answer = await approve({
        items: selected.map((s) => ({ workflowId: s.workflowId, taskKey: s.taskKey })),
        ...(trimmed ? { comment: trimmed } : {}),
      });
      const labelOf = (r: BulkApproveItemResult) => {
        const row = selected.find((s) => s.workflowId === r.workflowId && s.taskKey === r.taskKey);
        return row ? `${row.label} · ${row.postTitle ?? row.postId}` : `${r.workflowId} · ${r.taskKey}`;
      };
      announce(t.proc.bulk.summary(answer.filter((r) => r.ok).length, answer.length));
      setComment('');
      onDone(answer.map((result) => ({ label: labelOf(result), result })));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card bulk" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.proc.bulk.title}</h2>
      <p className="muted small">{t.proc.bulk.help}</p>
      <p>
        <strong>{t.proc.bulk.selected(selected.length)}</strong>
      </p>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t.proc.bulk.comment}</label>
        <input id={`${id}-comment`} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <div className="actions">
        <button
          type="button"
          className="button button-approve"
          disabled={busy || selected.length === 0}
          onClick={() => void submit()}
        >
          {busy ? t.proc.bulk.sending : t.proc.bulk.approve(selected.length)}
        </button>
        {selected.length > 0 && (
          <button type="button" className="button button-ghost" onClick={onClear}>
            {t.proc.bulk.clear}
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * A bulk approval's answer, per row, kept until dismissed: the approved rows leave the list (and the
 * bulk form with them when none is left), so the answer cannot live in that form. Focus moves to it.
 */
export function BulkResults({ results, onDismiss }: { results: BulkRow[]; onDismiss(): void }) {
  const { t } = useI18n();
  const ok = results.filter((r) => r.result.ok).length;
  return (
    <ActionResult
      title={t.proc.bulk.results}
      focusKey={results}
      tone={ok === results.length ? 'ok' : 'error'}
      onDismiss={onDismiss}
      testId="bulk-results"
    >
      <p>{t.proc.bulk.summary(ok, results.length)}</p>
      <ul className="plain-list results">
        {results.map(({ label, result }) => (
          <li
            key={`${result.workflowId}#${result.taskKey}`}
            className={result.ok ? 'result-ok' : 'result-refused'}
          >
            <span className={result.ok ? 'tag tag-pass' : 'tag tag-fail'}>
              {result.ok ? t.proc.bulk.ok : t.proc.bulk.refused}
            </span>{' '}
            {label}
            {!result.ok && (
              <span className="muted">
                {' — '}
                {(result.code && t.proc.codes[result.code]) ?? ''}{' '}
                {result.message ? <q lang="en">{result.message}</q> : null}
              </span>
            )}
          </li>
        ))}
      </ul>
    </ActionResult>
  );
}
