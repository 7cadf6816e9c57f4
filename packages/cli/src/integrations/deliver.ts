import { CliError } from '../errors/cli-error.js';
import { ExitCode } from '../errors/exit-codes.js';

/**
 * POSTs a document to a partner's endpoint (a clinic's FHIR server base, a receiver). 2xx is success;
 * 5xx, 408, 429 and network errors are transient (exit 75, the next run retries with the same cursor);
 * other 4xx mean the partner refused it (exit 1).
 */
export async function postDocument(
  url: string,
  body: string,
  contentType: string,
  fetchImpl: typeof fetch = fetch,
): Promise<{ status: number; body: string }> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': contentType, accept: contentType },
      body,
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new CliError(`Could not reach ${url}: ${(error as Error).message}`, {
      code: 'connection_failed',
      exitCode: ExitCode.transient,
      hint: 'Nothing was recorded as shared; run the sync again later.',
    });
  }
  const text = await response.text();
  if (response.ok) return { status: response.status, body: text };
  const transient = response.status >= 500 || response.status === 408 || response.status === 429;
  throw new CliError(`${url} answered HTTP ${response.status}: ${text.slice(0, 300)}`, {
    code: transient ? 'partner_unavailable' : 'partner_rejected',
    exitCode: transient ? ExitCode.transient : ExitCode.failure,
    hint: 'Nothing was recorded as shared; the next run sends the same data again.',
  });
}
