import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../api/types.ts';
import { useApp } from '../app-context.ts';

/**
 * A cursor-paged list: the first page whenever `load` changes (pass it through `useCallback` with the
 * filters it uses), more on demand, and `reload` after a change. A slow answer to an older request is dropped,
 * whole: what a page reads beside the items (a total, a banner, a 400's field errors) comes from `first` and
 * `error`, the current request's first answer or failure, never from state `load` sets itself.
 */
export function usePagedList<P extends Page<unknown>>(load: (cursor?: string) => Promise<P>) {
  type T = P['items'][number];
  const { reportError } = useApp();
  const [items, setItems] = useState<T[] | null>(null);
  const [first, setFirst] = useState<P | null>(null);
  const [error, setError] = useState<unknown>(undefined);
  const [cursor, setCursor] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const request = useRef(0);

  const reload = useCallback(async () => {
    const id = ++request.current;
    setItems(null);
    setFirst(null);
    setError(undefined);
    setCursor(undefined);
    try {
      const page = await load();
      if (id !== request.current) return;
      setItems(page.items);
      setFirst(page);
      setCursor(page.nextCursor);
    } catch (failure) {
      if (id !== request.current) return;
      setItems([]);
      setError(failure);
      reportError(failure);
    }
  }, [load, reportError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const more = useCallback(async () => {
    if (!cursor) return;
    const id = request.current;
    setBusy(true);
    try {
      const page = await load(cursor);
      if (id !== request.current) return;
      setItems((current) => [...(current ?? []), ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }, [cursor, load, reportError]);

  return { items, setItems, first, error, cursor, busy, more, reload };
}
