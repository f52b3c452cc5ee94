/** Confirmation before credit: confirming or disputing a recorded result. */
const zhCN = {
  'confirm.confirm': '确认',
  'confirm.dispute': '拒绝并说明理由',
  'confirm.reason': '拒绝理由',
  'confirm.reasonRequired': '请说明拒绝的理由',
  'confirm.submitDispute': '提交异议',
  'confirm.confirmed': '已确认，计入本单位考核',
  'confirm.disputed': '已提出异议，理由已记入各方佐证',
  'confirm.dealIntro':
    '交易只在各方确认本方部分后才计入该方考核：供方确认专利与金额，受让方确认引进，服务机构确认促成。',
  'confirm.dealIntroUnsigned':
    '各方可在签约前确认谈定的金额；签约后，已确认的一方即计入考核。金额变更后需重新确认。',
  'confirm.role.supplier': '供方',
  'confirm.role.acquirer': '受让方/被许可方',
  'confirm.role.broker': '服务机构',
  'confirm.status.confirmed': '已确认',
  'confirm.status.unconfirmed': '待确认',
  'confirm.status.disputed': '有异议',
  'confirm.reasonWas': '理由：{reason}',
  'confirm.dealPrompt': '请确认本单位作为{roles}的部分（专利、金额与角色）；确认后计入本单位考核。',
  'confirm.receipts': '收款确认',
  'confirm.receiptsIntro':
    '被许可人登记的付款，须经许可方确认收到后才计入许可方的成果转化；许可的法律效力（专利法第五十一条）不受影响。',
  'confirm.receipt.pending': '待许可方确认',
  'confirm.receipt.confirmed': '已确认收款',
  'confirm.receipt.disputed': '有异议',
  'confirm.receiptPrompt': '本单位是否已收到 {amount}？确认后计入本单位成果转化。',
  'confirm.awaitingTitle': '待我确认（{count}）',
  'confirm.awaitingIntro': '下列交易与付款须经本单位确认后才计入本单位考核。',
  'confirm.awaitingEmpty': '没有待本单位确认的事项。',
  'confirm.awaiting.unconfirmed': '待确认',
  'confirm.awaiting.disputed': '有异议',
  'confirm.evaluationTitle': '待确认 / 有异议（不计入考核）',
  'confirm.evaluationIntro': '以下成果尚未经本机构确认或本机构有异议，不计入上列指标。',
  'confirm.evaluationEmpty': '本年没有待确认或有异议的成果。',
  'confirm.overviewColumn': '待确认 / 有异议',
  'confirm.overviewCounts': '待确认 {unconfirmed} · 有异议 {disputed}',
  'confirm.quotaNote':
    '另有 {unconfirmed} 项成果待确认、{disputed} 项有异议，确认前不计入上列指标（见首页“待我确认”）。',
};

const en: Record<keyof typeof zhCN, string> = {
  'confirm.confirm': 'Confirm',
  'confirm.dispute': 'Decline with a reason',
  'confirm.reason': 'Reason',
  'confirm.reasonRequired': 'Give the reason for declining',
  'confirm.submitDispute': 'Submit the dispute',
  'confirm.confirmed': 'Confirmed: it counts for your organisation',
  'confirm.disputed': 'Disputed: the reason is on every party’s evidence trail',
  'confirm.dealIntro':
    'A deal counts for a party only once that party confirms its part: the supplier its patents and amount, the acquirer its intake, the broker its role.',
  'confirm.dealIntroUnsigned':
    'Parties may confirm the negotiated amount before signing; a party that confirmed counts once the deal is signed. A changed amount needs confirming again.',
  'confirm.role.supplier': 'supplier',
  'confirm.role.acquirer': 'acquirer',
  'confirm.role.broker': 'broker',
  'confirm.status.confirmed': 'Confirmed',
  'confirm.status.unconfirmed': 'Not confirmed',
  'confirm.status.disputed': 'Disputed',
  'confirm.reasonWas': 'Reason: {reason}',
  'confirm.dealPrompt':
    'Confirm your organisation’s part as {roles} (patents, amount and role); it then counts for your organisation.',
  'confirm.receipts': 'Receipt of payments',
  'confirm.receiptsIntro':
    'A payment the licensee records counts toward the licensor’s conversions only once the licensor confirms receiving it; the licence’s legal effect (Patent Law Art 51) does not wait.',
  'confirm.receipt.pending': 'Awaiting the licensor',
  'confirm.receipt.confirmed': 'Receipt confirmed',
  'confirm.receipt.disputed': 'Disputed',
  'confirm.receiptPrompt':
    'Did your organisation receive {amount}? Confirming counts it toward your conversions.',
  'confirm.awaitingTitle': 'Waiting for my confirmation ({count})',
  'confirm.awaitingIntro': 'These deals and payments count for your organisation only once it confirms them.',
  'confirm.awaitingEmpty': 'Nothing waits for your organisation’s confirmation.',
  'confirm.awaiting.unconfirmed': 'Not confirmed',
  'confirm.awaiting.disputed': 'Disputed',
  'confirm.evaluationTitle': 'Unconfirmed / disputed (not counted)',
  'confirm.evaluationIntro':
    'These results are not confirmed by the organisation, or it disputes them: they do not count toward the targets above.',
  'confirm.evaluationEmpty': 'Nothing unconfirmed or disputed this year.',
  'confirm.overviewColumn': 'Unconfirmed / disputed',
  'confirm.overviewCounts': '{unconfirmed} unconfirmed · {disputed} disputed',
  'confirm.quotaNote':
    '{unconfirmed} more results wait for confirmation and {disputed} are disputed: they count only once confirmed (see “Waiting for my confirmation” on the home page).',
};

export const confirmationsMessages = { 'zh-CN': zhCN, en };
