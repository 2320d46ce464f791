import { useState } from 'react';
import { useParams } from 'react-router';
import { ApiError } from '../api/client';
import type { RotationBatchView } from '../api/rotation-types';
import { useAuth } from '../auth/auth';
import { formatDateTime } from '../format/dates';
import { useI18n } from '../i18n/i18n';
import { usePoller } from '../shared/use-poller';
import { ErrorMessage } from '../ui/errors';
import { PageHeading } from '../ui/page-heading';
import { Loading } from '../ui/widgets';
import { batchSettled } from './batch-logic';
import { BatchProgress } from './batch-progress';
import { BatchRows } from './batch-rows';

/** /rotations/batches/:id — a batch fills in live: polled until every row is refused or has its state. */
export function BatchPage() {
  const { id = '' } = useParams();
  const { api } = useAuth();
  const { t } = useI18n();
  const b = t.rotation.batch;
  const [batch, setBatch] = useState<RotationBatchView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const current = batch?.id === id ? batch : null;
  const { refreshNow } = usePoller(
    async (signal) => {
      try {
        const { data, changed } = await api.rotationBatch(id, signal);
        setError(null);
        if (changed) setBatch(data);
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e);
        throw e;
      }
    },
    { key: id, enabled: !current || !batchSettled(current), intervalMs: 1500 },
  );
  const notFound = error instanceof ApiError && error.status === 404;
  return (
    <>
      <PageHeading title={b.title}>{b.title}</PageHeading>
      {notFound && <p className="notice notice-warning">{b.notFound}</p>}
      {error !== null && !notFound && <ErrorMessage error={error} onRetry={() => void refreshNow()} />}
      {!current && error === null && <Loading />}
      {current && (
        <>
          <p className="muted">{b.createdBy(current.createdBy, formatDateTime(current.createdAt))}</p>
          <BatchProgress batch={current} />
          <BatchRows items={current.items} />
        </>
      )}
    </>
  );
}
