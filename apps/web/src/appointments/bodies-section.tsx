import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../api/client';
import type {
  AppointmentBodies,
  AppointmentState,
  AppointmentStatus,
  ChangeBodiesRequest,
  ConferenceBody,
  UserDirectoryEntry,
} from '../api/appointment-types';
import type { FieldProblemDetail, Role } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { useFieldProblemText } from '../ui/field-problem-text';
import type { BodyName } from './start-form-logic';
import { UserListPicker, UserSelect } from './user-picker';
import { userLabel } from './user-directory';
import { Disclosure } from '../ui/disclosure';

/** The API's ChangeBodiesDto: at most 1000 characters of reason. */
export const CHANGE_BODIES_MAX_REASON = 1000;
const BODY_NAMES: BodyName[] = [
  'collective',
  'expandedConference',
  'keyCadreConference',
  'homeUnitConference',
];
type BodyField = 'summonedIds' | 'secretaryId' | 'headId' | 'reason' | 'form';
/** The form's own words, or a problem the API answered (written in the user's language at render). */
type BodyProblem = string | FieldProblemDetail;

/** HR sees and changes the bodies while the procedure runs or its term does. */
export function mayChangeBodies(state: AppointmentState, roles: readonly Role[]): boolean {
  return roles.includes('hr_officer') && (state === 'in_progress' || state === 'appointed');
}

/**
 * Where a problem of the API belongs in the form of one body: a 400's field (`collective.summonedIds[2]`),
 * or the field a workflow refusal's message starts with (`collective.summonedIds: …`).
 */
export function bodyProblemsFrom(
  error: unknown,
  name: BodyName,
): Partial<Record<BodyField, BodyProblem[]>> | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const problems: Partial<Record<BodyField, BodyProblem[]>> = {};
  const place = (field: string, text: BodyProblem) => {
    const [head, part = ''] = field.split('.', 2);
    const key: BodyField =
      field === 'reason'
        ? 'reason'
        : head === name && /^(summonedIds|secretaryId|headId)/.test(part)
          ? (part.replace(/\[\d+\]$/, '') as BodyField)
          : 'form';
    (problems[key] ??= []).push(text);
  };
  if (error.details.length > 0) for (const d of error.details) place(d.field, d);
  else {
    const m = /^([A-Za-z]+(?:\.[A-Za-z]+(?:\[\d+\])?)?):\s*(.+)$/.exec(error.body?.message ?? '');
    if (!m) return null;
    place(m[1], m[2]);
  }
  return problems;
}

