import { useId, useState } from 'react';
import { ApiError } from '../api/client';
import type { ImportMode, ImportReport } from '../api/appointment-types';
import { useAuth } from '../auth/auth';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { FieldProblemList } from '../ui/field-problem-list';
import { useFieldProblemText } from '../ui/field-problem-text';
import { PageHeading } from '../ui/page-heading';

/** The API's CADRE_CSV_COLUMNS (apps/api/src/registry/cadres/cadre-csv.service.ts). */
const COLUMNS =
  'code, fullName, gender, birthDate, hometownLocalityCode, ethnicity, education, politicalTheory, stateManagement, partyMember, status';

/** POST /cadres/import: all-or-nothing (a 422 carries the report) or valid-rows; the per-row errors. */
export function CadreImportPage() {
  const { api } = useAuth();
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{ report: ImportReport; rolledBack: boolean } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [noFile, setNoFile] = useState(false);
  // Each rejected row's problem written from its code in the user's language (the API's English else).
  const problemText = useFieldProblemText(report?.report.rejected ?? []);

  const send = async () => {
    if (!file) return setNoFile(true);
    setNoFile(false);
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const result = await api.importCadres(mode, file);
      setReport({ report: result, rolledBack: false });
      announce(t.proc.imports.imported(result.imported));
    } catch (e) {
      const body = e instanceof ApiError ? (e.body as Partial<ImportReport> | undefined) : undefined;
      if (e instanceof ApiError && e.status === 422 && Array.isArray(body?.rejected)) {
        setReport({ report: { imported: 0, rejected: body.rejected }, rolledBack: true });
        announce(t.proc.imports.nothingImported, 'assertive');
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t.proc.imports.title}>{t.proc.imports.title}</PageHeading>
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
        aria-label={t.proc.imports.title}
      >
        <p className="muted">{t.proc.imports.intro(COLUMNS)}</p>
        <div className="field">
          <label htmlFor={`${id}-file`}>{t.proc.imports.file}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={noFile || undefined}
          />
          {noFile && (
            <p className="field-error" role="alert">
              {t.proc.imports.noFile}
            </p>
          )}
        </div>
        <fieldset>
          <legend>{t.proc.imports.mode}</legend>
          {(['all-or-nothing', 'valid-rows'] as const).map((m) => (
            <label key={m} className="radio">
              <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
              {m === 'all-or-nothing' ? t.proc.imports.allOrNothing : t.proc.imports.validRows}
            </label>
          ))}
        </fieldset>
        {error !== null && <ErrorMessage error={error} />}
        {/* A file refused whole (its header, its encoding, its CSV): each problem from its code. */}
        <FieldProblemList error={error} testId="import-file-problems" />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t.proc.imports.submitting : t.proc.imports.submit}
        </button>
      </form>
      {report && (
        <section className="card" aria-labelledby={`${id}-report`} data-testid="import-report">
          <h2 id={`${id}-report`}>{t.proc.imports.report}</h2>
          <p className={report.rolledBack ? 'notice notice-error' : 'notice notice-success'}>
            {report.rolledBack
              ? t.proc.imports.nothingImported
              : t.proc.imports.imported(report.report.imported)}{' '}
            {report.report.rejected.length > 0 && t.proc.imports.rejected(report.report.rejected.length)}
          </p>
          {report.report.rejected.length > 0 && (
            <div className="table-wrap">
              <table className="table responsive">
                <thead>
                  <tr>
                    <th scope="col">{t.proc.imports.colRow}</th>
                    <th scope="col">{t.proc.imports.colField}</th>
                    <th scope="col">{t.proc.imports.colProblem}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.report.rejected.map((r, i) => (
                    <tr key={i}>
                      <td data-label={t.proc.imports.colRow}>{r.row}</td>
                      <td data-label={t.proc.imports.colField}>
                        <span className="code">{r.field}</span>
                      </td>
                      <td data-label={t.proc.imports.colProblem}>{problemText(r)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </>
  );
}
