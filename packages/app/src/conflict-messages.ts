import { FEEDBACK_LABELS, lapsedAuthorisationMessage } from '@openlicense/domain';
import type {
  StaleSubject,
  StoreConflictCode,
  StoreConflictDataMap,
  StoreConflictError,
} from '@openlicense/store';
import { ApiError } from './api-error.ts';

const RELOAD = '请刷新后重试';

/** `stale_version`, by the record that changed. */
const STALE: Readonly<Record<StaleSubject, string>> = {
  authorisation: `该授权已被他人修改，${RELOAD} / changed by someone else, reload and retry`,
  bundle: `该专利包已被他人修改，${RELOAD} / the bundle changed meanwhile, reload and retry`,
  deal: `该交易已被他人更新，${RELOAD} / the deal changed meanwhile, reload and retry`,
  declaration: `该声明已被他人修改，${RELOAD} / the declaration changed meanwhile, reload and retry`,
  event: `该活动已被他人更新，${RELOAD} / the event changed meanwhile, reload and retry`,
  licence: `该许可已被他人更新，${RELOAD} / the licence changed meanwhile, reload and retry`,
  need: `该需求已被他人修改，${RELOAD} / changed by someone else, reload and retry`,
  organisation: `该记录已被他人修改，${RELOAD} / changed by someone else, reload and retry`,
  patent: `该专利已被他人修改，${RELOAD} / changed by someone else, reload and retry`,
  patent_dispute: `该权属异议已被他人处理，${RELOAD} / the dispute changed meanwhile, reload and retry`,
  push: '推送正在变更，请重试 / the push is changing, retry',
  push_preferences: `推送设置已被他人修改，${RELOAD} / changed by someone else, reload and retry`,
  push_preferences_busy: '推送设置正在变更，请重试 / preferences changed, retry',
  unsubscribe: '请稍后重试 / please retry',
  quota_targets: `年度指标已被他人修改，${RELOAD} / the targets were changed by someone else, reload and retry`,
  grading_settings: `分级设置已被他人修改，${RELOAD} / the grading settings were changed by someone else, reload and retry`,
  research_fields: `研究领域已被他人修改，${RELOAD} / the research fields were changed by someone else, reload and retry`,
};

const OFFER_STATUS_ZH: Readonly<Record<string, string>> = {
  withdrawn: '撤回',
  office_withdrawn: '被知识产权局撤销',
  expired: '失效',
  suspended: '暂停提供',
  missing: '不存在',
};

type Phrasings = { readonly [C in StoreConflictCode]: (data: StoreConflictDataMap[C]) => string };

/**
 * How each store conflict reads to a user, Chinese first then English (the web shows the half of its
 * language). The store reports a code and its facts; this is the one place they become sentences.
 */
