/** Horizontal bars in plain CSS with the numbers written out; the table is the screen-reader equivalent. */
export interface Bar {
  label: string;
  value: number;
}

export function BarChart({
  title,
  bars,
  unitLabel,
  countLabel,
}: {
  title: string;
  bars: readonly Bar[];
  unitLabel: string;
  countLabel: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart">
      <div className="bars" aria-hidden="true">
        {bars.map((b) => (
          <div className="bar-row" key={b.label}>
            <span className="bar-label">{b.label}</span>
            <span className="bar-track">
              <span className="bar-fill" style={{ width: `${(b.value / max) * 100}%` }} />
            </span>
            <span className="bar-value">{b.value}</span>
          </div>
        ))}
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{unitLabel}</th>
            <th scope="col">{countLabel}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{b.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** A share as a filled bar and its words ("3/4 ..."), the words being what a screen reader reads. */
export function ShareBar({ part, whole, text }: { part: number; whole: number; text: string }) {
  const pct = whole > 0 ? Math.round((part / whole) * 100) : 0;
  return (
    <div className="share">
      <span className="bar-track" aria-hidden="true">
        <span className="bar-fill" style={{ width: `${pct}%` }} />
      </span>
      <p>
        <strong>{whole > 0 ? `${pct}%` : '—'}</strong> {text}
      </p>
    </div>
  );
}
