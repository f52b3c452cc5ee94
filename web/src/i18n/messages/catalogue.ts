/** The public catalogue of open licences and a listing's page. */
const zhCN = {
  'catalogue.title': '开放许可公开目录',
  'catalogue.intro':
    '检索已公告的开放许可专利，无需登录。按公告的条件向专利权人发出书面通知并支付许可使用费，即可获得许可。',
  'catalogue.keywords': '关键词',
  'catalogue.placeholder': '技术关键词、专利号或 IPC 分类号，如 固态电解质、锂、ZL201811093527.8、H01M',
  'catalogue.chainOption': '{chain}（{count} 项）',
  'catalogue.search': '搜索',
  'catalogue.filters': '筛选条件',
  'catalogue.filter.ipc': 'IPC 分类',
  'catalogue.filter.industryChain': '产业链',
  'catalogue.filter.minPrice': '固定费用下限（万元）',
  'catalogue.filter.maxPrice': '固定费用上限（万元）',
  'catalogue.filter.region': '专利权人所在地区代码',
  'catalogue.hint.ipc': '任一层级，如 H01M 或 H01M 10/052',
  'catalogue.hint.price': '一次性费用、入门费或分期总额；免费及纯提成按 0 计',
  'catalogue.hint.region': '省 43、市 4301 或 6 位代码',
  'catalogue.invalidPrice': '请填写数字，单位万元',
  'catalogue.results': '检索结果',
  'catalogue.total': '共 {total} 项',
  'catalogue.empty': '没有找到符合条件的开放许可。可以换个关键词或减少筛选条件。',
  'catalogue.holderChip': '专利权人：{name}',
  'catalogue.removeFilter': '去掉此条件',
  'catalogue.byHolder': '只看该专利权人的开放许可',
  'catalogue.periodShort': '许可期限 {start} 至 {end}',
  'catalogue.matched': '匹配：{terms}',
  'catalogue.missing': '该开放许可不存在，或已撤回、已过许可期限。',
  'catalogue.backToSearch': '返回检索',
  'catalogue.publishedOn': '{number} · 公告于 {at}',
  'catalogue.holder': '专利权人',
  'catalogue.patentFacts': '专利信息',
  'catalogue.lapseDate': '许可有效至',
  'catalogue.howTo': '如何获得许可',
  'catalogue.howToText':
    '按公告的条件向专利权人发出书面通知，并依照公告的支付方式和标准支付许可使用费，即获得普通许可，无需专利权人另行同意（专利法第五十一条）。许可生效后三个月内应向国家知识产权局备案。',

  'listing.takeLicence': '获取开放许可',
  'listing.takeLicenceNote': '开放许可无需专利权人审批：提交书面通知并按声明支付许可使用费即生效。',
};

const en: Record<keyof typeof zhCN, string> = {
  'catalogue.title': 'Open-license public catalogue',
  'catalogue.intro':
    'Search published open licenses, no sign-in needed. Send the patentee a written notice and pay the published royalty to take a license.',
  'catalogue.keywords': 'Keywords',
  'catalogue.placeholder':
    'Keywords, a patent number or an IPC symbol, e.g. 固态电解质, 锂, ZL201811093527.8, H01M',
  'catalogue.chainOption': '{chain} ({count})',
  'catalogue.search': 'Search',
  'catalogue.filters': 'Filters',
  'catalogue.filter.ipc': 'IPC',
  'catalogue.filter.industryChain': 'Industry chain',
  'catalogue.filter.minPrice': 'Fixed fee from (10k yuan)',
  'catalogue.filter.maxPrice': 'Fixed fee up to (10k yuan)',
  'catalogue.filter.region': 'Holder’s region code',
  'catalogue.hint.ipc': 'Any level, e.g. H01M or H01M 10/052',
  'catalogue.hint.price': 'Lump sum, entry fee or instalments’ total; free and running-only count as 0',
  'catalogue.hint.region': 'Province 43, city 4301 or a 6-digit code',
  'catalogue.invalidPrice': 'Enter a number, in 10k yuan',
  'catalogue.results': 'Results',
  'catalogue.total': '{total} found',
  'catalogue.empty': 'No open licenses match. Try other keywords or fewer filters.',
  'catalogue.holderChip': 'Holder: {name}',
  'catalogue.removeFilter': 'Remove this filter',
  'catalogue.byHolder': 'Only this holder’s open licenses',
  'catalogue.periodShort': 'License period {start} to {end}',
  'catalogue.matched': 'Matched: {terms}',
  'catalogue.missing': 'This open license does not exist, was withdrawn or has ended.',
  'catalogue.backToSearch': 'Back to the search',
  'catalogue.publishedOn': '{number} · published {at}',
  'catalogue.holder': 'Patentee',
  'catalogue.patentFacts': 'The patent',
  'catalogue.lapseDate': 'License available until',
  'catalogue.howTo': 'How to take the license',
  'catalogue.howToText':
    'Send the patentee a written notice and pay the royalty as published: the ordinary license then exists, with no approval needed (Patent Law Art 51). File it with CNIPA within three months of it taking effect.',

  'listing.takeLicence': 'Take the open licence',
  'listing.takeLicenceNote':
    'An open licence needs no approval from the patentee: send the written notice and pay as declared, and it takes effect.',
};

export const catalogueMessages = { 'zh-CN': zhCN, en };
