import type { Declaration, DeclarationStatus } from './declaration.ts';

const SUMMARIES: Record<DeclarationStatus, (subject: string, actor: string, reason: string) => string> = {
  draft: (subject, actor) => `${actor} 将被驳回的${subject}退回修改`,
  submitted: (subject, actor) => `${actor} 提交${subject}，待知识产权局审核`,
  published: (subject, actor) => `${actor} 审核通过并公告${subject}`,
  rejected: (subject, actor, reason) => `${actor} 驳回${subject}，理由：${reason}`,
  withdrawn: (subject, actor, reason) =>
    `${actor} 撤回${subject}，理由：${reason}；此前已生效的开放许可继续有效`,
  office_withdrawn: (subject, actor, reason) => `${actor} 撤销${subject}，理由：${reason}`,
  expired: (subject) => `${subject}许可期限届满或专利权终止，已自动失效`,
};

/**
 * The evidence-trail line for the status `declaration` has just entered: who did what to which patent's
 * declaration and why, readable on its own in an exported report.
 *
 * @example statusChangeSummary(rejected, '李审查员') // '李审查员 驳回开放许可声明（ZL201710601862.3，编号 …），理由：…'
 */
export function statusChangeSummary(declaration: Declaration, actorName: string): string {
  const subject = `开放许可声明（ZL${declaration.patentNumber}，编号 ${declaration.id}）`;
  return SUMMARIES[declaration.status](subject, actorName, declaration.statusReason ?? '');
}

/** The audit action recorded for entering `status`, e.g. `declaration.published`. */
export const statusChangeAction = (status: DeclarationStatus) =>
  `declaration.${status === 'draft' ? 'revised' : status}`;
