import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../api/types.ts';
import { useApp } from '../app-context.ts';

/**
 * A cursor-paged list: the first page whenever `load` changes (pass it through `useCallback` with the
 * filters it uses), more on demand, and `reload` after a change. A slow answer to an older request is dropped.
 */
export function usePagedList<T>(load: (cursor?: string) => Promise<Page<T>>) {
  const { reportError } = useApp();
  const [items, setItems] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const request = useRef(0);

  const reload = useCallback(async () => {
    const id = ++request.current;
    setItems(null);
    setCursor(undefined);
    try {
      const page = await load();
      if (id !== request.current) return;
      setItems(page.items);
      setCursor(page.nextCursor);
    } catch (error) {
      if (id !== request.current) return;
      setItems([]);
      reportError(error);
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

  return { items, setItems, cursor, busy, more, reload };
}
