import { MATCH_SIGNAL_LABELS, type Push } from '@openlicense/domain';
import type { MailMessage } from '@openlicense/mail';

export interface PushEmailOptions {
  from: string;
  to: string;
  /** The web app's address, e.g. `https://openlicense.example.cn` (no trailing slash needed). */
  appUrl: string;
  unsubscribeToken: string;
}

const LISTING_KIND = { listing: '专利开放许可', bundle: '专利包（公共专利池）' } as const;

/** The inbox and unsubscribe links an email carries. */
export function pushLinks(appUrl: string, token: string) {
  const base = appUrl.replace(/\/+$/, '');
  return {
    inbox: `${base}/#/inbox`,
    /** The page a person opens: it confirms in Chinese and offers the preferences instead. */
    unsubscribePage: `${base}/#/unsubscribe?token=${encodeURIComponent(token)}`,
    /** The API a mail client calls for one-click unsubscribe (the List-Unsubscribe header). */
    unsubscribe: `${base}/api/push-preferences/unsubscribe?token=${encodeURIComponent(token)}`,
  };
}

/**
 * The email telling an enterprise about a delivered push: the listing, why it was proposed (the match's
 * explanation, signal by signal), the broker's message, a link to the inbox to read and answer it, and a
 * one-click unsubscribe link. Chinese, as the enterprise reads it.
 */
export function pushEmail(push: Push, options: PushEmailOptions): MailMessage {
  const links = pushLinks(options.appUrl, options.unsubscribeToken);
  const signals = push.explanation.signals
    .filter((signal) => signal.contribution !== 0)
    .map((signal) => `  · ${MATCH_SIGNAL_LABELS[signal.signal]}：${signal.text}`);
  const lines = [
    `${push.enterpriseName}，您好：`,
    '',
    `${push.brokerName}${push.auto ? '（自动推送）' : ''}向您推荐一项${LISTING_KIND[push.listingKind]}：`,
    '',
    `【${push.listingTitle}】`,
    `专利权人：${push.holderName}`,
    ...(push.needTitle ? [`对应需求：${push.needTitle}`] : []),
    `匹配度：${push.score.toFixed(1)} 分`,
    '',
    `推荐理由：${push.explanation.summary}`,
    ...signals,
    ...(push.message ? ['', `服务机构说明：${push.message}`] : []),
    '',
    `请在站内收件箱查看详情并反馈（感兴趣 / 相关 / 暂不需要 / 领域不对口 / 已了解）：`,
    links.inbox,
    '',
    '如不希望再收到精准推送，可点击以下链接退订：',
    links.unsubscribePage,
    '',
    '—— 专利开放许可供需对接平台',
  ];
  return {
    id: `push-${push.id}`,
    from: options.from,
    to: options.to,
    subject: `【精准推送】${push.listingTitle}`,
    text: lines.join('\n'),
    date: new Date(push.deliveredAt ?? push.approvedAt),
    headers: { 'List-Unsubscribe': `<${links.unsubscribe}>` },
  };
}
