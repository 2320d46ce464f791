import { Link } from 'react-router';
import type { AppointmentStatus } from '../api/appointment-types';
import { conferencePath } from '../app/procedure-paths';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';

/** The collective steps (conferences) in order, with attendance, votes and who went forward. */
export function StepsSection({
  appointmentId,
  status,
  names,
}: {
  appointmentId: string;
  status: AppointmentStatus;
  names: Record<string, string | null>;
}) {
  const { t } = useI18n();
  const name = (id: string) => names[id] ?? id;
  return (
    <Section title={t.proc.steps.title} id="steps-title">
      {status.steps.length === 0 ? (
        <p className="muted">{t.proc.steps.empty}</p>
      ) : (
        <ol className="chain steps" data-testid="steps">
          {status.steps.map((step, position) => (
            <li
              key={step.index}
              className={`chain-step ${step.outcome ? (step.forward.length ? 'chain-approved' : 'chain-rejected') : 'chain-current'}`}
            >
              <span className="chain-position" aria-hidden="true">
                {position + 1}
              </span>
              <span className="chain-body">
                <strong>{t.proc.stages[step.kind] ?? step.kind}</strong>{' '}
                {(step.attempt ?? 1) > 1 && (
                  <span className="muted small" data-testid={`step-${step.index}-attempt`}>
                    ({t.proc.steps.attempt(step.attempt)}){' '}
                  </span>
                )}
                <span className="chain-status">
                  {step.outcome ? (t.proc.outcomes[step.outcome] ?? step.outcome) : t.proc.steps.pending}
                </span>
                {step.result && (
                  <span className="muted small">
                    {' '}
                    · {t.proc.steps.attendance(step.result.attending, step.result.summoned)}
                    {step.result.ballotsCast !== undefined &&
                      ` · ${t.proc.steps.ballots(step.result.ballotsCast)}`}
                  </span>
                )}
                {step.result?.votes && (
                  <span className="small">
                    {' '}
                    {step.result.votes
                      .map((v) => t.proc.steps.votes(name(v.candidateId), v.votes))
                      .join('; ')}
                  </span>
                )}
                {step.forward.length > 0 && (
                  <span className="small">
                    {' '}
                    · {t.proc.steps.forward}: {step.forward.map(name).join(', ')}
                  </span>
                )}
                {step.result?.decidedByHead?.length ? (
                  <span className="small"> · {t.proc.steps.headDecided}</span>
                ) : null}{' '}
                <Link to={conferencePath(appointmentId, step.index)}>{t.proc.steps.openConference}</Link>
              </span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
