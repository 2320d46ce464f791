import { useId, useMemo, useState } from 'react';
import type { RotationReport } from '../api/report-types';
import { useI18n } from '../i18n/i18n';
import { movesOfYear, movesPicture } from './moves-sankey-layout';
import { MovesPicture } from './moves-picture';
import { MovesTable } from './moves-table';

/**
 * Who went where: a two-column Sankey of the rotations (sending units left, receiving units right) for
 * the whole period or one year, with its table as the text equivalent. The picture is hidden from
 * assistive technology because the table says the same thing.
 */
export function MovesSankey({ report }: { report: RotationReport }) {
  const f = useI18n().t.proc.figures;
  const ids = useId();
  const years = report.byYear.map((y) => y.year);
  const [year, setYear] = useState<number | 'all'>('all');
  const [tableShown, setTableShown] = useState(false);
  const moves = useMemo(() => movesOfYear(report.movesByYear, year), [report.movesByYear, year]);
  const picture = useMemo(() => movesPicture(moves), [moves]);
  const total = moves.reduce((sum, m) => sum + m.count, 0);
  return (
    <figure className="moves" aria-labelledby={`${ids}-caption`}>
      <figcaption id={`${ids}-caption`}>
        <p className="muted">{f.movesIntro}</p>
        <p>{f.movesSummary(total, moves.length)}</p>
      </figcaption>
      <div className="moves-controls">
        <div className="field field-inline">
          <label htmlFor={`${ids}-year`}>{f.movesYear}</label>
          <select
            id={`${ids}-year`}
            value={String(year)}
            onChange={(e) => setYear(e.target.value === 'all' ? 'all' : Number(e.target.value))}
          >
            <option value="all">{f.allYears}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="button button-secondary button-small"
          aria-controls={`${ids}-table`}
          aria-expanded={tableShown}
          onClick={() => setTableShown((shown) => !shown)}
        >
          {tableShown ? f.hideTable : f.showTable}
        </button>
      </div>
      {moves.length === 0 ? <p className="muted">{f.noMoves}</p> : <MovesPicture picture={picture} />}
      <MovesTable id={`${ids}-table`} moves={moves} visible={tableShown} />
    </figure>
  );
}
