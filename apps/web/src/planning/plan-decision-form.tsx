import { useId, useState } from 'react';
import type { DecidePlanRequest, PlanView } from '../api/plan-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { PLAN_CHOICES, toDecision, type DecisionDraft, type DecisionProblems } from './plan-decision-logic';
import { PlanCommandError } from './plan-error-next';

/** The signer approves (number, effective date), returns or rejects (with the reason) the plan or a review. */
export function PlanDecisionForm({
  planId,
  review,
  decide,
  onDone,
}: {
  planId: string;
  /** A yearly review's approval rather than the plan's. */
  review: boolean;
  decide(id: string, body: DecidePlanRequest): Promise<PlanView>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const d = t.plan.decide;
  const id = useId();
  const [draft, setDraft] = useState<DecisionDraft>({ choice: '', number: '', date: '', comment: '' });
  const [problems, setProblems] = useState<DecisionProblems>({});
  const { busy, error, run } = useCommand(onDone);
  const change = (next: Partial<DecisionDraft>) => setDraft((x) => ({ ...x, ...next }));
  const problem = (field: keyof DecisionProblems) =>
    problems[field] ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {d[problems[field]]}
      </p>
    ) : null;
  const describedBy = (field: keyof DecisionProblems, help?: string) =>
    problems[field] ? `${id}-${field}-error` : help;

  const send = async () => {
    const result = toDecision(draft);
    setProblems('problems' in result ? result.problems : {});
    if (!('body' in result)) return;
    await run(async () => {
      await decide(planId, result.body);
      return d.done[result.body.choice];
    });
  };

  const approving = draft.choice === 'approve';
  return (
    <form
      className="sign-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{review ? d.titleReview : d.title}</h2>
      <fieldset aria-describedby={describedBy('choice')}>
        <legend>{d.choice}</legend>
        {PLAN_CHOICES.map((choice) => (
          <label key={choice} className="radio">
            <input
              type="radio"
              name={`${id}-choice`}
              checked={draft.choice === choice}
              onChange={() => change({ choice })}
            />{' '}
            {d.choices[choice]}
          </label>
        ))}
        {problem('choice')}
      </fieldset>
      {approving && (
        <>
          <div className="field">
            <label htmlFor={`${id}-number`}>{d.number}</label>
            <input
              id={`${id}-number`}
              value={draft.number}
              onChange={(e) => change({ number: e.target.value })}
              aria-invalid={problems.number ? true : undefined}
              aria-describedby={describedBy('number', `${id}-number-help`)}
            />
            <p id={`${id}-number-help`} className="field-help">
              {d.numberHelp}
            </p>
            {problem('number')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{d.effective}</label>
            <input
              id={`${id}-date`}
              inputMode="numeric"
              placeholder="dd/mm/yyyy"
              value={draft.date}
              onChange={(e) => change({ date: e.target.value })}
              aria-invalid={problems.date ? true : undefined}
              aria-describedby={describedBy('date')}
            />
            {problem('date')}
          </div>
        </>
      )}
      {draft.choice !== '' && !approving && (
        <div className="field">
          <label htmlFor={`${id}-comment`}>{d.comment}</label>
          <textarea
            id={`${id}-comment`}
            rows={3}
            value={draft.comment}
            onChange={(e) => change({ comment: e.target.value })}
            aria-invalid={problems.comment ? true : undefined}
            aria-describedby={describedBy('comment', `${id}-comment-help`)}
          />
          <p id={`${id}-comment-help`} className="field-help">
            {d.commentHelp}
          </p>
          {problem('comment')}
        </div>
      )}
      {error !== null && <PlanCommandError error={error} />}
      <button
        type="submit"
        className={`button ${draft.choice === 'approve' || draft.choice === '' ? 'button-approve' : 'button-reject'}`}
        disabled={busy}
      >
        {busy ? t.proc.actions.sending : d.submit}
      </button>
    </form>
  );
}
