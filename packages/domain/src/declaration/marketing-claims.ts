import type { Issue } from './issue.ts';
import { findPromotionalWords } from './promotional-wording.ts';

/**
 * Absolute claims an advertisement may not make (广告法 Art 9: 国家级、最高级、最佳 and the like) beyond the
 * promotional words the statutory fields refuse: in the marketing text (宣传介绍) they are the holder's own
 * words, so they are flagged, not refused.
 */
export const ABSOLUTE_CLAIM_EXTRAS = ['最高级', '世界级', '首个', '首家', '全球首', '国内首'] as const;

/**
 * The absolute-claim words in `text`: the promotional words (`findPromotionalWords`, which leaves ordinals
 * such as 第一步 alone) and {@link ABSOLUTE_CLAIM_EXTRAS}, each once, as found.
 *
 * @example findAbsoluteClaims('国内最好、最先进的第一品牌') // ['最好', '最先进', '第一']
 */
export function findAbsoluteClaims(text: string): string[] {
  const folded = text.normalize('NFKC');
  return [...findPromotionalWords(text), ...ABSOLUTE_CLAIM_EXTRAS.filter((word) => folded.includes(word))];
}

/**
 * A warning (never a refusal) when the marketing text makes absolute claims, naming the words found so the
 * holder can reword them; none for an empty or plain text.
 *
 * @example checkMarketingText('国内最好的电池技术')[0]?.code // 'marketing_absolute_claims'
 */
export function checkMarketingText(text: string | undefined): Issue[] {
  const words = text ? findAbsoluteClaims(text) : [];
  if (words.length === 0) return [];
  return [
    {
      code: 'marketing_absolute_claims',
      field: 'marketingText',
      message: `宣传介绍含有绝对化用语：${words.join('、')}；广告法禁止使用此类用语，建议改为可核实的事实（如测试数据、获奖名称） / marketingText makes absolute claims (${words.join(', ')}); the Advertising Law forbids them, state verifiable facts instead`,
    },
  ];
}
