import { useId, useState } from 'react';
import type { DocumentKind, StoredDocument } from '../api/appointment-types';
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
  'other',
];

export interface DocumentUploadProps {
  documents: StoredDocument[];
  onChange(documents: StoredDocument[]): void;
  upload(kind: DocumentKind, file: File): Promise<StoredDocument>;
  /** The kind first selected (default: a CV). */
  defaultKind?: DocumentKind;
}

/** Uploads dossier documents one by one (POST /documents) and lists them, with their SHA-256 short. */
export function DocumentUpload({ documents, onChange, upload, defaultKind = 'cv' }: DocumentUploadProps) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const id = useId();
  const [kind, setKind] = useState<DocumentKind>(defaultKind);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [inputKey, setInputKey] = useState(0);

  const send = async () => {
    if (!file || busy) return;
    setBusy(true);
    setError(null);
    try {
      const stored = await upload(kind, file);
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
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t.proc.dossier.kinds[k]}
              </option>
            ))}
          </select>
        </div>
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
