import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { temporal } from '@temporalio/proto';
import { SEARCH_ATTRIBUTE_REGISTRATIONS } from '@personnel/contracts';
import { waitUntil } from '../wait';

const IndexedValueType = temporal.api.enums.v1.IndexedValueType;
const TYPES: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  KeywordList: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
  Datetime: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
};

/**
 * What `temporal operator namespace create` and `search-attribute create` do for the dev server's
 * flags, against a real cluster: the namespace registered when missing, then every custom search
 * attribute of the product added when missing. Safe to repeat at every start. Retention applies to
 * closed workflows only: a five-year term stays open and is never cut.
 */
export async function ensureNamespace(
  address: string,
  namespace: string,
  options: { retentionDays?: number; log?: (m: string) => void } = {},
): Promise<{ registered: boolean; added: string[] }> {
  const log = options.log ?? (() => undefined);
  const connection = await Connection.connect({ address, connectTimeout: 5_000 });
  try {
    let registered = false;
    try {
      await connection.workflowService.describeNamespace({ namespace });
    } catch (error) {
      if ((error as { code?: number }).code !== 5 /* NOT_FOUND */) throw error;
      await connection.workflowService.registerNamespace({
        namespace,
        description: 'Personnel decisions (công tác cán bộ)',
        workflowExecutionRetentionPeriod: msToTs(`${options.retentionDays ?? 30} days`),
      });
      registered = true;
      log(`namespace ${namespace} registered`);
    }
    // A namespace registered a moment ago reaches the frontend's cache within seconds: until then
    // adding its attributes answers "namespace not found", so this retries rather than fail the start.
    const added: string[] = [];
    await waitUntil(
      `the search attributes of ${namespace}`,
      async () => {
        const existing = await connection.operatorService.listSearchAttributes({ namespace });
        const known = new Set(Object.keys(existing.customAttributes ?? {}));
        const missing = SEARCH_ATTRIBUTE_REGISTRATIONS.filter(({ name }) => !known.has(name));
        if (missing.length === 0) return true;
        await connection.operatorService.addSearchAttributes({
          namespace,
          searchAttributes: Object.fromEntries(missing.map(({ name, type }) => [name, TYPES[type]])),
        });
        added.push(...missing.map((m) => m.name));
        log(`search attributes added: ${missing.map((m) => m.name).join(', ')}`);
        return false;
      },
      60_000,
      500,
    );
    return { registered, added: [...new Set(added)] };
  } finally {
    await connection.close();
  }
}
