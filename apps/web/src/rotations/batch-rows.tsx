import { Link } from 'react-router';
import type { RotationBatchItem } from '../api/rotation-types';
import { rotationPath } from '../app/rotation-paths';
import { useI18n } from '../i18n/i18n';
import { RotationStateBadge } from './rotation-state-badge';
import { useFieldProblemText } from '../ui/field-problem-text';
import { CodeName } from '../ui/names';
import { StageLabel } from '../ui/procedure-widgets';
import { rotationFieldLabel } from './rotation-problem-text';

/**
 * Each row of a batch: who, where to, how it stands; a refused row with its problems in words, written
 * in the user's language from their codes (a batch stored before the codes keeps its English words).
 */
export function BatchRows({ items }: { items: readonly RotationBatchItem[] }) {
  const { t } = useI18n();
  const b = t.rotation.batch;
  // A row's problem names its fields under `rotations[i].`: the row is the table's, the field the form's.
  const label = (field: string) => {
    const row = /^rotations\[(\d+)\](?:\.(.+))?$/.exec(field);
    if (!row) return rotationFieldLabel(field, t);
    return row[2] ? rotationFieldLabel(row[2], t) : b.row(Number(row[1]) + 1);
  };
  const say = useFieldProblemText(
    items.flatMap((item) => item.problems),
    { fieldLabel: label },
  );
  return (
    <section className="card" aria-labelledby="batch-rows-title">
      <h2 id="batch-rows-title">{b.rows}</h2>
      <div className="table-wrap">
        <table className="table responsive">
          <thead>
            <tr>
              <th scope="col">{b.colIndex}</th>
              <th scope="col">{b.colCadre}</th>
              <th scope="col">{b.colMove}</th>
              <th scope="col">{b.colStatus}</th>
              <th scope="col">{b.colProcedure}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr
                key={item.index}
                data-testid="batch-row"
                className={item.status === 'refused' ? 'row-overdue' : undefined}
              >
                <td data-label={b.colIndex}>{item.index + 1}</td>
                <td data-label={b.colCadre}>
                  {item.cadreName ?? <CodeName kind="cadre" code={item.move.cadreId} />}
                </td>
                <td data-label={b.colMove}>
                  <CodeName kind="post" code={item.move.toPostId} />
                  <span className="muted small">
                    {' '}
                    · {t.rotation.reasons[item.move.reason] ?? item.move.reason}
                  </span>
                </td>
                <td data-label={b.colStatus}>
                  <strong>{b.status[item.status] ?? item.status}</strong>
                  {item.problems.length > 0 && (
                    <ul className="field-error" aria-label={b.problems}>
                      {item.problems.map((p, i) => (
                        <li key={i}>
                          {label(p.field)}: {say(p)}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={b.colProcedure}>
                  {item.procedureState && <RotationStateBadge state={item.procedureState} />}{' '}
                  {item.procedureStage && <StageLabel stage={item.procedureStage} />}{' '}
                  {item.workflowId && <Link to={rotationPath(item.workflowId)}>{b.open}</Link>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
