import { useId, useState, type FormEvent } from 'react';
import type { EnrolmentSkip, TrainingClassStatus } from '../api/training-types';
import type { UnitView } from '../api/rotation-types';
import type { CadreView, Page } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { CadrePicker } from '../rotations/cadre-picker';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import { useFieldProblemText } from '../ui/field-problem-text';
import { problemsFromApi } from './field-problems';

/** Enrol one cadre (picked by name) or every cadre now assigned in a unit (picked by name). */
export function EnrolForm({
  enrolledBefore,
  units,
  searchCadres,
  enrol,
  onDone,
}: {
  /** Cadres enrolled when the form was shown: the answer's count less this is what the request added. */
  enrolledBefore: number;
  units: UnitView[];
  searchCadres(query: { q?: string; limit: number; offset: number }): Promise<Page<CadreView>>;
  enrol(body: { cadreId: string } | { unitCode: string }): Promise<TrainingClassStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  // The API's field problems in the user's language, from their code and params.
  const say = useFieldProblemText([]);
  const e = t.training.enrol;
  const id = useId();
  const [mode, setMode] = useState<'cadre' | 'unit'>('cadre');
  const [cadre, setCadre] = useState<CadreView | null>(null);
  const [unitCode, setUnitCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [skipped, setSkipped] = useState<EnrolmentSkip[]>([]);
  const { busy, error, run } = useCommand(onDone);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    void run(async () => {
      const body =
        mode === 'cadre' ? (cadre ? { cadreId: cadre.code } : null) : unitCode ? { unitCode } : null;
      if (!body) {
        setProblem(e.pickFirst);
        return null;
      }
      try {
        const status = await enrol(body);
        setSkipped(status.lastSkipped);
        setCadre(null);
        const now = status.enrolments.filter((x) => !x.withdrawn).length;
        return e.enrolled(Math.max(0, now - enrolledBefore));
      } catch (err) {
        const problems = problemsFromApi(err, t, say);
        const first = Object.values(problems)[0];
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
      <h2 id={`${id}-title`}>{e.title}</h2>
      <fieldset>
        <legend className="visually-hidden">{e.title}</legend>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'cadre'}
            onChange={() => setMode('cadre')}
          />{' '}
          {e.byCadre}
        </label>
        <label className="radio">
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'unit'}
            onChange={() => setMode('unit')}
          />{' '}
          {e.byUnit}
        </label>
      </fieldset>
      {mode === 'cadre' ? (
        <CadrePicker value={cadre} onChange={setCadre} search={searchCadres} invalid={problem !== null} />
      ) : (
        <div className="field">
          <label htmlFor={`${id}-unit`}>{e.unit}</label>
          <select
            id={`${id}-unit`}
            value={unitCode}
            onChange={(ev) => setUnitCode(ev.target.value)}
            aria-invalid={problem !== null}
          >
            <option value="">{e.chooseUnit}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {skipped.length > 0 && (
        <div className="notice" role="status" data-testid="enrol-skipped">
          <p className="notice-title">{e.skipped}</p>
          <ul className="plain-list">
            {skipped.map((s) => (
              <li key={s.cadreId}>
                <span className="code">{s.cadreId}</span>: {e.skipReasons[s.reason] ?? s.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>
        {busy ? e.submitting : e.submit}
      </button>
    </form>
  );
}
