import type { RotationEvaluation } from '../api/rotation-types';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { Section } from '../ui/widgets';

/** The receiving unit's evaluations, year by year: the rating in words, the comment, whether it was late. */
export function RotationEvaluationsSection({ evaluations }: { evaluations: readonly RotationEvaluation[] }) {
  const { t } = useI18n();
  const v = t.rotation.evaluations;
  const byYear = [...evaluations].sort((a, b) => a.year - b.year);
  return (
    <Section title={v.title} id="rotation-evaluations-title">
      {byYear.length === 0 ? (
        <p className="muted">{v.empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="rotation-evaluations">
            <thead>
              <tr>
                <th scope="col">{v.year}</th>
                <th scope="col">{v.rating}</th>
                <th scope="col">{v.comment}</th>
                <th scope="col">{v.by}</th>
              </tr>
            </thead>
            <tbody>
              {byYear.map((e) => (
                <tr key={e.year}>
                  <td>{e.year}</td>
                  <td>
                    {t.rating[e.rating] ?? e.rating}
                    {e.late && <span className="tag tag-fail"> {v.late}</span>}
                  </td>
                  <td>{e.comment}</td>
                  <td>
                    <span className="code">{e.by}</span> · {formatDateTime(e.at)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
