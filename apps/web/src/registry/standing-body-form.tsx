import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { UserDirectoryEntry } from '../api/appointment-types';
import { ApiError } from '../api/client';
import type { StandingBodyView } from '../api/standing-body-endpoints';
import type { UnitView } from '../api/rotation-types';
import { UserSelect } from '../appointments/user-picker';
import { useFieldProblems, type SayFieldProblem } from '../appointments/field-problems';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { ErrorMessage } from '../ui/errors';
import { namesFrom } from '../ui/field-problem-text';
import {
  draftOf,
  problemsFromApi,
  validateBody,
  type BodyProblem,
  type BodyProblems,
  type StandingBodyDraft,
} from './standing-body-form-logic';

const KINDS = ['standing_committee', 'expanded_conference', 'key_cadre_conference', 'other'] as const;
const ROLES = ['head', 'secretary', 'member'] as const;

const problemText = (p: BodyProblem, t: Messages, say?: SayFieldProblem) =>
  typeof p === 'string' ? t.bodies.problems[p] : say ? say(p.detail) : p.api;

/**
 * A standing body created or edited as a whole: name, kind, members in order with their role. The
 * version read goes with the change; if someone saved in between, the latest is loaded and HR is told.
 */
export function StandingBodyForm({
  body,
  units,
  users,
  onSaved,
  onCancel,
}: {
  body: StandingBodyView | null;
  units: readonly UnitView[];
  users: readonly UserDirectoryEntry[];
  onSaved(body: StandingBodyView): void;
  onCancel(): void;
}) {
  const { api } = useAuth();
  const { t } = useI18n();
  const b = t.bodies;
  const [current, setCurrent] = useState(body);
  const [draft, setDraft] = useState<StandingBodyDraft>(() => draftOf(body, units[0]?.code ?? ''));
  const [problems, setProblems] = useState<BodyProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const { fid, errs, bad, described } = useFieldProblems(problems, problemText, {
    names: {
      user: namesFrom(
        users,
        (u) => u.username,
        (u) => u.fullName,
      ),
      unit: namesFrom(
        units,
        (u) => u.code,
        (u) => u.name,
      ),
    },
  });
  // Opened from a row's button (below the form) or "add": the focus moves into the form, to its first
  // field HR can change, or a keyboard user would have to find it behind them.
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const change = (next: Partial<StandingBodyDraft>) => setDraft((d) => ({ ...d, ...next }));
  const setMember = (i: number, next: Partial<StandingBodyDraft['members'][number]>) =>
    change({ members: draft.members.map((m, j) => (j === i ? { ...m, ...next } : m)) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setStale(false);
    const local = validateBody(draft);
    setProblems(local);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const common = { name: draft.name.trim(), kind: draft.kind, members: draft.members };
      const saved = current
        ? await api.updateStandingBody(current.id, {
            ...common,
            active: draft.active,
            version: current.version,
          })
        : await api.createStandingBody({ ...common, code: draft.code.trim(), unitCode: draft.unitCode });
      onSaved(saved);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0)
        setProblems(problemsFromApi(e.details));
      else if (e instanceof ApiError && e.status === 409 && current) {
        // Someone saved in between: show theirs, and let HR apply the change again.
        const [latest] = (await api.standingBodies({ unitCode: current.unitCode })).filter(
          (x) => x.id === current.id,
        );
        if (latest) {
          setCurrent(latest);
          setDraft(draftOf(latest, latest.unitCode));
        }
        setStale(true);
      } else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="card"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={current ? b.editTitle : b.createTitle}
    >
      <h2>{current ? b.editTitle : b.createTitle}</h2>
      {stale && (
        <p className="notice notice-warning" role="alert">
          {b.stale}
        </p>
      )}
      {errs('form')}
      <div className="field-row">
        <div className="field">
          <label htmlFor={fid('code')}>{b.code}</label>
          <input
            id={fid('code')}
            ref={current === null ? first : undefined}
            value={draft.code}
            disabled={current !== null}
            spellCheck={false}
            onChange={(e) => change({ code: e.target.value })}
            aria-invalid={bad('code')}
            aria-describedby={described('code')}
          />
          {errs('code')}
        </div>
        <div className="field">
          <label htmlFor={fid('unitCode')}>{b.unit}</label>
          <select
            id={fid('unitCode')}
            value={draft.unitCode}
            disabled={current !== null}
            onChange={(e) => change({ unitCode: e.target.value })}
            aria-invalid={bad('unitCode')}
            aria-describedby={described('unitCode')}
          >
            {current && !units.some((u) => u.code === current.unitCode) && (
              <option value={current.unitCode}>{current.unitName}</option>
            )}
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {u.name}
              </option>
            ))}
          </select>
          {errs('unitCode')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={fid('name')}>{b.name}</label>
        <input
          id={fid('name')}
          ref={current !== null ? first : undefined}
          value={draft.name}
          onChange={(e) => change({ name: e.target.value })}
          aria-invalid={bad('name')}
          aria-describedby={described('name')}
        />
        {errs('name')}
      </div>
      <div className="field">
        <label htmlFor={fid('kind')}>{b.kind}</label>
        <select
          id={fid('kind')}
          value={draft.kind}
          onChange={(e) => change({ kind: e.target.value as StandingBodyDraft['kind'] })}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {b.kinds[k]}
            </option>
          ))}
        </select>
        {errs('kind')}
      </div>
      <fieldset>
        <legend>{b.members}</legend>
        {errs('members')}
        <ol className="member-list">
          {draft.members.map((m, i) => (
            <li key={i} className="field-row">
              <div className="field">
                <label htmlFor={fid(`members[${i}].userId`)}>{b.member(i + 1)}</label>
                <UserSelect
                  id={fid(`members[${i}].userId`)}
                  users={users}
                  value={m.userId}
                  onChange={(userId) => setMember(i, { userId })}
                  invalid={bad(`members[${i}].userId`)}
                  describedBy={described(`members[${i}].userId`)}
                />
                {errs(`members[${i}].userId`)}
              </div>
              <div className="field">
                <label htmlFor={fid(`members[${i}].role`)}>{b.role}</label>
                <select
                  id={fid(`members[${i}].role`)}
                  value={m.role}
                  onChange={(e) => setMember(i, { role: e.target.value as (typeof ROLES)[number] })}
                >
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {b.roles[r]}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="button button-small button-ghost"
                onClick={() => change({ members: draft.members.filter((_, j) => j !== i) })}
              >
                {b.removeMember(m.userId || b.member(i + 1))}
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => change({ members: [...draft.members, { userId: '', role: 'member' }] })}
        >
          {b.addMember}
        </button>
      </fieldset>
      {current && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft.active}
            onChange={(e) => change({ active: e.target.checked })}
          />{' '}
          {b.inUse}
        </label>
      )}
      {failure !== null && <ErrorMessage error={failure} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? b.saving : b.save}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {b.cancel}
        </button>
      </div>
    </form>
  );
}
