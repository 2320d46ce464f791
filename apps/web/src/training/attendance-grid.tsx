import { useId, useState, type FormEvent } from 'react';
import type {
  TrainingAttendance,
  TrainingAttendanceRequest,
  TrainingClassStatus,
} from '../api/training-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import { useFieldProblemText } from '../ui/field-problem-text';
import { problemsFromApi } from './field-problems';

export interface Trainee {
  cadreId: string;
  name: string;
}

/** One row per enrolled cadre: present or absent, and a note; saved together (a later save corrects it). */
export function AttendanceGrid({
  trainees,
  attendance,
  record,
  onDone,
}: {
  trainees: Trainee[];
  attendance: TrainingAttendance[];
  record(body: TrainingAttendanceRequest): Promise<TrainingClassStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  // The API's field problems in the user's language, from their code and params.
  const say = useFieldProblemText([]);
  const a = t.training.attendance;
  const id = useId();
  const known = new Map(attendance.map((x) => [x.cadreId, x]));
  const [rows, setRows] = useState(() =>
    trainees.map((tr) => ({
      cadreId: tr.cadreId,
      attended: known.get(tr.cadreId)?.attended ?? true,
      note: known.get(tr.cadreId)?.note ?? '',
    })),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useCommand(onDone);
  const nameOf = new Map(trainees.map((tr) => [tr.cadreId, tr.name]));
  const change = (cadreId: string, patch: Partial<(typeof rows)[number]>) =>
    setRows((all) => all.map((r) => (r.cadreId === cadreId ? { ...r, ...patch } : r)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    void run(async () => {
      try {
        await record({
          entries: rows.map((r) => ({
            cadreId: r.cadreId,
            attended: r.attended,
            ...(r.note.trim() ? { note: r.note.trim() } : {}),
          })),
        });
        return a.saved;
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

  return (
    <form className="card form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{a.title}</h2>
      <p className="muted small">{a.help}</p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t.training.page.colName}</th>
            <th scope="col">{a.present}</th>
            <th scope="col">{t.training.fields.reason}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const name = nameOf.get(r.cadreId) ?? r.cadreId;
            return (
              <tr key={r.cadreId}>
                <th scope="row">{name}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={a.attended(name)}
                    checked={r.attended}
                    onChange={(e) => change(r.cadreId, { attended: e.target.checked })}
                  />{' '}
                  <span aria-hidden="true">{r.attended ? a.present : a.absentLabel}</span>
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={a.note(name)}
                    maxLength={500}
                    value={r.note}
                    onChange={(e) => change(r.cadreId, { note: e.target.value })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button" disabled={busy}>
        {busy ? a.submitting : a.submit}
      </button>
    </form>
  );
}
