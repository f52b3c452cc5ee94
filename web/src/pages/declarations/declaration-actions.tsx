import { ApiError } from '../../api/client.ts';
import { type DeclarationAction, type DeclarationDetail, needsReason } from '../../api/declarations.ts';
import { useApp } from '../../app-context.ts';
import { LifecycleActions } from '../../components/lifecycle-actions.tsx';
import { t } from '../../i18n/messages.ts';
import { refusedGuards } from './guard-issues.ts';

interface DeclarationActionsProps {
  id: string;
  version: number;
  actions: readonly DeclarationAction[];
  onDone: (detail: DeclarationDetail) => void;
  /** A 409 or a refusal: someone moved it first, or a guard failed; show it as it is now. */
  onRefused: () => void;
  /** The main step (submit, publish). */
  primary?: DeclarationAction;
}

/**
 * The lifecycle steps the server says this caller may take on a declaration. Rejecting and withdrawing ask
 * for a reason first (the law wants one); withdrawing says that licences already granted stay valid.
 */
export function DeclarationActions({
  id,
  version,
  actions,
  onDone,
  onRefused,
  primary,
}: DeclarationActionsProps) {
  const { api, notify, reportError } = useApp();

  async function run(action: DeclarationAction, reason?: string): Promise<boolean> {
    try {
      const next = await api.declarations.transition(id, { action, version, ...(reason ? { reason } : {}) });
      notify(t('declaration.moved', { status: t(`declaration.status.${next.declaration.status}`) }));
      onDone(next);
      return true;
    } catch (error) {
      reportError(error);
      if (error instanceof ApiError && (error.status === 409 || refusedGuards(error).length > 0)) onRefused();
      return false;
    }
  }

  return (
    <LifecycleActions
      idPrefix={`declaration-${id}`}
      actions={actions}
      {...(primary ? { primary } : {})}
      needsReason={needsReason}
      label={(action) => t(`declaration.action.${action}`)}
      reasonLabel={(action) => (needsReason(action) ? t(`declaration.reason.${action}`) : '')}
      confirmLabel={(action) => (needsReason(action) ? t(`declaration.confirm.${action}`) : '')}
      note={(action) =>
        action === 'withdraw' || action === 'office_withdraw' ? t('declaration.withdrawNote') : undefined
      }
      run={run}
    />
  );
}
