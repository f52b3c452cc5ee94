/** The university's 市场需求 screen: its research fields and the live needs it could serve, by chain. */
const zhCN = {
  'nav.marketDemand': '市场需求',
  'demand.title': '市场需求',
  'demand.intro':
    '与本校专利或研究领域相符、仍在征集的企业技术需求，按产业链分组。未公开的需求只显示数量、地区、合作方式和预算区间。',
  'demand.sources':
    '依据：{patents} 件专利的分级匹配结果、{listings} 项已发布开放许可的匹配结果，以及本校声明的研究领域。',
  'demand.capped': '相符的需求较多，这里按匹配度和发布时间列出前 {limit} 条。',
  'demand.fields.title': '研究领域',
  'demand.fields.intro':
    '声明本校的研究领域：IPC分类号前缀（至少细到小类，如 H01M 或 H01M 10/00）和产业链。落在这些领域、仍在征集的需求也会列在下方。',
  'demand.fields.ipc': 'IPC前缀（用逗号或空格分隔）',
  'demand.fields.chains': '产业链',
  'demand.fields.save': '保存研究领域',
  'demand.fields.saving': '正在保存…',
  'demand.fields.saved': '研究领域已保存',
  'demand.fields.none': '尚未声明研究领域。',
  'demand.fields.current': '当前：{fields}',
  'demand.empty.title': '暂时没有与本校相符的市场需求。',
  'demand.empty.noFields': '先在上方声明研究领域（IPC前缀或产业链），落在其中的需求会列在这里。',
  'demand.empty.publish':
    '在专利台账中为专利声明开放许可并通过审核发布，匹配引擎会把与专利相符的需求带到这里；专利的分级结果也会列出它匹配的需求。',
  'demand.chain.none': '未标注产业链',
  'demand.chain.count': '{count} 条需求',
  'demand.need.deadline': '截止 {date}',
  'demand.need.noDeadline': '无截止日期',
  'demand.need.matched': '匹配本校专利：',
  'demand.need.patent': '{title}（{number}，匹配度 {score} 分）',
  'demand.need.fields': '属于本校研究领域：{fields}',
  'demand.hidden.count': '另有 {count} 条未公开的需求',
  'demand.hidden.detail': '地区：{regions}；合作方式：{deals}；预算：{bands}',
  'demand.hidden.patents': '其中 {count} 条与本校专利匹配',
  'demand.band.unspecified': '预算面议',
  'demand.band.under_10w': '10 万元以下',
  'demand.band.10w_50w': '10–50 万元',
  'demand.band.50w_100w': '50–100 万元',
  'demand.band.100w_500w': '100–500 万元',
  'demand.band.over_500w': '500 万元以上',
};

const en: Record<keyof typeof zhCN, string> = {
  'nav.marketDemand': 'Market demand',
  'demand.title': 'Market demand',
  'demand.intro':
    'Enterprises’ technology needs still open that match your patents or your research fields, by industry chain. Needs that are not public show only how many there are, their regions, deal types and budget bands.',
  'demand.sources':
    'From the matches of {patents} graded patents, of {listings} published open licences, and your declared research fields.',
  'demand.capped': 'Many needs match: the best-matched and newest {limit} are listed here.',
  'demand.fields.title': 'Research fields',
  'demand.fields.intro':
    'Declare your research fields: IPC prefixes (a subclass or deeper, e.g. H01M or H01M 10/00) and industry chains. Open needs in these fields are listed below too.',
  'demand.fields.ipc': 'IPC prefixes (separated by commas or spaces)',
  'demand.fields.chains': 'Industry chains',
  'demand.fields.save': 'Save research fields',
  'demand.fields.saving': 'Saving…',
  'demand.fields.saved': 'Research fields saved',
  'demand.fields.none': 'No research fields declared yet.',
  'demand.fields.current': 'Now: {fields}',
  'demand.empty.title': 'No market needs match your university yet.',
  'demand.empty.noFields':
    'Declare your research fields above (IPC prefixes or industry chains): the needs in them will be listed here.',
  'demand.empty.publish':
    'Declare open licences for your patents in the patent ledger and have them published: the matching engine brings the needs that fit them here, and each patent’s grade lists the needs it matched.',
  'demand.chain.none': 'No industry chain',
  'demand.chain.count': '{count} needs',
  'demand.need.deadline': 'Due {date}',
  'demand.need.noDeadline': 'No deadline',
  'demand.need.matched': 'Matches your patents:',
  'demand.need.patent': '{title} ({number}, match score {score})',
  'demand.need.fields': 'In your research fields: {fields}',
  'demand.hidden.count': '{count} more needs that are not public',
  'demand.hidden.detail': 'Regions: {regions}; deal types: {deals}; budgets: {bands}',
  'demand.hidden.patents': '{count} of them match your patents',
  'demand.band.unspecified': 'Budget negotiable',
  'demand.band.under_10w': 'Up to ¥100k',
  'demand.band.10w_50w': '¥100k–500k',
  'demand.band.50w_100w': '¥500k–1M',
  'demand.band.100w_500w': '¥1M–5M',
  'demand.band.over_500w': 'Over ¥5M',
};

export const marketMessages = { 'zh-CN': zhCN, en };
