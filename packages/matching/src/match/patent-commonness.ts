import type { TextIndex } from '../index/text-index.ts';
import type { Token } from '../text/tokenise.ts';

/**
 * Words any patent may use whatever its field (制备、原料、控制、运行…). In a catalogue of 100,000
 * listings their idf is low by itself; in a platform's first dozen listings every word looks rare,
 * so this prior stands in for the statistics the catalogue does not have yet (see {@link patentCommonness}).
 */
export const PATENT_GENERIC: ReadonlySet<string> = new Set(
  (
    '制备 原料 含量 运行 管理 模型 金属 控制 材料 工艺 结构 组件 部件 机构 单元 模块 数据 信息 处理 ' +
    '检测 测量 生产 加工 制造 应用 用途 组合物 制作 安装 连接 固定 支撑 主体 本体 底座 外壳 壳体 调节 ' +
    '性能 效果 时间 状态 参数 误差 自动 智能 改进 优化 稳定 稳定性 高效 成本 质量 密度 温度 压力 速度 ' +
    '电子 机械 设计 分析 计算 预测 估计 匹配 循环 寿命 功率 动力 原理 过程 步骤 产品 设施 ' +
    // Words of patent and need prose that say nothing of the topic.
    '现有 便于 覆盖 方便 简单 结构简单 能够 良好 较好 较高 较低 一定 不同 多种 各种 有利 有利于 其他 大量 ' +
    '整体 本身 作用 功能 特点 优点 优异 显著 明显 广泛 结合 少量 兼容 适应 一次 网络 提取 放大 传感器 传感 控制器 获得 元 万元'
  ).split(' '),
);

/** What a generic word keeps of its weight under the prior. */
export const GENERIC_PRIOR = 0.1;

/** Listings the prior counts as: with n listings, their own statistics weigh n / (n + this). */
export const LISTING_PRIOR_WEIGHT = 200;

/**
 * How much of its weight a query term keeps for not being generic patent vocabulary (0–1): 1 for
 * most terms; for {@link PATENT_GENERIC} words, falling to {@link GENERIC_PRIOR} while the catalogue
 * is small and its idf cannot tell them apart yet.
 *
 * @example
 * patentCommonness(listingIndex)({ text: '制备', kind: 'word' }) // ≈ 0.14 with 8 listings
 */
export function patentCommonness(listingIndex: TextIndex): (token: Token) => number {
  const scale = patentCommonnessScale(listingIndex);
  return (token) => scale(PATENT_GENERIC.has(token.text));
}

/** {@link patentCommonness} from whether the term is {@link PATENT_GENERIC} (see `NeedQuery`). */
export function patentCommonnessScale(listingIndex: TextIndex): (generic: boolean) => number {
  const n = listingIndex.size;
  const own = n / (n + LISTING_PRIOR_WEIGHT);
  const genericScale = own + (1 - own) * GENERIC_PRIOR;
  return (generic) => (generic ? genericScale : 1);
}
