import type { OpenLicence } from '../../api/licences.ts';
import { useApp } from '../../app-context.ts';
import { ConfirmAnswer } from '../../components/confirm-answer.tsx';
import { formatDateTime } from '../../format/date-time.ts';
import { formatAmount } from '../../format/money.ts';
import { t } from '../../i18n/messages.ts';

/**
 * The payments the licensee recorded, as each licensor answered them: a licensor's share counts toward its
 * conversions only once it confirms receipt (or it disputes it with a reason). The licence's legal effect
 * (Patent Law Art 51) does not wait for this.
 */
export function LicenceReceipts({
  licence,
  onChange,
}: {
  licence: OpenLicence;
  onChange: (licence: OpenLicence) => void;
}) {
  const { api, locale, me, notify, reportError } = useApp();
  const receipts = licence.receipts ?? [];
  if (receipts.length === 0) return null;
  const orgId = me?.organisation?.id;

  return (
    <section class="card" aria-labelledby="receipts-title" id="licence-receipts">
      <h2 id="receipts-title">{t('confirm.receipts')}</h2>
      <p class="muted small">{t('confirm.receiptsIntro')}</p>
      <ul class="plain-list">
        {receipts.map((receipt) => {
          const own = receipt.licensors.find((share) => share.orgId === orgId);
          return (
            <li key={receipt.id} data-receipt-id={receipt.id}>
              <div>
                <strong>{receipt.what}</strong> · {formatAmount(receipt.amountFen, locale)} ·{' '}
                <span class="muted small">
                  {formatDateTime(receipt.recordedAt, locale)}
                  {receipt.proofReference ? ` · ${receipt.proofReference}` : ''}
                </span>
              </div>
              <ul class="plain-list small">
                {receipt.licensors.map((share) => (
                  <li key={share.orgId} data-party-org={share.orgId} data-status={share.status}>
                    {share.name}（{formatAmount(share.amountFen, locale)}）：
                    <strong>{t(`confirm.receipt.${share.status}`)}</strong>
                    {share.at ? ` · ${formatDateTime(share.at, locale)}` : ''}
                    {share.reason ? ` · ${t('confirm.reasonWas', { reason: share.reason })}` : ''}
                  </li>
                ))}
              </ul>
              {own && own.status !== 'confirmed' && (
                <ConfirmAnswer
                  prompt={t('confirm.receiptPrompt', { amount: formatAmount(own.amountFen, locale) })}
                  onAnswer={async (reason) => {
                    try {
                      onChange(
                        await api.licences.answerReceipt(licence.id, receipt.id, licence.version, reason),
                      );
                      notify(reason === undefined ? t('confirm.confirmed') : t('confirm.disputed'));
                    } catch (error) {
                      reportError(error);
                    }
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
