import type { NeedInput } from './need.ts';

export type NeedHintCode =
  | 'no_targets'
  | 'targets_not_measurable'
  | 'no_budget'
  | 'description_too_short'
  | 'no_industry_chain'
  | 'deadline_passed'
  | 'no_ipc'
  | 'title_too_vague';

export type NeedHintSeverity = 'high' | 'medium' | 'low';

export interface NeedHint {
  code: NeedHintCode;
  severity: NeedHintSeverity;
  /** Chinese first, then English: what to add or change. */
  message: string;
}

export interface NeedQuality {
  /** 0–100: 100 minus the weights of the hints raised. */
  score: number;
  hints: NeedHint[];
}

/** The fields the hints look at; a half-filled form is enough. */
export type NeedQualityInput = Pick<
  NeedInput,
  'title' | 'description' | 'targets' | 'industryChains' | 'ipc' | 'budget' | 'deadline'
>;

/**
 * Points each hint takes off a perfect 100. They add up to 100 over the hints that can occur together
 * (`no_targets` and `targets_not_measurable` exclude each other). Targets weigh most because matchers and
 * patentees judge fit by the indicators; an IPC code is nice to have because matching can infer one.
 * `targets_not_measurable` costs the full 20 when no target is measurable and half when fewer than half are.
 */
export const NEED_HINT_WEIGHTS: Readonly<Record<NeedHintCode, number>> = {
  no_targets: 30,
  targets_not_measurable: 20,
  description_too_short: 20,
  title_too_vague: 15,
  no_industry_chain: 10,
  no_budget: 10,
  deadline_passed: 10,
  no_ipc: 5,
};

/** Characters (whitespace aside) a description needs to state the problem, current practice and its gap. */
export const MIN_DESCRIPTION_CHARS = 100;

/** Fewer meaningful characters than this, once generic words are removed, makes a title vague. */
const MIN_SPECIFIC_TITLE_CHARS = 4;

const EXAMPLE_TARGET = '“循环寿命≥3000次”';

const MEASURABLE: readonly RegExp[] = [
  /\d/,
  /[≥≤<>±]/,
  /以上|以下|以内|不低于|不超过|不高于|不少于|不多于|不大于|不小于|高于|低于|大于|小于|超过|至少/,
  /[%‰]|百分之|千分之/,
  // Chinese numerals count only before a measure word: 三倍, 两年, 七成 (but not 一致, 一种).
  /[两二三四五六七八九十百千万][个类倍次年月天周项台套级层成]/,
  /纳米|微米|毫米|厘米|毫秒|微秒|纳秒|公斤|千克|兆帕|千瓦|赫兹|摄氏度|分贝|吨/,
  /(?<![A-Za-z])(?:ppm|ppb|rpm|mAh|kWh|Wh|MPa|GPa|kW|kHz|MHz|GHz|Hz|dB|μm|nm|mm|cm|kg|°C)(?![A-Za-z])/,
];

/**
 * A target is measurable when it states a number, a comparison or a unit. Full-width characters are folded
 * first, so ３０００ and ％ count.
 *
 * @example isMeasurableTarget('循环寿命≥3000次') // true
 * @example isMeasurableTarget('提升产品质量') // false
 */
export function isMeasurableTarget(target: string): boolean {
  const folded = target.normalize('NFKC');
  return MEASURABLE.some((pattern) => pattern.test(folded));
}

// Words that say nothing about the technology: "技术合作需求" is all of them.
const GENERIC_TITLE_WORDS =
  '寻求 求购 征集 需求 技术 合作 开发 研发 攻关 难题 项目 专利 解决 方案 问题 关于 相关 引进 改进 提升 优化 产品 工艺 一项 一种 公司 企业 我司 新 的'.split(
    ' ',
  );
const GENERIC_TITLE = new RegExp(`${GENERIC_TITLE_WORDS.join('|')}|[\\s\\p{P}\\p{S}]`, 'gu');

function charCount(value: string): number {
  return Array.from(value.replace(/\s+/g, '')).length;
}

function isVagueTitle(title: string): boolean {
  return charCount(title.normalize('NFKC').replace(GENERIC_TITLE, '')) < MIN_SPECIFIC_TITLE_CHARS;
}

const SEVERITY_ORDER: Record<NeedHintSeverity, number> = { high: 0, medium: 1, low: 2 };

