import { useId, useState } from 'react';
import type { EndEarlyRequest, EndOfTermRequest, RotationEndChoice } from '../api/rotation-types';
import type { Page, PostView } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';
import {
  needsPost,
  toEndEarlyRequest,
  toEndOfTermRequest,
  type EndDraft,
  type EndProblems,
} from './end-of-term-logic';
import { PostChoice, type ChosenPost } from './post-choice';

const END_CHOICES: readonly RotationEndChoice[] = ['return', 'reassign', 'keep', 'extend'];
const EARLY_CHOICES: readonly RotationEndChoice[] = ['return', 'reassign'];

type Props = {
  rotationId: string;
  /** The post before the rotation, offered for a return. */
  former: ChosenPost;
  searchPosts(query: { q?: string; limit: number; active?: boolean }): Promise<Page<PostView>>;
  onDone(message: string): void;
} & (
  | {
      mode: 'end_of_term';
      lastDay: string;
      submit(id: string, body: EndOfTermRequest): Promise<unknown>;
    }
  | { mode: 'early'; submit(id: string, body: EndEarlyRequest): Promise<unknown> }
);

/**
 * The signer's decision at the end of a rotation (return → a post, reassign → a post, keep, extend → months)
 * or a leader's or the signer's early end (return or reassign, with a reason); each with the decision's
 * number and effective date.
 */
export function EndDecisionForm(props: Props) {
  const { t } = useI18n();
  const e = t.rotation.endOfTerm;
  const x = t.rotation.earlyEnd;
  const id = useId();
  const early = props.mode === 'early';
  const [draft, setDraft] = useState<EndDraft>({
    choice: 'return',
    postId: '',
    months: '12',
    number: '',
    effectiveDate: '',
    reason: '',
  });
  const [post, setPost] = useState<ChosenPost | null>(null);
  const [problems, setProblems] = useState<EndProblems>({});
  const { busy, error, run } = useCommand(props.onDone);
  const change = (next: Partial<EndDraft>) => setDraft((d) => ({ ...d, ...next }));
  const problem = (field: keyof EndProblems) => {
    const p = problems[field];
    return p ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {p === 'reasonRequired' ? x.reasonRequired : e[p]}
      </p>
    ) : null;
  };
  const aria = (field: keyof EndProblems) =>
    problems[field] ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};

  const send = async () => {
    if (busy) return;
    const full = { ...draft, postId: post?.code ?? '' };
    await run(async () => {
      if (props.mode === 'early') {
        const result = toEndEarlyRequest(full);
        setProblems('problems' in result ? result.problems : {});
        if ('problems' in result) return null;
        await props.submit(props.rotationId, result.body);
      } else {
        const result = toEndOfTermRequest(full);
        setProblems('problems' in result ? result.problems : {});
        if ('problems' in result) return null;
        await props.submit(props.rotationId, result.body);
      }
      const message = early ? x.done : draft.choice === 'extend' ? e.extended : e.done;
      return message;
    });
  };

  return (
    <form
      className="end-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{early ? x.title : e.title}</h2>
      <p className="muted">{props.mode === 'early' ? x.intro : e.intro(props.lastDay)}</p>
      <fieldset>
        <legend>{e.choice}</legend>
        {(early ? EARLY_CHOICES : END_CHOICES).map((choice) => (
          <div key={choice} className="radio-explained">
            <label className="radio">
              <input
                type="radio"
                name={`${id}-choice`}
                checked={draft.choice === choice}
                onChange={() => change({ choice })}
              />{' '}
              {t.rotation.endChoices[choice]}
            </label>
            <p className="field-help">{e.choiceHelp[choice]}</p>
          </div>
        ))}
      </fieldset>
      {needsPost(draft.choice) && (
        <div className="field">
          <PostChoice
            value={post}
            onChange={setPost}
            search={props.searchPosts}
            former={draft.choice === 'return' ? props.former : undefined}
            errorId={problems.postId ? `${id}-postId-error` : undefined}
          />
          {problem('postId')}
        </div>
      )}
      {draft.choice === 'extend' && !early && (
        <div className="field">
          <label htmlFor={`${id}-months`}>{e.months}</label>
          <input
            id={`${id}-months`}
            inputMode="numeric"
            value={draft.months}
            onChange={(ev) => change({ months: ev.target.value })}
            {...aria('months')}
          />
          {problem('months')}
        </div>
      )}
      {early && (
        <div className="field">
          <label htmlFor={`${id}-reason`}>{x.reason}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={1000}
            value={draft.reason}
            onChange={(ev) => change({ reason: ev.target.value })}
            {...aria('reason')}
          />
          {problem('reason')}
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-number`}>{e.number}</label>
          <input
            id={`${id}-number`}
            value={draft.number}
            onChange={(ev) => change({ number: ev.target.value })}
            {...aria('number')}
          />
          {problem('number')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{e.effective}</label>
          <input
            id={`${id}-date`}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            value={draft.effectiveDate}
            onChange={(ev) => change({ effectiveDate: ev.target.value })}
            {...aria('effectiveDate')}
          />
          {problem('effectiveDate')}
        </div>
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <button
        type="submit"
        className={`button ${early ? 'button-reject' : 'button-approve'}`}
        disabled={busy}
      >
        {busy ? t.proc.actions.sending : early ? x.submit : e.submit}
      </button>
    </form>
  );
}
