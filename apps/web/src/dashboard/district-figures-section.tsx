import { useEffect, useState } from 'react';
import type { FigureReport } from '../api/report-endpoints';
import { useAuth } from '../auth/auth';
import { formatDate, parseDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { Loading } from '../ui/widgets';
import { DistrictFigures, type DistrictFiguresData } from './district-figures';
import { figurePeriod, periodYears, todayInVietnam } from './figure-period';

/** Saves a CSV answer under its name, as a download of the browser. */
function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The district's figures over a period of whole years (default: the last five) and on a day (default:
 * today): loaded once per choice, not polled — they move with decisions, not by the minute.
 */
export function DistrictFiguresSection() {
  const { api } = useAuth();
  const { t } = useI18n();
  const f = t.proc.figures;
  const today = todayInVietnam();
  const initial = figurePeriod(today);
  const [fromYear, setFromYear] = useState(initial.fromYear);
  const [toYear, setToYear] = useState(initial.toYear);
  const [asOfText, setAsOfText] = useState(formatDate(today));
  const [asOf, setAsOf] = useState(today);
  const [data, setData] = useState<DistrictFiguresData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const range = { from: `${Math.min(fromYear, toYear)}-01-01`, to: `${Math.max(fromYear, toYear)}-12-31` };

  useEffect(() => {
    const controller = new AbortController();
    const period = { from: range.from, to: range.to };
    Promise.all([
      api.rotationReport(period, controller.signal),
      api.nonLocalHeadsReport(asOf, controller.signal),
      api.headStandardsReport(asOf, period, controller.signal),
    ]).then(
      ([rotations, nonLocal, standards]) => {
        setError(null);
        setData({ rotations, nonLocal, standards });
      },
      (e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      },
    );
    return () => controller.abort();
  }, [api, range.from, range.to, asOf, attempt]);

  const download = (report: FigureReport) => {
    const query =
      report === 'rotations' ? range : report === 'non-local-heads' ? { asOf } : { asOf, ...range };
    api.figureCsv(report, query).then(
      (blob) =>
        saveFile(blob, `${report}-${report === 'rotations' ? `${range.from}-${range.to}` : asOf}.csv`),
      (e: unknown) => setError(e),
    );
  };
  const asOfValid = parseDate(asOfText) !== undefined;
  const years = periodYears(today);
  return (
    <section aria-labelledby="district-figures" className="district-figures">
      <h2 id="district-figures">{f.title}</h2>
      <form className="filters" aria-label={f.period} onSubmit={(e) => e.preventDefault()}>
        <div className="field field-inline">
          <label htmlFor="figures-from-year">{f.fromYear}</label>
          <select
            id="figures-from-year"
            value={fromYear}
            onChange={(e) => setFromYear(Number(e.target.value))}
          >
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="figures-to-year">{f.toYear}</label>
          <select id="figures-to-year" value={toYear} onChange={(e) => setToYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y}>{y}</option>
            ))}
          </select>
        </div>
        <div className="field field-inline">
          <label htmlFor="figures-as-of">{f.asOf}</label>
          <input
            id="figures-as-of"
            value={asOfText}
            inputMode="numeric"
            aria-invalid={!asOfValid}
            aria-describedby={asOfValid ? undefined : 'figures-as-of-error'}
            onChange={(e) => {
              setAsOfText(e.target.value);
              const day = parseDate(e.target.value);
              if (day) setAsOf(day);
            }}
          />
          {!asOfValid && (
            <p id="figures-as-of-error" className="field-error">
              {f.badAsOf}
            </p>
          )}
        </div>
      </form>
      {error !== null && <ErrorMessage error={error} onRetry={() => setAttempt((n) => n + 1)} />}
      {!data && error === null && <Loading />}
      {data && <DistrictFigures data={data} onDownload={download} />}
    </section>
  );
}
