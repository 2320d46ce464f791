import type { RotationBatchView } from '../api/rotation-types';
import { useI18n } from '../i18n/i18n';
import { batchHandled, batchSettled, PROGRESS_COUNTS } from './batch-logic';

/** The batch's progress as a bar (a real <progress>, so it is read out) and its counts in words. */
export function BatchProgress({ batch }: { batch: RotationBatchView }) {
  const b = useI18n().t.rotation.batch;
  const total = batch.progress.total;
  const handled = batchHandled(batch);
  const settled = batchSettled(batch);
  return (
    <section className="card" aria-labelledby="batch-progress-title">
      <h2 id="batch-progress-title">{b.progress}</h2>
      <progress
        className="batch-progress"
        max={Math.max(1, total)}
        value={handled}
        aria-label={b.progressText(handled, total)}
        data-testid="batch-progress"
      />
      <p aria-live="polite" data-testid="batch-progress-text">
        {b.progressText(handled, total)} · {settled ? b.settled : b.running}
      </p>
      <dl className="facts counts" data-testid="batch-counts">
        {PROGRESS_COUNTS.map((key) => (
          <div key={key}>
            <dt>{b.counts[key]}</dt>
            <dd data-testid={`batch-count-${key}`}>{batch.progress[key]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
