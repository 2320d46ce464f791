import { useState } from 'react';
import type { DocumentRef } from '../api/appointment-types';
import { useAuth } from '../auth/auth';
import { formatSize } from '../format/sizes';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { ShortHash } from '../ui/procedure-widgets';
import { Section } from '../ui/widgets';

/** The dossier's documents: kind, name, size, SHA-256 (short), opened with the token in a new tab. */
export function DossierSection({ documents }: { documents: readonly DocumentRef[] }) {
  const { t, locale } = useI18n();
  const { api } = useAuth();
  const [error, setError] = useState<unknown>(null);
  const open = async (doc: DocumentRef) => {
    setError(null);
    try {
      const blob = await api.downloadDocument(doc.id);
      const url = URL.createObjectURL(blob);
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <Section title={t.proc.dossier.title} id="dossier-title">
      {documents.length === 0 ? (
        <p className="muted">{t.proc.dossier.empty}</p>
      ) : (
        <ul className="plain-list docs" data-testid="dossier">
          {documents.map((d) => (
            <li key={d.id}>
              <span className="muted">{t.proc.dossier.kinds[d.kind] ?? d.kind}:</span>{' '}
              <a
                href={`#doc-${d.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  void open(d);
                }}
              >
                {d.fileName}
              </a>{' '}
              <span className="muted small">{formatSize(d.sizeBytes, locale)}</span> · {t.proc.dossier.sha}{' '}
              <ShortHash sha={d.sha256} />
            </li>
          ))}
        </ul>
      )}
      {error !== null && <ErrorMessage error={error} />}
    </Section>
  );
}
