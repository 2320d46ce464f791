import { useId, useState } from 'react';
import type { DocumentKind, StoredDocument } from '../api/appointment-types';
import type { DossierUploadFields } from '../api/dossier-types';
import { checkDossierUpload, DOSSIER_KINDS } from '../dossiers/dossier-form-logic';
import { parseDate } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { useAnnounce } from '../ui/announcer';
import { ErrorMessage } from '../ui/errors';
import { ShortHash } from '../ui/procedure-widgets';

const KINDS: DocumentKind[] = [
  'cv',
  'declaration',
  'assessment',
  'health_certificate',
  'minutes',
  'tally_sheet',
  'self_assessment',
  'decision',
  'party_cell_comment',
  'other',
];

export interface DocumentUploadProps {
  documents: StoredDocument[];
  onChange(documents: StoredDocument[]): void;
  upload(kind: DocumentKind, file: File): Promise<StoredDocument>;
  /** The kind first selected (default: a CV). */
  defaultKind?: DocumentKind;
  /**
   * Whose dossier a checklist kind belongs to (the candidates), and its upload with the cadre, the issue
   * day and an assessment's year. Without them the checklist kinds are not offered: the API refuses a
   * checklist document that names no cadre and no date.
   */
  cadres?: { id: string; name: string }[];
  uploadDossier?(kind: DocumentKind, file: File, fields: DossierUploadFields): Promise<StoredDocument>;
}

const vietnamToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** Uploads dossier documents one by one (POST /documents) and lists them, with their SHA-256 short. */
export function DocumentUpload({
  documents,
  onChange,
  upload,
  defaultKind = 'cv',
  cadres = [],
  uploadDossier,
}: DocumentUploadProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const dated = uploadDossier !== undefined && cadres.length > 0;
  const kinds = dated ? KINDS : KINDS.filter((k) => !DOSSIER_KINDS.includes(k));
  const [kind, setKind] = useState<DocumentKind>(kinds.includes(defaultKind) ? defaultKind : kinds[0]);
  const [cadreId, setCadreId] = useState('');
  const [issuedOnText, setIssuedOnText] = useState('');
  const [periodYearText, setPeriodYearText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const dossierKind = dated && DOSSIER_KINDS.includes(kind);
  const chosenCadre = cadres.some((c) => c.id === cadreId) ? cadreId : (cadres[0]?.id ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [inputKey, setInputKey] = useState(0);

  const send = async () => {
    if (!file || busy) return;
    let fields: DossierUploadFields | undefined;
    if (dossierKind) {
      const checked = checkDossierUpload(
        { cadreId: chosenCadre, kind, issuedOnText, periodYearText, file },
        vietnamToday(),
      );
      const first = Object.values(checked.problems)[0];
      setProblem(first ? t.dossier.problems[first] : null);
      if (!checked.fields) return;
      fields = checked.fields;
    }
    setBusy(true);
    setError(null);
    try {
      const stored =
        fields && uploadDossier ? await uploadDossier(kind, file, fields) : await upload(kind, file);
      onChange([...documents, stored]);
      announce(t.proc.upload.uploaded(stored.fileName));
      setFile(null);
      setInputKey((k) => k + 1);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="upload">
      {documents.length === 0 ? (
        <p className="muted">{t.proc.upload.none}</p>
      ) : (
        <ul className="plain-list docs">
          {documents.map((d) => (
            <li key={d.id}>
              {t.proc.dossier.kinds[d.kind] ?? d.kind}: <strong>{d.fileName}</strong>{' '}
              <ShortHash sha={d.sha256} />{' '}
              <button
                type="button"
                className="button button-small button-ghost"
                aria-label={`${t.proc.upload.remove}: ${d.fileName}`}
                onClick={() => onChange(documents.filter((x) => x.id !== d.id))}
              >
                {t.proc.upload.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t.proc.upload.kind}</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as DocumentKind)}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t.proc.dossier.kinds[k]}
              </option>
            ))}
          </select>
        </div>
        {dossierKind && cadres.length > 1 && (
          <div className="field">
            <label htmlFor={`${id}-cadre`}>{t.dossier.add.cadre}</label>
            <select id={`${id}-cadre`} value={chosenCadre} onChange={(e) => setCadreId(e.target.value)}>
              {cadres.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {dossierKind && (
          <div className="field">
            <label htmlFor={`${id}-issued`}>{t.dossier.add.issuedOn}</label>
            <input
              id={`${id}-issued`}
              inputMode="numeric"
              placeholder="dd/mm/yyyy"
              value={issuedOnText}
              aria-invalid={problem !== null && !parseDate(issuedOnText) ? true : undefined}
              onChange={(e) => setIssuedOnText(e.target.value)}
            />
          </div>
        )}
        {dossierKind && kind === 'assessment' && (
          <div className="field">
            <label htmlFor={`${id}-year`}>{t.dossier.add.periodYear}</label>
            <input
              id={`${id}-year`}
              inputMode="numeric"
              value={periodYearText}
              onChange={(e) => setPeriodYearText(e.target.value)}
            />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-file`}>{t.proc.upload.file}</label>
          <input
            key={inputKey}
            id={`${id}-file`}
            type="file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
      </div>
      {problem !== null && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      <button
        type="button"
        className="button button-secondary"
        disabled={!file || busy}
        onClick={() => void send()}
      >
        {busy ? t.proc.upload.uploading : t.proc.upload.add}
      </button>
    </div>
  );
}