export const CONFLICT_PHRASINGS: Phrasings = {
  stale_version: ({ subject }) => STALE[subject],
  agent_not_approved: () => '受托机构尚未通过审核 / the agency or park is not approved',
  authorisation_exists: () => '该授权已存在 / this authorisation already exists',
  authorisation_revoked: (data) =>
    data.subject === 'need'
      ? '企业已撤销授权，操作未保存 / the enterprise revoked the authorisation meanwhile; nothing was saved'
      : data.authorisation
        ? lapsedAuthorisationMessage(data.authorisation)
        : '未找到该企业的委托授权，不能向其推送 / no authorisation from this enterprise: nothing is pushed to it',
  bundle_exists: () => '该专利包已存在 / the bundle already exists',
  deal_exists: () => '该交易已存在 / the deal already exists',
  lead_converted: () => '该线索已转为交易 / this lead has already become a deal',
  email_taken: () => '该邮箱已注册 / this email is already registered',
  already_member: ({ who }) =>
    who === 'user'
      ? '该用户已属于一个机构 / the user already belongs to an organisation'
      : '您已属于一个机构 / you already belong to an organisation',
  uscc_taken: () => '该统一社会信用代码已有机构申请或入驻 / this USCC is already registered',
  patent_changed: ({ subject }) =>
    subject === 'dispute'
      ? `该专利的台账记录已变化（持有方或版本），${RELOAD} / the patent changed meanwhile (holder or version), reload and retry`
      : '专利台账记录已被更新（例如登记了独占或排他许可），请重新检查后再试 / the patent changed meanwhile (e.g. an exclusive or sole licence was signed): check it again',
  dispute_open: () =>
    '贵单位对该专利已有待裁决的权属异议 / your organisation already has an open dispute on this patent',
  declaration_active: ({ subject }) =>
    subject === 'dispute'
      ? '持有方的开放许可声明待审核或已公告，不能裁决归属申请方：请先撤回或撤销该声明 / the holder’s open-licence declaration is active: withdraw it first'
      : '该专利已有待审核或已公告的开放许可声明，同一专利同时只能有一份 / this patent already has a submitted or published declaration',
  declaration_exists: () => '该声明已存在 / the declaration already exists',
  event_exists: () => '该活动已存在 / the event already exists',
  event_closed: () => '活动已结束或已取消，不能报名 / the event is closed',
  not_invited: () => '该企业未受邀参加此活动 / the enterprise is not invited',
  client_ref_taken: () => '该导入编号已被另一条需求使用 / clientRef is used by another need',
  need_exists: ({ needId }) => `需求 ${needId} 已存在 / need ${needId} already exists`,
  total_limit_reached: ({ limitFen }) => {
    const limit = limitFen.toLocaleString('en');
    return `累计金额将超过系统可精确记录的上限（${limit} 分），本次登记未保存 / the yearly total would pass the largest exact total (${limit} fen): nothing was recorded`;
  },
  offer_withdrawn: ({ offerKind, offerId, status, since, reason, patentNumber }) => {
    const what = offerKind === 'bundle' ? '专利包' : '开放许可声明';
    const whatEn = offerKind === 'bundle' ? 'bundle' : 'open licence declaration';
    const patent = patentNumber === undefined ? '' : `（ZL${patentNumber}）`;
    const why = reason === undefined ? '' : `，理由：${reason}`;
    const verb = OFFER_STATUS_ZH[status] ?? `变为「${status}」`;
    return (
      `该${what}${patent}${since ? `已于 ${since} ` : '已'}${verb}${why}，不能再据此取得开放许可（已取得的许可继续有效）/ ` +
      `the ${whatEn} ${offerId} is ${status}${since ? ` since ${since}` : ''}: no new open licence can be taken ` +
      '(licences already granted stay valid)'
    );
  },
  licence_held: ({ licenceId, offerTitle, noticeDate }) =>
    `本企业已于 ${noticeDate} 就「${offerTitle}」取得开放许可（许可编号 ${licenceId}），同一成果不能重复接受 / ` +
    `your organisation already holds open licence ${licenceId} of this offer (noticed ${noticeDate})`,
  PUSH_NOT_FOUND: () => '未找到该推送 / push not found',
  PUSH_NOT_DELIVERED: () => '该推送尚未送达 / the push is not delivered',
  PUSH_ALREADY_ANSWERED: ({ feedback }) =>
    `该推送已反馈（${FEEDBACK_LABELS[feedback]}） / this push was answered already`,
  PUSH_UNSUBSCRIBED: () => '该企业已退订精准推送 / the enterprise has unsubscribed from pushes',
  PUSH_DUPLICATE: ({ pushedAt = '近期', until = '' }) =>
    `该成果已于 ${pushedAt} 推送给该企业，${until} 前不再重复推送 / this listing was pushed to this enterprise on ` +
    `${pushedAt}; it is not pushed again before ${until}`,
  PUSH_FREQUENCY_CAP: ({ cap, week, nextMonday }) =>
    `该企业每周最多接收 ${cap} 条推送，本周（${week}）已满，请于 ${nextMonday}（下周一）起再推送 / the enterprise ` +
    `accepts at most ${cap} pushes a week and this week's (${week}) are used up; push again from ${nextMonday}`,
  PROPOSAL_PUSHED: () => '该推荐已推送 / this proposal was pushed already',
  PROPOSAL_REJECTED: () => '该推荐已驳回 / this proposal was rejected already',
  PROPOSAL_NOT_FOUND: () => '未找到该推荐 / proposal not found',
};

/** The sentence a user reads for a store conflict. */
export function conflictMessage(error: StoreConflictError): string {
  const phrase = CONFLICT_PHRASINGS[error.code] as (data: StoreConflictDataMap[StoreConflictCode]) => string;
  return phrase(error.data);
}

/** A store conflict as the 409 refusal the API answers with: its code, and its sentence for the user. */
export function conflictApiError(error: StoreConflictError): ApiError {
  return new ApiError(409, error.code, conflictMessage(error));
}
