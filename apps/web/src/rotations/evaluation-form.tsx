import { useId, useState } from 'react';
import type { EvaluateRotationRequest, EvaluationRating } from '../api/rotation-types';
import { useI18n } from '../i18n/i18n';
import { useCommand } from '../shared/use-command';
import { ErrorMessage } from '../ui/errors';

const RATINGS: readonly EvaluationRating[] = ['excellent', 'good', 'satisfactory', 'unsatisfactory'];
/** The workflow's limit on an evaluation's comment. */
export const EVALUATION_COMMENT_MAX = 4000;

/** The receiving unit's yearly evaluation of the rotated cadre: a rating in words and a comment. */
export function EvaluationForm({
  rotationId,
  year,
  submit,
  onDone,
}: {
  rotationId: string;
  year: number;
  submit(id: string, body: EvaluateRotationRequest): Promise<unknown>;
  onDone(message: string): void;
}) {
  const { t } = useI18n();
  const v = t.rotation.evaluation;
  const id = useId();
  const [rating, setRating] = useState<EvaluationRating | ''>('');
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<{ rating?: string; comment?: string }>({});
  const { busy, error, run } = useCommand(onDone);

  const send = async () => {
    if (busy) return;
    const found = {
      ...(rating ? {} : { rating: v.ratingRequired }),
      ...(comment.trim() ? {} : { comment: v.commentRequired }),
    };
    setProblems(found);
    if (!rating || found.comment) return;
    await run(async () => {
      await submit(rotationId, { year, rating, comment: comment.trim() });
      return v.done;
    });
  };

  return (
    <form
      className="evaluation-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void send();
      }}
    >
      <h2 id={`${id}-title`}>{v.title(year)}</h2>
      <p className="muted">{v.intro}</p>
      <fieldset aria-describedby={problems.rating ? `${id}-rating-error` : undefined}>
        <legend>{v.rating}</legend>
        {RATINGS.map((r) => (
          <label key={r} className="radio">
            <input type="radio" name={`${id}-rating`} checked={rating === r} onChange={() => setRating(r)} />{' '}
            {t.rating[r]}
          </label>
        ))}
        {problems.rating && (
          <p id={`${id}-rating-error`} className="field-error" role="alert">
            {problems.rating}
          </p>
        )}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{v.comment}</label>
        <textarea
          id={`${id}-comment`}
          rows={4}
          maxLength={EVALUATION_COMMENT_MAX}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          aria-invalid={problems.comment ? true : undefined}
          aria-describedby={problems.comment ? `${id}-comment-error` : undefined}
        />
        {problems.comment && (
          <p id={`${id}-comment-error`} className="field-error" role="alert">
            {problems.comment}
          </p>
        )}
      </div>
      {error !== null && <ErrorMessage error={error} />}
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t.proc.actions.sending : v.submit}
      </button>
    </form>
  );
}
