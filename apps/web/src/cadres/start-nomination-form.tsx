import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client';
import type { PostView, StartNominationRequest, StartNominationResponse } from '../api/types';
import { nominationPath } from '../app/config';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import {
  checkNewApprover,
  hasProblems,
  MAX_APPROVERS,
  problemsFromApi,
  toRequest,
  validateNomination,
  type FieldProblems,
  type NominationDraft,
  type Problem,
} from './nomination-form';

export function problemText(problem: Problem, t: Messages): string {
  const p = t.start.problems;
  switch (problem.kind) {
    case 'required':
      return p.required;
    case 'code':
      return p.code;
    case 'atLeastOne':
      return p.atLeastOne;
    case 'atMost':
      return p.atMost(problem.max);
    case 'duplicate':
      return p.duplicate(problem.code);
    case 'nominee':
      return p.nominee;
    case 'proposer':
      return p.proposer;
    case 'api':
      return problem.text;
  }
}

export interface StartNominationFormProps {
  cadre: { code: string; fullName: string };
  /** The target post chosen on the profile; its code and unit fill the form (both stay editable). */
  post: Pick<PostView, 'code' | 'title' | 'unitCode'> | null;
  /** The signed-in HR officer: the proposer, who may not be an approver. */
  proposer: string;
  start(body: StartNominationRequest): Promise<StartNominationResponse>;
  onStarted?(result: StartNominationResponse): void;
}