/** Ratio of measurable targets below which the need reads as wishes rather than a specification. */
const MEASURABLE_SHARE = 0.5;

function targetHint(targets: readonly string[]): { hint: NeedHint; weight: number } | null {
  const filled = targets.map((target) => target.trim()).filter((target) => target !== '');
  if (filled.length === 0) {
    return {
      hint: {
        code: 'no_targets',
        severity: 'high',
        message: `请补充可量化的技术指标，如${EXAMPLE_TARGET} / add measurable targets, e.g. "cycle life ≥ 3000"`,
      },
      weight: NEED_HINT_WEIGHTS.no_targets,
    };
  }
  const vague = filled.filter((target) => !isMeasurableTarget(target));
  if (vague.length === 0 || (filled.length - vague.length) / filled.length >= MEASURABLE_SHARE) return null;
  const none = vague.length === filled.length;
  return {
    hint: {
      code: 'targets_not_measurable',
      severity: none ? 'high' : 'medium',
      message:
        `技术指标缺少数值（如“${vague[0]}”等 ${vague.length} 项），请写明可量化的要求，如${EXAMPLE_TARGET} / ` +
        `${vague.length} of ${filled.length} targets have no number: state measurable requirements, e.g. "cycle life ≥ 3000"`,
    },
    weight: none ? NEED_HINT_WEIGHTS.targets_not_measurable : NEED_HINT_WEIGHTS.targets_not_measurable / 2,
  };
}

/**
 * Rule-based hints on what will make a need hard to match, with a 0–100 score. No AI: every hint names the
 * field to improve. `today` is `YYYY-MM-DD` in China time.
 *
 * @example needQualityHints(input, '2026-05-01') // { score: 90, hints: [{ code: 'no_budget', ... }] }
 */
export function needQualityHints(input: NeedQualityInput, today: string): NeedQuality {
  const raised: { hint: NeedHint; weight: number }[] = [];
  const raise = (code: NeedHintCode, severity: NeedHintSeverity, message: string) =>
    raised.push({ hint: { code, severity, message }, weight: NEED_HINT_WEIGHTS[code] });

  const targets = targetHint(input.targets);
  if (targets) raised.push(targets);

  const descriptionChars = charCount(input.description);
  if (descriptionChars < MIN_DESCRIPTION_CHARS) {
    raise(
      'description_too_short',
      'medium',
      `需求描述过短（${descriptionChars} 字），请说明要解决的问题、现有做法及其不足，建议不少于 ${MIN_DESCRIPTION_CHARS} 字 / ` +
        `the description is short (${descriptionChars} characters): describe the problem, current practice and ` +
        `its shortcomings in at least ${MIN_DESCRIPTION_CHARS} characters`,
    );
  }
  if (isVagueTitle(input.title)) {
    raise(
      'title_too_vague',
      'medium',
      '需求名称过于笼统，请写明具体的技术或产品，如“汽车起重机吊重防摇摆控制技术” / ' +
        'the title is vague: name the technology or product, e.g. "anti-sway control for truck cranes"',
    );
  }
  if (!input.industryChains.some((chain) => chain.trim() !== '')) {
    raise(
      'no_industry_chain',
      'medium',
      '请选择所属产业链，便于按产业链精准推送 / choose an industry chain so the need reaches the right matchers',
    );
  }
  if (input.budget === undefined || input.budget.maxFen === 0) {
    raise(
      'no_budget',
      'medium',
      '请填写预算范围，便于专利权人判断能否合作 / add a budget range so patentees can judge whether a deal is possible',
    );
  }
  if (input.deadline !== undefined && input.deadline < today) {
    raise(
      'deadline_passed',
      'high',
      `截止日期 ${input.deadline} 已过，请更新截止日期或关闭需求 / the deadline ${input.deadline} has passed: ` +
        'move it or close the need',
    );
  }
  if (input.ipc === undefined || input.ipc.length === 0) {
    raise(
      'no_ipc',
      'low',
      '建议填写 IPC 分类号，如“H01M 10/052”，可提高匹配准确度 / add IPC codes, e.g. H01M 10/052, for more precise matching',
    );
  }

  const penalty = raised.reduce((sum, { weight }) => sum + weight, 0);
  const hints = raised
    .map(({ hint }) => hint)
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  return { score: Math.max(0, 100 - penalty), hints };
}
