import { useId, useState } from 'react';
import type { PlanView, SubmitPlanRequest } from '../api/plan-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { PlanCommandError } from './plan-error-next';

/** HR sends the pool to the two votes (drawing up), or a yearly review to the approval. */
export function SubmitPlanForm({
  plan,
  submit,
  onDone,
}: {
  plan: PlanView;
  submit(id: string, body: SubmitPlanRequest): Promise<PlanView>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const s = t.plan.submit;
  const id = useId();
  const [comment, setComment] = useState('');
  const { busy, error, run } = useCommand(onDone);
  const review = plan.stage === 'review';
  const empty = plan.posts.every((p) => p.count === 0);
  const missed = plan.structure.some((c) => !c.passed);

  const send = () =>
    run(async () => {
      const note = comment.trim();
      await submit(plan.id, note ? { comment: note } : {});
      setComment('');
      return s.done;
    });

  return (
    <form
      className="reason-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{review ? s.titleReview : s.titleVote}</h2>
      <p className="muted">{review ? s.introReview : s.introVote}</p>
      {!review && empty && <p className="notice notice-warning">{s.empty}</p>}
      {missed && <p className="notice notice-warning">{s.structureMissed}</p>}
      <div className="field">
        <label htmlFor={`${id}-comment`}>{s.comment}</label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {error !== null && <PlanCommandError error={error} />}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy || (!review && empty)}>
          {busy ? t.proc.actions.sending : review ? s.submitReview : s.submitVote}
        </button>
      </div>
    </form>
  );
}