/** The current bodies (status.bodies) with names, each with its edit form: HR, with a reason. */
export function BodiesSection({
  appointmentId,
  bodies,
  users,
  changeBodies,
  onDone,
}: {
  appointmentId: string;
  bodies: AppointmentBodies;
  users: readonly UserDirectoryEntry[];
  changeBodies(id: string, body: ChangeBodiesRequest): Promise<AppointmentStatus>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const b = t.proc.bodies;
  const [editing, setEditing] = useState<BodyName | null>(null);
  const present = BODY_NAMES.filter((name) => bodies[name]);
  return (
    <Disclosure
      className="card bodies-section"
      testId="bodies-section"
      summary={<h2 className="inline-heading">{b.title}</h2>}
    >
      <p className="muted small">{b.intro}</p>
      {present.length === 0 && <p>{b.none}</p>}
      {present.map((name) => {
        const body = bodies[name] as ConferenceBody;
        return (
          <div key={name} className="body" data-testid={`body-${name}`}>
            <h3>{t.proc.start.bodies[name]}</h3>
            {editing === name ? (
              <BodyEditForm
                appointmentId={appointmentId}
                name={name}
                initial={body}
                users={users}
                changeBodies={changeBodies}
                onCancel={() => setEditing(null)}
                onDone={(message) => {
                  setEditing(null);
                  onDone(message);
                }}
              />
            ) : (
              <>
                <dl className="facts">
                  <div>
                    <dt>{t.proc.start.summoned}</dt>
                    <dd>{body.summonedIds.map((u) => userLabel(users, u)).join(', ')}</dd>
                  </div>
                  <div>
                    <dt>{t.proc.start.secretary}</dt>
                    <dd>{userLabel(users, body.secretaryId)}</dd>
                  </div>
                  <div>
                    <dt>{t.proc.start.head}</dt>
                    <dd>{userLabel(users, body.headId)}</dd>
                  </div>
                </dl>
                <button type="button" className="button button-secondary" onClick={() => setEditing(name)}>
                  {b.edit} · {t.proc.start.bodies[name]}
                </button>
              </>
            )}
          </div>
        );
      })}
    </Disclosure>
  );
}

/** One body's new members and the reason; the API's field problems shown next to the fields. */
export function BodyEditForm({
  appointmentId,
  name,
  initial,
  users,
  changeBodies,
  onCancel,
  onDone,
}: {
  appointmentId: string;
  name: BodyName;
  initial: ConferenceBody;
  users: readonly UserDirectoryEntry[];
  changeBodies(id: string, body: ChangeBodiesRequest): Promise<AppointmentStatus>;
  onCancel(): void;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const b = t.proc.bodies;
  const s = t.proc.start;
  const announce = useAnnounce();
  const uid = useId();
  const [body, setBody] = useState<ConferenceBody>(() => ({
    ...initial,
    summonedIds: [...initial.summonedIds],
  }));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Partial<Record<BodyField, BodyProblem[]>>>({});
  const say = useFieldProblemText(
    Object.values(problems)
      .flat()
      .filter((p): p is FieldProblemDetail => typeof p !== 'string'),
    { names: { user: (id) => users.find((u) => u.username === id)?.fullName } },
  );
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fid = (field: BodyField) => `${uid}-${field}`;
  const errs = (field: BodyField) =>
    problems[field]?.length ? (
      <ul id={`${fid(field)}-error`} className="field-error" role="alert">
        {problems[field].map((p, i) => (
          <li key={i}>{typeof p === 'string' ? p : say(p)}</li>
        ))}
      </ul>
    ) : null;
  const bad = (field: BodyField) => (problems[field]?.length ? true : undefined);
  const described = (field: BodyField) => (problems[field]?.length ? `${fid(field)}-error` : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const local: Partial<Record<BodyField, BodyProblem[]>> = {};
    if (body.summonedIds.length === 0) local.summonedIds = [s.problems.atLeastOne];
    if (!body.secretaryId) local.secretaryId = [s.problems.required];
    if (!body.headId) local.headId = [s.problems.required];
    if (!reason.trim()) local.reason = [b.required];
    setProblems(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const request: ChangeBodiesRequest = { reason: reason.trim() };
      request[name] = body;
      await changeBodies(appointmentId, request);
      announce(b.done);
      onDone(b.done);
    } catch (e) {
      const placed = bodyProblemsFrom(e, name);
      if (placed) {
        const { form, ...fields } = placed;
        setProblems(fields);
        if (form?.length) setFailure(e);
      } else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="reason-form"
      noValidate
      aria-label={b.editTitle(s.bodies[name])}
      onSubmit={(e) => void submit(e)}
    >
      <UserListPicker
        label={s.summoned}
        users={users}
        value={body.summonedIds}
        onChange={(v) => setBody((d) => ({ ...d, summonedIds: v }))}
        invalid={bad('summonedIds')}
        describedBy={described('summonedIds')}
      />
      {errs('summonedIds')}
      <div className="field-row">
        <div className="field">
          <label htmlFor={fid('secretaryId')}>{s.secretary}</label>
          <UserSelect
            id={fid('secretaryId')}
            users={users}
            value={body.secretaryId}
            onChange={(v) => setBody((d) => ({ ...d, secretaryId: v }))}
            invalid={bad('secretaryId')}
            describedBy={described('secretaryId')}
          />
          {errs('secretaryId')}
        </div>
        <div className="field">
          <label htmlFor={fid('headId')}>{s.head}</label>
          <UserSelect
            id={fid('headId')}
            users={users}
            value={body.headId}
            onChange={(v) => setBody((d) => ({ ...d, headId: v }))}
            invalid={bad('headId')}
            describedBy={described('headId')}
          />
          {errs('headId')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={fid('reason')}>{b.reason}</label>
        <textarea
          id={fid('reason')}
          rows={3}
          maxLength={CHANGE_BODIES_MAX_REASON}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={bad('reason')}
          aria-describedby={described('reason')}
        />
        {errs('reason')}
      </div>
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t.proc.actions.sending : b.submit}
        </button>{' '}
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {b.cancel}
        </button>
      </div>
    </form>
  );
}
