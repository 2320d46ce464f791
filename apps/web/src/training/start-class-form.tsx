import { useId, useState, type FormEvent, type ReactElement } from 'react';
import type { StartTrainingClassRequest, TrainingClassView, TrainingCourseView } from '../api/training-types';
import type { UnitView } from '../api/rotation-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import { namesFrom, useFieldProblemText } from '../ui/field-problem-text';
import { problemsFromApi } from './field-problems';

const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
type Field =
  'classCode' | 'courseCode' | 'title' | 'startDate' | 'endDate' | 'place' | 'unitCode' | 'capacity';

/** HR opens a class of a course: code, title, dates, place, organising unit, optional capacity. */
export function StartClassForm({
  courses,
  units,
  start,
  onStarted,
}: {
  courses: TrainingCourseView[];
  units: UnitView[];
  start(body: StartTrainingClassRequest): Promise<TrainingClassView>;
  onStarted(view: TrainingClassView): void;
}) {
  const { t } = useI18n();
  // The API's field problems in the user's language, from their code and params.
  const say = useFieldProblemText([], {
    names: {
      course: namesFrom(
        courses,
        (c) => c.code,
        (c) => c.title,
      ),
      unit: namesFrom(
        units,
        (u) => u.code,
        (u) => u.name,
      ),
    },
  });
  const s = t.training.start;
  const p = t.training.problems;
  const id = useId();
  const [values, setValues] = useState<Record<Field, string>>({
    classCode: '',
    courseCode: '',
    title: '',
    startDate: '',
    endDate: '',
    place: '',
    unitCode: '',
    capacity: '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const { busy, error, run } = useCommand(() => undefined);
  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  const check = (): Partial<Record<Field, string>> => {
    const found: Partial<Record<Field, string>> = {};
    for (const f of [
      'classCode',
      'courseCode',
      'title',
      'startDate',
      'endDate',
      'place',
      'unitCode',
    ] as const)
      if (!values[f].trim()) found[f] = p.required;
    if (values.classCode.trim() && !CODE.test(values.classCode.trim())) found.classCode = p.code;
    if (values.startDate && values.endDate && values.endDate < values.startDate)
      found.endDate = p.endBeforeStart;
    const capacity = Number(values.capacity);
    if (values.capacity && (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000))
      found.capacity = p.capacity;
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    void run(async () => {
      try {
        const view = await start({
          classCode: values.classCode.trim(),
          courseCode: values.courseCode,
          title: values.title.trim(),
          startDate: values.startDate,
          endDate: values.endDate,
          place: values.place.trim(),
          unitCode: values.unitCode,
          ...(values.capacity ? { capacity: Number(values.capacity) } : {}),
        });
        onStarted(view);
        return s.opened(view.classCode);
      } catch (err) {
        const fromApi = problemsFromApi(err, t, say);
        if (Object.keys(fromApi).length > 0) {
          setProblems(fromApi as Partial<Record<Field, string>>);
          return null;
        }
        throw err;
      }
    });
  };

  const field = (name: Field, label: string, input: (props: object) => ReactElement, help?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {help && (
        <p id={`${id}-${name}-help`} className="muted small">
          {help}
        </p>
      )}
      {input({
        id: `${id}-${name}`,
        value: values[name],
        onChange: set(name),
        'aria-invalid': problems[name] !== undefined,
        'aria-describedby': problems[name] ? `${id}-${name}-error` : help ? `${id}-${name}-help` : undefined,
      })}
      {problems[name] && (
        <p id={`${id}-${name}-error`} className="field-error">
          {problems[name]}
        </p>
      )}
    </div>
  );
  const hasProblems = Object.keys(problems).length > 0;

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{s.title}</h2>
      <p className="muted">{s.intro}</p>
      {hasProblems && (
        <p className="notice notice-error" role="alert">
          {s.fix}
        </p>
      )}
      {field(
        'classCode',
        s.classCode,
        (props) => (
          <input type="text" {...props} />
        ),
        s.classCodeHelp,
      )}
      {field('courseCode', s.course, (props) => (
        <select {...props}>
          <option value="">{s.chooseCourse}</option>
          {courses.map((c) => (
            <option key={c.code} value={c.code}>
              {c.title}
            </option>
          ))}
        </select>
      ))}
      {field('title', s.titleLabel, (props) => (
        <input type="text" maxLength={300} {...props} />
      ))}
      {field('startDate', s.startDate, (props) => (
        <input type="date" {...props} />
      ))}
      {field('endDate', s.endDate, (props) => (
        <input type="date" {...props} />
      ))}
      {field('place', s.place, (props) => (
        <input type="text" maxLength={300} {...props} />
      ))}
      {field('unitCode', s.unit, (props) => (
        <select {...props}>
          <option value="">{s.chooseUnit}</option>
          {units.map((u) => (
            <option key={u.code} value={u.code}>
              {u.name}
            </option>
          ))}
        </select>
      ))}
      {field('capacity', s.capacity, (props) => (
        <input type="number" min={1} max={1000} {...props} />
      ))}
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button" disabled={busy}>
        {busy ? s.submitting : s.submit}
      </button>
    </form>
  );
}
