import type { RotationMoveCount } from '../api/report-types';
import { useI18n } from '../i18n/i18n';

/** The picture's text equivalent: every route with its count, for screen readers and for print. */
export function MovesTable({
  moves,
  visible,
  id,
}: {
  moves: readonly RotationMoveCount[];
  visible: boolean;
  id: string;
}) {
  const f = useI18n().t.proc.figures;
  return (
    <table id={id} className={`moves-table print-visible${visible ? '' : ' visually-hidden'}`}>
      <caption>{f.movesTable}</caption>
      <thead>
        <tr>
          <th scope="col">{f.fromUnit}</th>
          <th scope="col">{f.toUnit}</th>
          <th scope="col">{f.count}</th>
        </tr>
      </thead>
      <tbody>
        {moves.map((m) => (
          <tr key={`${m.from?.unitCode ?? ''}→${m.to.unitCode}`}>
            <td>{m.from?.unitName ?? f.unknownUnit}</td>
            <td>{m.to.unitName}</td>
            <td>{m.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
