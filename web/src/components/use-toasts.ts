import { useCallback, useState } from 'preact/hooks';
import type { Toast } from './toasts.tsx';

const SUCCESS_MS = 4000;
const MAX_TOASTS = 4;

export function useToasts() {
  const [toasts, setToasts] = useState<readonly Toast[]>([]);
  const dismiss = useCallback(
    (id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)),
    [],
  );
  const push = useCallback(
    (kind: Toast['kind'], text: string) => {
      const id = Date.now() + Math.random();
      setToasts((list) =>
        [...list.filter((toast) => toast.text !== text), { id, kind, text }].slice(-MAX_TOASTS),
      );
      if (kind === 'success') setTimeout(() => dismiss(id), SUCCESS_MS);
    },
    [dismiss],
  );
  return { toasts, push, dismiss };
}
