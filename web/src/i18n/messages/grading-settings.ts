/** The IP office's grading settings (分级设置): priority industry chains and the IPC → chain table. */
const zhCN = {
  'nav.gradingSettings': '分级设置',
  'gradingSettings.title': '专利分级设置',
  'gradingSettings.intro':
    '本局辖区内各机构专利台账的转化潜力分级（分级分类）按这里的设置计算：服务重点产业链的专利等级更高；IPC 分类号按对照表确定专利服务的产业链。',
  'gradingSettings.effective':
    '保存后，在下次夜间分级时对全部专利生效（台账中单件专利变更时也按新设置重新分级）。',
  'gradingSettings.defaults':
    '本局尚未保存设置，当前使用平台默认：无重点产业链，使用平台的 IPC→产业链对照表。',
  'gradingSettings.savedAt': '第 {version} 版，保存于 {at}',
  'gradingSettings.priorityTitle': '重点产业链',
  'gradingSettings.priorityHint': '本辖区的重点产业链，如“先进储能材料”“工程机械”；每条一个。',
  'gradingSettings.priorityEmpty': '尚未设置重点产业链。',
  'gradingSettings.addChain': '添加重点产业链',
  'gradingSettings.chainLabel': '第 {n} 条重点产业链',
  'gradingSettings.tableTitle': 'IPC→产业链对照表',
  'gradingSettings.tableHint':
    'IPC 前缀可以是部、大类、小类、大组或小组（如 H、H01、H01M、H01M 10/00）；更深的前缀优先。多个产业链用“；”分隔。',
  'gradingSettings.prefix': 'IPC 前缀',
  'gradingSettings.chains': '产业链',
  'gradingSettings.addRow': '添加一行',
  'gradingSettings.resetTable': '恢复平台默认对照表',
  'gradingSettings.rowCount': '共 {count} 行',
  'gradingSettings.save': '保存设置',
  'gradingSettings.saved': '已保存。将在下次夜间分级时生效。',
  'gradingSettings.stale': '设置已被他人修改，请重新载入后再改。',
  'gradingSettings.reload': '重新载入',
};

const en: Record<keyof typeof zhCN, string> = {
  'nav.gradingSettings': 'Grading settings',
  'gradingSettings.title': 'Patent grading settings',
  'gradingSettings.intro':
    'The transfer-potential grades of the patent ledgers in this office’s jurisdiction are computed with these settings: a patent serving a priority chain grades higher; the table maps IPC codes to the chains a patent serves.',
  'gradingSettings.effective':
    'Once saved, they take effect for every patent at the next nightly grading (a single patent changed in a ledger is regraded with them too).',
  'gradingSettings.defaults':
    'This office has not saved its settings: the platform’s defaults apply (no priority chains, the platform’s IPC → chain table).',
  'gradingSettings.savedAt': 'Version {version}, saved {at}',
  'gradingSettings.priorityTitle': 'Priority industry chains',
  'gradingSettings.priorityHint':
    'The jurisdiction’s priority chains, such as 先进储能材料 or 工程机械; one each.',
  'gradingSettings.priorityEmpty': 'No priority chains yet.',
  'gradingSettings.addChain': 'Add a priority chain',
  'gradingSettings.chainLabel': 'Priority chain {n}',
  'gradingSettings.tableTitle': 'IPC → industry chain table',
  'gradingSettings.tableHint':
    'A prefix may be a section, class, subclass, main group or subgroup (H, H01, H01M, H01M 10/00); the deepest wins. Separate chains with “；”.',
  'gradingSettings.prefix': 'IPC prefix',
  'gradingSettings.chains': 'Industry chains',
  'gradingSettings.addRow': 'Add a row',
  'gradingSettings.resetTable': 'Restore the platform’s table',
  'gradingSettings.rowCount': '{count} rows',
  'gradingSettings.save': 'Save settings',
  'gradingSettings.saved': 'Saved. They take effect at the next nightly grading.',
  'gradingSettings.stale': 'Someone else changed the settings; reload them before changing them again.',
  'gradingSettings.reload': 'Reload',
};

export const gradingSettingsMessages = { 'zh-CN': zhCN, en };
