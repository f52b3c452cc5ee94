import type { Deal } from '../../api/deals.ts';
import { useApp } from '../../app-context.ts';
import { ConfirmAnswer } from '../../components/confirm-answer.tsx';
import { formatDateTime } from '../../format/date-time.ts';
import { listText } from '../../format/phrase.ts';
import { t } from '../../i18n/messages.ts';

const CONFIRMABLE = ['negotiating', 'signed', 'filed', 'implemented'];

/**
 * Who has confirmed a deal (确认 before it counts for anyone): each party with its roles and standing, and the
 * viewer's own answer when its organisation is a party that has not confirmed yet.
 */
export function DealConfirmations({ deal, onChange }: { deal: Deal; onChange: (deal: Deal) => void }) {
  const { api, locale, me, notify, reportError } = useApp();
  const parties = deal.parties ?? [];
  if (parties.length === 0 || !CONFIRMABLE.includes(deal.stage) || deal.amountFen === undefined) return null;
  const own = parties.find((party) => party.orgId === me?.organisation?.id);

  async function answer(reason?: string) {
    try {
      const next = await api.deals.answer(deal.id, deal.version, reason);
      onChange(next);
      notify(reason === undefined ? t('confirm.confirmed') : t('confirm.disputed'));
    } catch (error) {
      reportError(error);
    }
  }

  return (
    <div class="deal-confirmations" data-confirmations>
      <p class="muted small">{t(deal.signedAt ? 'confirm.dealIntro' : 'confirm.dealIntroUnsigned')}</p>
      <ul class="plain-list small">
        {parties.map((party) => (
          <li key={party.orgId} data-party-org={party.orgId} data-status={party.status}>
            {party.name}（{listText(party.roles.map((role) => t(`confirm.role.${role}`)))}）：
            <strong>{t(`confirm.status.${party.status}`)}</strong>
            {party.at ? ` · ${formatDateTime(party.at, locale)}` : ''}
            {party.reason ? ` · ${t('confirm.reasonWas', { reason: party.reason })}` : ''}
          </li>
        ))}
      </ul>
      {own && own.status !== 'confirmed' && (
        <ConfirmAnswer
          prompt={t('confirm.dealPrompt', {
            roles: listText(own.roles.map((role) => t(`confirm.role.${role}`))),
          })}
          onAnswer={answer}
        />
      )}
    </div>
  );
}
