import { useCallback, useEffect, useState } from 'react';
import { errorReport, type ErrorReport } from './errors';

/**
 * Loads with `load` whenever `key` changes or `reload()` is called; with `refreshMs` it loads again on that interval
 * (a live view) while `keepRefreshing(data)` says so. A failed refresh keeps the last data on screen beside the error.
 */
export function useLoad<T>(load: () => Promise<T>, key: string, refreshMs?: number, keepRefreshing?: (data: T) => boolean) {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ErrorReport>();
  const [generation, setGeneration] = useState(0);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = () => {
      setLoading(true);
      load()
        .then((value) => {
          if (!live) return;
          setData(value);
          setError(undefined);
          if (refreshMs && (!keepRefreshing || keepRefreshing(value))) timer = setTimeout(run, refreshMs);
        })
        .catch((e: unknown) => {
          if (!live) return;
          setError(errorReport(e));
          if (refreshMs) timer = setTimeout(run, refreshMs);
        })
        .finally(() => { if (live) setLoading(false); });
    };
    run();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
    // `load` is a new function each render; `key` says when what it loads changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, generation, refreshMs]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, setData, error, loading, reload };
}
