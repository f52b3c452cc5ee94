import type { TextIndex } from '../index/text-index.ts';
import { type Token, termKey } from '../text/tokenise.ts';

/**
 * Words every need is written with (研发、项目、关键、现有…): rare in patents, so a patent-side idf
 * alone rates them highly, yet they say nothing about what a need asks for. Used as a prior while the
 * platform holds few needs; once it holds many, their own statistics take over (see {@link needCommonness}).
 */
export const NEED_BOILERPLATE: ReadonlySet<string> = new Set(
  (
    '研发 开发 研究 研制 项目 企业 公司 本公司 我公司 需求 技术 关键 设计 现有 目前 问题 解决 提高 ' +
    '提升 改进 优化 应用 生产 行业 产品 合作 实现 开展 要求 目标 内容 预期 基础 工作 方面 能力 水平 ' +
    '市场 国内 国外 先进 新型 发展 进行 相关 主要 需要 希望 寻求 寻找 单位 达到 满足 存在 难题 瓶颈 ' +
    '方案 成果 转化 产业化 效率 成本 质量 降低 具体 实际 情况 领域 方向 国家 我国 工艺 材料 系统 结构 方法'
  ).split(' '),
);

/** What a boilerplate word keeps of its weight under the prior. */
export const BOILERPLATE_PRIOR = 0.1;

/**
 * Needs the prior counts as: with n needs on the platform, their own statistics weigh n / (n + this).
 */
export const NEED_PRIOR_WEIGHT = 30;

/**
 * How much of its weight a query term keeps for being specific among NEEDS (0–1): its idf over the
 * needs index relative to the idf of a term no need uses, blended with {@link NEED_BOILERPLATE}
 * while there are few needs. A term most needs use (研发, 关键) falls towards 0; one only this need
 * uses stays near 1. Two-sided weighting: a term must be rare in patents AND in needs to weigh much.
 *
 * @example
 * const factor = needCommonness(needIndex);
 * factor({ text: '研发', kind: 'word' }) // ≈ 0.2 when most needs say 研发
 */
export function needCommonness(needIndex: TextIndex): (token: Token) => number {
  const scale = needCommonnessScale(needIndex);
  return (token) => scale(needIndex.documentFrequency(termKey(token)), NEED_BOILERPLATE.has(token.text));
}

/**
 * {@link needCommonness} from a term's document frequency among the needs and whether it is
 * {@link NEED_BOILERPLATE}, for callers that keep the frequencies themselves (see `NeedQuery`).
 */
export function needCommonnessScale(needIndex: TextIndex): (df: number, boilerplate: boolean) => number {
  const n = needIndex.size;
  const own = n / (n + NEED_PRIOR_WEIGHT);
  const idfMax = needIndex.idf(0);
  return (df, boilerplate) => {
    const prior = boilerplate ? BOILERPLATE_PRIOR : 1;
    if (n === 0) return prior;
    const specific = needIndex.idf(df) / idfMax;
    return own * specific + (1 - own) * prior;
  };
}