export function StartNominationForm({ cadre, post, proposer, start, onStarted }: StartNominationFormProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const uid = useId();
  const fieldId = (field: string) => `${uid}-${field.replace(/[[\]]/g, '-')}`;
  const [postId, setPostId] = useState(post?.code ?? '');
  const [unitCode, setUnitCode] = useState(post?.unitCode ?? '');
  const [shownPost, setShownPost] = useState(post?.code);
  if (post?.code !== shownPost) {
    // A new target post was chosen on the profile: take its code and unit.
    setShownPost(post?.code);
    setPostId(post?.code ?? '');
    setUnitCode(post?.unitCode ?? '');
  }
  const [approvers, setApprovers] = useState<string[]>([]);
  const [newApprover, setNewApprover] = useState('');
  const [newApproverProblem, setNewApproverProblem] = useState<Problem | undefined>();
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [started, setStarted] = useState<StartNominationResponse | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const newApproverRef = useRef<HTMLInputElement>(null);

  const draft: NominationDraft = { cadreId: cadre.code, postId, unitCode, approverIds: approvers };

  const addApprover = () => {
    const problem = checkNewApprover(newApprover, draft, proposer);
    setNewApproverProblem(problem);
    if (problem) {
      newApproverRef.current?.focus();
      return;
    }
    setApprovers([...approvers, newApprover.trim()]);
    setNewApprover('');
    setProblems(({ approverIds: _list, ...rest }) => rest);
    newApproverRef.current?.focus();
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...approvers];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + by, 0, item);
    setApprovers(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setStarted(null);
    const found = validateNomination(draft, proposer);
    setProblems(found);
    if (hasProblems(found)) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setBusy(true);
    try {
      const result = await start(toRequest(draft));
      setStarted(result);
      announce(t.start.started(result.id));
      setApprovers([]);
      onStarted?.(result);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400 && e.details.length > 0) {
        setProblems(problemsFromApi(e.details));
        requestAnimationFrame(() => summaryRef.current?.focus());
      } else setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  const errorsOf = (field: string) => problems[field] ?? [];
  const describedBy = (field: string, help?: string) =>
    [help, errorsOf(field).length ? `${fieldId(field)}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;
  const fieldErrors = (field: string) =>
    errorsOf(field).length ? (
      <ul id={`${fieldId(field)}-error`} className="field-error">
        {errorsOf(field).map((p, i) => (
          <li key={i}>{problemText(p, t)}</li>
        ))}
      </ul>
    ) : null;
  const allProblems = Object.entries(problems).flatMap(([field, list]) => list.map((p) => ({ field, p })));

  return (
    <form className="start-form" noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{t.start.title}</h2>
      <p className="muted">{t.start.intro}</p>

      {allProblems.length > 0 && (
        <div ref={summaryRef} className="notice notice-error" role="alert" tabIndex={-1}>
          <p className="notice-title">{t.start.invalid}</p>
          <ul>
            {allProblems.map(({ field, p }, i) => (
              <li key={i}>
                <a href={`#${fieldId(field.startsWith('approverIds') ? 'newApprover' : field)}`}>
                  {field === 'form' ? '' : `${field}: `}
                  {problemText(p, t)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="field">
        <span className="label">{t.start.cadre}</span>
        <p className="readonly">
          {cadre.fullName} <span className="code">{cadre.code}</span>
        </p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={fieldId('postId')}>{t.start.post}</label>
          <input
            id={fieldId('postId')}
            value={postId}
            spellCheck={false}
            onChange={(e) => setPostId(e.target.value)}
            aria-invalid={errorsOf('postId').length > 0 || undefined}
            aria-describedby={describedBy('postId')}
            required
          />
          {post && post.code === postId && <p className="field-help">{post.title}</p>}
          {fieldErrors('postId')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('unitCode')}>{t.start.unit}</label>
          <input
            id={fieldId('unitCode')}
            value={unitCode}
            spellCheck={false}
            onChange={(e) => setUnitCode(e.target.value)}
            aria-invalid={errorsOf('unitCode').length > 0 || undefined}
            aria-describedby={describedBy('unitCode', `${fieldId('unitCode')}-help`)}
          />
          <p id={`${fieldId('unitCode')}-help`} className="field-help">
            {t.start.unitHelp}
          </p>
          {fieldErrors('unitCode')}
        </div>
      </div>
      {fieldErrors('cadreId')}

      <fieldset className="approvers">
        <legend>{t.start.approvers}</legend>
        {approvers.length === 0 ? (
          <p className="muted">{t.start.noApprovers}</p>
        ) : (
          <ol className="approver-list" aria-label={t.start.approvers}>
            {approvers.map((code, i) => (
              <li key={code + i} className={errorsOf(`approverIds[${i}]`).length ? 'invalid' : undefined}>
                <span className="approver-position">{t.start.position(i + 1)}</span>
                <span className="code">{code}</span>
                <span className="approver-actions">
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    disabled={i === 0}
                    aria-label={`${t.start.moveUp}: ${code}`}
                    onClick={() => move(i, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button-small button-secondary"
                    disabled={i === approvers.length - 1}
                    aria-label={`${t.start.moveDown}: ${code}`}
                    onClick={() => move(i, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-label={`${t.start.remove}: ${code}`}
                    onClick={() => setApprovers(approvers.filter((_, j) => j !== i))}
                  >
                    {t.start.remove}
                  </button>
                </span>
                {fieldErrors(`approverIds[${i}]`)}
              </li>
            ))}
          </ol>
        )}
        <div className="field">
          <label htmlFor={fieldId('newApprover')}>{t.start.approverCode}</label>
          <div className="input-with-button">
            <input
              ref={newApproverRef}
              id={fieldId('newApprover')}
              value={newApprover}
              spellCheck={false}
              autoCapitalize="characters"
              placeholder="U-TCNV-01"
              onChange={(e) => {
                setNewApprover(e.target.value);
                setNewApproverProblem(undefined);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addApprover();
                }
              }}
              aria-invalid={newApproverProblem ? true : undefined}
              aria-describedby={[
                `${fieldId('newApprover')}-help`,
                newApproverProblem ? `${fieldId('newApprover')}-error` : '',
                errorsOf('approverIds').length ? `${fieldId('approverIds')}-error` : '',
              ]
                .filter(Boolean)
                .join(' ')}
            />
            <button type="button" className="button button-secondary" onClick={addApprover}>
              {t.start.add}
            </button>
          </div>
          <p id={`${fieldId('newApprover')}-help`} className="field-help">
            {t.start.approverHelp(MAX_APPROVERS)}
          </p>
          {newApproverProblem && (
            <p id={`${fieldId('newApprover')}-error`} className="field-error" role="alert">
              {problemText(newApproverProblem, t)}
            </p>
          )}
          {fieldErrors('approverIds')}
        </div>
      </fieldset>
      {fieldErrors('form')}

      {failure !== null && <ErrorMessage error={failure} />}
      {started && (
        // Announced through the live region; the notice keeps the link to the new nomination.
        <div className="notice notice-success" data-testid="nomination-started">
          <p className="notice-title">{t.start.started(started.id)}</p>
          {!started.recorded && <p>{t.start.startedNotRecorded}</p>}
          <Link to={nominationPath(started.id)}>{t.start.open}</Link>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t.start.submitting : t.start.submit}
        </button>
      </div>
    </form>
  );
}
