import { ROYALTY_BASE_TITLES, ROYALTY_METHOD_TITLES } from '../declaration/royalty.ts';
import { formatFen } from '../validation/money.ts';
import { dueOnAcceptance } from './acceptance.ts';
import type { OpenLicence } from './open-licence.ts';

export interface NoticeSection {
  heading: string;
  lines: string[];
}

export interface WrittenNotice {
  title: string;
  /** 致 (the patentees). */
  addressees: string;
  sections: NoticeSection[];
  /** 通知人 and 日期 at the foot. */
  signature: { party: string; contact: string; date: string };
}

function royaltyLines(royalty: OpenLicence['terms']['royalty']): string[] {
  const method = `支付方式：${ROYALTY_METHOD_TITLES[royalty.method]}`;
  switch (royalty.method) {
    case 'lump_sum':
      return [method, `许可使用费：${formatFen(royalty.amountFen)}，于许可生效时一次付清`];
    case 'free':
      return [method, '许可使用费：免费'];
    case 'instalments':
      return [
        method,
        `许可使用费总额：${formatFen(royalty.totalFen)}`,
        ...royalty.schedule.map(
          (instalment, i) =>
            `第 ${i + 1} 期：许可期限开始后第 ${instalment.dueAfterMonths} 个月支付 ${formatFen(instalment.amountFen)}`,
        ),
      ];
    case 'running_royalty':
    case 'entry_fee_plus_royalty': {
      const running =
        royalty.base === 'per_unit'
          ? `提成：每件 ${formatFen(royalty.perUnitFen ?? 0)}`
          : `提成：${ROYALTY_BASE_TITLES[royalty.base]} ${royalty.ratePercent}%`;
      return royalty.method === 'entry_fee_plus_royalty'
        ? [method, `入门费：${formatFen(royalty.entryFeeFen)}`, running, '提成按报告期申报并支付']
        : [method, running, '提成按报告期申报并支付'];
    }
  }
}

/**
 * The licensee's written notice to the patentee (专利开放许可实施书面通知, Patent Law Art 51): both parties,
 * the patents, the declared terms accepted unchanged, the start and the payment, dated. What the notice
 * page prints; the record keeps the data, so the notice can be reprinted identically.
 */
export function writtenNotice(licence: OpenLicence): WrittenNotice {
  const { terms, offer } = licence;
  const due = dueOnAcceptance(terms.royalty);
  const paid = licence.payments[0];
  return {
    title: '专利开放许可实施书面通知',
    addressees: licence.licensors.map((party) => party.name).join('、'),
    sections: [
      {
        heading: '一、通知事项',
        lines: [
          `根据《中华人民共和国专利法》第五十一条，${licence.licensee.name}（以下简称“被许可人”）通知专利权人：被许可人接受贵方公告的开放许可声明，按声明的条件实施下列专利。`,
        ],
      },
      {
        heading: '二、专利',
        lines: [
          offer.kind === 'bundle' ? `专利包：${offer.title}` : `专利名称：${offer.title}`,
          `专利号：${offer.patentNumbers.map((n) => (n.startsWith('ZL') ? n : `ZL${n}`)).join('、')}`,
        ],
      },
      {
        heading: '三、许可条件（与开放许可声明一致）',
        lines: [
          `许可期限：${terms.period.start} 至 ${terms.period.end}`,
          `实施范围：${terms.scope}`,
          `许可地域：${terms.territory}`,
          ...royaltyLines(terms.royalty),
        ],
      },
      {
        heading: '四、实施与付款',
        lines: [
          `实施起始日：${licence.startDate}`,
          due === 0
            ? '许可生效时无需支付款项'
            : paid === undefined
              ? `许可生效时应付：${formatFen(due)}（尚未登记付款）`
              : `已于 ${paid.paidOn} 支付 ${formatFen(paid.amountFen)}，付款凭证号 ${paid.proofReference}`,
          '被许可人将于许可生效之日起三个月内办理开放许可实施合同备案。',
        ],
      },
    ],
    signature: {
      party: licence.licensee.name,
      contact: `${licence.contact.name} ${licence.contact.phone} ${licence.contact.email}`,
      date: licence.noticeDate,
    },
  };
}
