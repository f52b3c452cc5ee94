import { useEffect, useState } from 'preact/hooks';
import type { NeedDraft, NeedQuality } from '../../api/needs.ts';
import { useApp } from '../../app-context.ts';

/** How long typing must pause before the draft is scored again. */
export const QUALITY_DEBOUNCE_MS = 400;

/**
 * The server's quality hints for a draft, refreshed a moment after typing stops. Nothing is saved; a
 * failed check keeps the last answer (the form still works without hints).
 */
export function useQualityHints(draft: NeedDraft): { quality: NeedQuality | null; checking: boolean } {
  const { api } = useApp();
  const [quality, setQuality] = useState<NeedQuality | null>(null);
  const [checking, setChecking] = useState(false);
  const key = JSON.stringify(draft);

  useEffect(() => {
    let live = true;
    setChecking(true);
    const timer = setTimeout(() => {
      api.needs.quality(JSON.parse(key) as NeedDraft).then(
        (answer) => {
          if (!live) return;
          setQuality(answer);
          setChecking(false);
        },
        () => {
          if (live) setChecking(false);
        },
      );
    }, QUALITY_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, key]);

  return { quality, checking };
}
