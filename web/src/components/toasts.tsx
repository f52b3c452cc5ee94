import { t } from '../i18n/messages.ts';

export interface Toast {
  id: number;
  kind: 'error' | 'success';
  text: string;
}

interface ToastsProps {
  toasts: readonly Toast[];
  onDismiss: (id: number) => void;
}

/** Errors stay until dismissed so a message is never missed; successes fade by themselves. */
export function Toasts({ toasts, onDismiss }: ToastsProps) {
  return (
    <div class="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <div
          key={toast.id}
          class={`toast toast-${toast.kind}`}
          role={toast.kind === 'error' ? 'alert' : 'status'}
        >
          <span class="toast-text">{toast.text}</span>
          <button
            type="button"
            class="toast-close"
            aria-label={t('common.dismiss')}
            onClick={() => onDismiss(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
