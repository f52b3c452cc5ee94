import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { useApp } from '../app-context.ts';
import { t } from '../i18n/messages.ts';

/**
 * One record of a detail page, loaded when `id` changes: `missing` once the server answers 404 or 403 (the
 * caller may not see it), other failures reported as toasts. `setRecord` takes an action's answer.
 */
export function useRecord<T>(id: string, load: (id: string) => Promise<T>) {
  const { reportError } = useApp();
  const [record, setRecord] = useState<T | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    let live = true;
    load(id).then(
      (answer) => live && setRecord(answer),
      (error: unknown) => {
        if (!live) return;
        if (error instanceof ApiError && (error.status === 404 || error.status === 403)) setMissing(true);
        else reportError(error);
      },
    );
    return () => {
      live = false;
    };
  }, [id, load, reportError]);
  return { record, setRecord, missing };
}

/** What a detail page shows for a record it cannot show: a line and the way back to its list. */
export function MissingRecord({
  message,
  backHref,
}: {
  message: string;
  backHref: string;
}): ComponentChildren {
  return (
    <div class="page">
      <section class="card">
        <p class="empty">{message}</p>
        <a class="button" href={backHref}>
          {t('common.back')}
        </a>
      </section>
    </div>
  );
}
