import { redirectToSignIn } from '../api/client';
import { ApiError } from '../api/http';
import { isProblem } from '../api/problem';
import { revisionUrl, type DocumentFormat } from './plansApi';

/** `plan-{id}-r{n}.{format}`, the name the server gives the file too. */
export function documentFileName(planId: string, revision: number, format: DocumentFormat): string {
  return `plan-${planId}-r${revision}.${format}`;
}

/**
 * Downloads a rendered document. Fetched first rather than linked, so that a document never rendered (404) or an
 * expired sign-in shows the server's problem on the page instead of a page of JSON.
 */
export async function downloadDocument(planId: string, revision: number, format: DocumentFormat): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`${revisionUrl(planId, revision)}/document?format=${format}`, { credentials: 'include' });
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.');
  }
  if (!response.ok) {
    if (response.status === 401) redirectToSignIn();
    const body: unknown = await response.json().catch(() => undefined);
    const problem = isProblem(body) ? body : undefined;
    throw new ApiError(response.status, problem?.title ?? `The ${format} document could not be downloaded (${response.status}).`, problem);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = documentFileName(planId, revision, format);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
