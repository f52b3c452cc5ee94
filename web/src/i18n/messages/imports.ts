/** Spreadsheet import and export: the import panel and the downloaded file names. */
const zhCN = {
  'import.title': '导入与导出',
  'import.template': '下载导入模板',
  'import.export': '导出 Excel',
  'import.file': '选择要导入的 Excel 或 CSV 文件',
  'import.submit': '开始导入',
  'import.importing': '导入中…',
  'import.chooseFile': '请先选择要导入的文件',
  'import.created': '新增',
  'import.updated': '更新',
  'import.unchanged': '未变化',
  'import.failed': '有问题的行',
  'import.done': '导入完成：新增 {created} 条，更新 {updated} 条，未变化 {unchanged} 条',
  'import.errors.title': '以下 {count} 行未导入，请修改后重新导入（其余行已保存）：',
  'import.errors.row': '行',
  'import.errors.column': '列',
  'import.errors.message': '问题',
  'import.errors.capped': '显示前 {shown} 条，共 {count} 条问题',
  'import.errors.download': '下载全部问题（Excel）',
  'import.errors.file': '导入问题清单.xlsx',
  'import.patents.hint': '按模板填写，每行一件专利；同一文件重复导入不会产生重复记录。',
  'import.needs.hint': '按模板填写，每行一项技术需求；填写“导入编号”后重复导入只会更新，不会重复登记。',
  'import.needs.agentHint': '代企业导入时，每行须填写企业名称或统一社会信用代码，且该企业已向本机构授权。',
  'file.patents.template': '专利台账导入模板.xlsx',
  'file.patents.export': '专利台账.xlsx',
  'file.needs.template': '技术需求台账导入模板.xlsx',
  'file.needs.export': '技术需求台账.xlsx',
};

const en: Record<keyof typeof zhCN, string> = {
  'import.title': 'Import and export',
  'import.template': 'Download the template',
  'import.export': 'Export to Excel',
  'import.file': 'Choose an Excel or CSV file to import',
  'import.submit': 'Import',
  'import.importing': 'Importing…',
  'import.chooseFile': 'Choose a file to import first',
  'import.created': 'Created',
  'import.updated': 'Updated',
  'import.unchanged': 'Unchanged',
  'import.failed': 'Rows with problems',
  'import.done': 'Imported: {created} created, {updated} updated, {unchanged} unchanged',
  'import.errors.title':
    'These {count} rows were not imported; correct them and import again (the other rows were saved):',
  'import.errors.row': 'Row',
  'import.errors.column': 'Column',
  'import.errors.message': 'Problem',
  'import.errors.capped': 'Showing the first {shown} of {count} problems',
  'import.errors.download': 'Download every problem (Excel)',
  'import.errors.file': 'import-problems.xlsx',
  'import.patents.hint':
    'Fill in the template, one patent a row; importing the same file again creates no duplicates.',
  'import.needs.hint':
    'Fill in the template, one need a row; with an import reference, importing again updates instead of duplicating.',
  'import.needs.agentHint':
    'Importing for enterprises: every row names the enterprise (name or credit code), which must have authorised you.',
  'file.patents.template': 'patent-ledger-template.xlsx',
  'file.patents.export': 'patent-ledger.xlsx',
  'file.needs.template': 'need-ledger-template.xlsx',
  'file.needs.export': 'need-ledger.xlsx',
};

export const importsMessages = { 'zh-CN': zhCN, en };
