import { useEffect, useRef, useState } from 'react';
import type { OfficialDocumentView } from '../api/types';
import { useAuth } from '../auth/auth';
import { formatDateTime } from '../format/dates';
import { formatSize } from '../format/sizes';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/errors';
import { ShortHash } from '../ui/procedure-widgets';
import { Section } from '../ui/widgets';

interface Preview {
  key: string;
  title: string;
  url: string;
  draft: boolean;
}

/**
 * "Văn bản": the papers a procedure produces (GET …/documents), each previewed inline in a frame and
 * downloaded, both fetched with the token. `refreshKey` changes when the procedure moves (a new step
 * may issue a paper or turn a draft into an issued one), and the list is read again.
 */
export function DocumentsSection({
  workflowId,
  refreshKey,
}: {
  workflowId: string;
  refreshKey: string | number;
}) {
  const { t, locale } = useI18n();
  const { api } = useAuth();
  const d = t.docs;
  const [documents, setDocuments] = useState<OfficialDocumentView[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const previewUrl = useRef<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.procedureDocuments(workflowId, controller.signal).then(
      (list) => {
        setDocuments(list.documents);
        setError(null);
      },
      (e: unknown) => {
        if (!controller.signal.aborted) setError(e);
      },
    );
    return () => controller.abort();
  }, [api, workflowId, refreshKey]);

  // The preview's object URL lives as long as it is shown.
  useEffect(
    () => () => {
      if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    },
    [],
  );

  const pdfUrl = async (path: string): Promise<string> => {
    const blob = await api.documentPdf(path);
    return URL.createObjectURL(new Blob([blob], { type: 'application/pdf' }));
  };

  const show = async (doc: OfficialDocumentView) => {
    setError(null);
    setBusy(doc.key);
    try {
      const url = await pdfUrl(doc.previewPath);
      if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
      previewUrl.current = url;
      setPreview({ key: doc.key, title: doc.title, url, draft: doc.state === 'draft' });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  const close = () => {
    if (previewUrl.current) URL.revokeObjectURL(previewUrl.current);
    previewUrl.current = null;
    setPreview(null);
  };

  const download = async (doc: OfficialDocumentView) => {
    setError(null);
    setBusy(doc.key);
    try {
      const url = await pdfUrl(doc.downloadPath);
      const link = document.createElement('a');
      link.href = url;
      link.download = doc.fileName;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section title={d.title} id="documents-title">
      <p className="muted small">{d.intro}</p>
      {documents === null && error === null && <p className="muted">{d.loading}</p>}
      {documents !== null && documents.length === 0 && <p className="muted">{d.empty}</p>}
      {documents !== null && documents.length > 0 && (
        <div className="table-wrap">
          <table className="table responsive" data-testid="documents">
            <thead>
              <tr>
                <th scope="col">{d.columns.title}</th>
                <th scope="col">{d.columns.state}</th>
                <th scope="col">{d.columns.size}</th>
                <th scope="col">{d.columns.sha}</th>
                <th scope="col">{d.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((doc) => (
                <tr key={doc.key} data-testid="document-row" data-key={doc.key} data-state={doc.state}>
                  <td data-label={d.columns.title}>{doc.title}</td>
                  <td data-label={d.columns.state}>
                    <span className={doc.state === 'draft' ? 'badge badge-pending' : 'badge badge-approved'}>
                      {d.states[doc.state]}
                    </span>
                    {doc.issuedAt && <span className="muted small"> {formatDateTime(doc.issuedAt)}</span>}
                  </td>
                  <td data-label={d.columns.size}>
                    {doc.sizeBytes === null ? d.noSize : formatSize(doc.sizeBytes, locale)}
                  </td>
                  <td data-label={d.columns.sha}>{doc.sha256 ? <ShortHash sha={doc.sha256} /> : d.noSize}</td>
                  <td data-label={d.columns.actions}>
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={busy === doc.key}
                      onClick={() => void show(doc)}
                      aria-label={`${d.preview}: ${doc.title}`}
                    >
                      {d.preview}
                    </button>{' '}
                    <button
                      type="button"
                      className="button button-secondary"
                      disabled={busy === doc.key}
                      onClick={() => void download(doc)}
                      aria-label={`${d.download}: ${doc.title}`}
                    >
                      {d.download}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {busy !== null && (
        <p className="muted small" role="status">
          {d.opening}
        </p>
      )}
      {error !== null && <ErrorMessage error={error} />}
      {preview && (
        <div className="document-preview-wrap">
          <div className="card-header">
            <h3>{d.previewOf(preview.title)}</h3>
            <button type="button" className="button button-ghost" onClick={close}>
              {d.close}
            </button>
          </div>
          {preview.draft && <p className="muted small">{d.draftNote}</p>}
          <iframe
            className="document-preview"
            data-testid="document-preview"
            data-key={preview.key}
            title={d.previewOf(preview.title)}
            src={preview.url}
          />
        </div>
      )}
    </Section>
  );
}
