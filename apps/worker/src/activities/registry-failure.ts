import { ApplicationFailure } from '@temporalio/activity';
import { RegistryError } from '@personnel/persistence';

/**
 * Runs a registry write; a registry refusal (inactive cadre, unknown post, a held post, an overlap) can
 * never succeed on a retry, so it fails non-retryable with the registry's message, of the failure type
 * `type(error)`, which the workflow answers with. Anything else (Postgres down) is thrown as it is and
 * retried.
 */
export async function refusingRetries<T>(
  write: () => Promise<T>,
  type: (error: RegistryError) => string,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof RegistryError)
      throw ApplicationFailure.nonRetryable(error.message, type(error), {
        kind: error.kind,
        code: 'code' in error ? (error as { code: string }).code : error.kind,
      });
    throw error;
  }
}
