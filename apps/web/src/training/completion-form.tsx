import { useId, useState, type FormEvent } from 'react';
import type { StoredDocument } from '../api/appointment-types';
import type { CompleteTrainingClassRequest, TrainingClassStatus } from '../api/training-types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import type { Trainee } from './attendance-grid';
import { useFieldProblemText } from '../ui/field-problem-text';
import { problemsFromApi } from './field-problems';

interface Row {
  cadreId: string;
  passed: boolean;
  number: string;
  document: StoredDocument | null;
}

/**
 * The class's results: for each trainee who attended, passed or not, the certificate's number and,
 * optionally, its scan (uploaded at once as a `certificate` document). A pass without its number is
 * caught here, before anything is sent.
 */
export function CompletionForm({
  attendees,
  upload,
  complete,
  onDone,
}: {
  attendees: Trainee[];
  upload(kind: 'certificate', file: File): Promise<StoredDocument>;
  complete(body: CompleteTrainingClassRequest): Promise<TrainingClassStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  // The API's field problems in the user's language, from their code and params.
  const say = useFieldProblemText([]);
  const c = t.training.completion;
  const id = useId();
  const announce = useAnnounce();
  const [rows, setRows] = useState<Row[]>(() =>
    attendees.map((a) => ({ cadreId: a.cadreId, passed: true, number: '', document: null })),
  );
  const [missing, setMissing] = useState<Set<string>>(new Set());
  const [uploading, setUploading] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useCommand(onDone);
  const nameOf = new Map(attendees.map((a) => [a.cadreId, a.name]));
  const change = (cadreId: string, patch: Partial<Row>) =>
    setRows((all) => all.map((r) => (r.cadreId === cadreId ? { ...r, ...patch } : r)));

  const attach = async (cadreId: string, file: File | undefined) => {
    if (!file) return;
    setUploading(cadreId);
    setUploadError(null);
    try {
      const stored = await upload('certificate', file);
      change(cadreId, { document: stored });
      announce(c.uploaded(stored.fileName));
    } catch (e) {
      setUploadError(e);
    } finally {
      setUploading(null);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const lacking = new Set(rows.filter((r) => r.passed && !r.number.trim()).map((r) => r.cadreId));
    setMissing(lacking);
    if (lacking.size > 0) return;
    void run(async () => {
      try {
        await complete({
          results: rows.map((r) => ({
            cadreId: r.cadreId,
            passed: r.passed,
            ...(r.passed ? { certificateNumber: r.number.trim() } : {}),
            ...(r.passed && r.document ? { certificateDocumentId: r.document.id } : {}),
          })),
        });
        return c.done;
      } catch (err) {
        const first = Object.values(problemsFromApi(err, t, say))[0];
        if (first) {
          setProblem(first);
          return null;
        }
        throw err;
      }
    });
  };

  if (attendees.length === 0) return <p className="notice">{c.noAttendees}</p>;
  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{c.title}</h2>
      <p className="muted small">{c.help}</p>
      {rows.map((r) => {
        const name = nameOf.get(r.cadreId) ?? r.cadreId;
        const numberId = `${id}-${r.cadreId}-number`;
        return (
          <fieldset key={r.cadreId} className="result-row">
            <legend>{name}</legend>
            <label>
              <input
                type="checkbox"
                checked={r.passed}
                onChange={(e) => change(r.cadreId, { passed: e.target.checked })}
              />{' '}
              {c.passed(name)}
            </label>
            {r.passed && (
              <>
                <label htmlFor={numberId}>{c.number(name)}</label>
                <input
                  id={numberId}
                  type="text"
                  maxLength={64}
                  value={r.number}
                  aria-invalid={missing.has(r.cadreId)}
                  aria-describedby={missing.has(r.cadreId) ? `${numberId}-error` : undefined}
                  onChange={(e) => change(r.cadreId, { number: e.target.value })}
                />
                {missing.has(r.cadreId) && (
                  <p id={`${numberId}-error`} className="field-error">
                    {c.numberRequired}
                  </p>
                )}
                <label htmlFor={`${id}-${r.cadreId}-file`}>{c.document(name)}</label>
                <input
                  id={`${id}-${r.cadreId}-file`}
                  type="file"
                  accept="application/pdf,image/*"
                  disabled={uploading !== null}
                  onChange={(e) => void attach(r.cadreId, e.target.files?.[0])}
                />
                {uploading === r.cadreId && <span className="muted small">{c.uploading}</span>}
                {r.document && <span className="muted small">{c.uploaded(r.document.fileName)}</span>}
              </>
            )}
          </fieldset>
        );
      })}
      {uploadError !== null && <ErrorMessage error={uploadError} />}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button" disabled={busy || uploading !== null}>
        {busy ? c.submitting : c.submit}
      </button>
    </form>
  );
}
