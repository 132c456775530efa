import { useEffect, useState } from 'react';
import { http } from '../../api/client';
import { previewFailure, type PreviewRequest, type PreviewResponse } from './templatePreview';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'shown'; preview: PreviewResponse }
  | { kind: 'failed'; messages: string[] };

/** Renders the request after typing pauses (400 ms); an answer to an older request is dropped. */
export function useTemplatePreview(request: PreviewRequest | undefined, delayMs = 400): PreviewState {
  const [state, setState] = useState<PreviewState>({ kind: 'idle' });
  const key = request ? JSON.stringify(request) : '';
  useEffect(() => {
    if (!request) return setState({ kind: 'idle' });
    let live = true;
    const timer = setTimeout(() => {
      setState({ kind: 'loading' });
      http.request<PreviewResponse>('/api/templates/preview', { method: 'POST', body: request })
        .then(({ data }) => live && setState({ kind: 'shown', preview: data }))
        .catch((e: unknown) => live && setState({ kind: 'failed', messages: previewFailure(e) }));
    }, delayMs);
    return () => { live = false; clearTimeout(timer); };
    // The key stands for the request's content, so a new but equal object does not render again.
  }, [key, delayMs]);
  return state;
}
