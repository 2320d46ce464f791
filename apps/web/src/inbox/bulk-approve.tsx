import { useId, useState } from 'react';
import type { BulkApproveItemResult, BulkApproveRequest, TaskView } from '../api/appointment-types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';

export interface BulkApproveProps {
  selected: TaskView[];
  approve(body: BulkApproveRequest): Promise<BulkApproveItemResult[]>;
  onDone(): void;
  onClear(): void;
}

/** Approves the selected rows in one request and shows, per row, whether the API recorded it or why not. */
export function BulkApprove({ selected, approve, onDone, onClear }: BulkApproveProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [results, setResults] = useState<{ label: string; result: BulkApproveItemResult }[] | null>(null);

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
      setResults(answer.map((result) => ({ label: labelOf(result), result })));
      announce(t.proc.bulk.summary(answer.filter((r) => r.ok).length, answer.length));
      setComment('');
      onDone();
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
      {results && (
        <div data-testid="bulk-results">
          <h3>{t.proc.bulk.results}</h3>
          <p>{t.proc.bulk.summary(results.filter((r) => r.result.ok).length, results.length)}</p>
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
        </div>
      )}
    </section>
  );
}
