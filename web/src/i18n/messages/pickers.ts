/** Pickers (searchable selects): what a person reads while choosing by name instead of typing an id. */
const zhCN = {
  'picker.placeholder': '输入名称或关键词查找',
  'picker.loading': '正在查找…',
  'picker.none': '没有找到匹配项',
  'picker.results': '找到 {count} 项，用上下方向键选择，回车确认',
  'picker.remove': '移除“{name}”',
  'picker.client': '我服务的企业',
  'picker.chosen': '已选择：',
  'picker.kind.listing': '开放许可',
  'picker.kind.bundle': '专利包',
  'picker.heldBy': '持有：{names}',
  'picker.patents': '{count} 件专利',
  'picker.separator': '、',
};

const en: Record<keyof typeof zhCN, string> = {
  'picker.placeholder': 'Type to search by name',
  'picker.loading': 'Searching…',
  'picker.none': 'No match',
  'picker.results': '{count} found; use the arrow keys and Enter to choose',
  'picker.remove': 'Remove “{name}”',
  'picker.client': 'Your client',
  'picker.chosen': 'Chosen:',
  'picker.kind.listing': 'Open licence',
  'picker.kind.bundle': 'Bundle',
  'picker.heldBy': 'Held by {names}',
  'picker.patents': '{count} patents',
  'picker.separator': ', ',
};

export const pickersMessages = { 'zh-CN': zhCN, en };
