import type { TrainingClassStage } from '../api/training-types';
import { useI18n } from '../i18n/i18n';

const PATH: readonly TrainingClassStage[] = ['opened', 'in_session', 'closing', 'completed'];

/** Where the class stands on its way: opened → in session → closing → completed (or cancelled). */
export function TrainingStageProgress({ stage }: { stage: TrainingClassStage }) {
  const { t } = useI18n();
  const at = PATH.indexOf(stage);
  return (
    <ol className="stage-progress" aria-label={t.training.page.progress} data-testid="training-progress">
      {PATH.map((s, i) => (
        <li
          key={s}
          className={i < at ? 'done' : i === at ? 'current' : 'ahead'}
          aria-current={i === at ? 'step' : undefined}
        >
          {t.training.stages[s]}
        </li>
      ))}
      {stage === 'cancelled' && (
        <li className="current" aria-current="step">
          {t.training.stages.cancelled}
        </li>
      )}
    </ol>
  );
}
