/**
 * The one message catalogue for the web shell. Every visible string comes from here;
 * both locales must carry exactly the same keys (see messages.test.ts).
 */
const zhCN = {
  'app.title': '开放许可专利供需平台',
  'app.tagline': '专利开放许可 · 供需对接',
  'locale.label': '语言',
  'locale.zh-CN': '中文',
  'locale.en': 'English',

  'nav.aria': '主导航',
  'nav.login': '登录',
  'nav.home': '首页',
  'nav.apply': '申请入驻',
  'nav.review': '入驻审核',
  'nav.org': '我的机构',

  'auth.signOut': '退出登录',
  'auth.signIn.title': '登录',
  'auth.signIn.intro': '使用机构成员账号登录平台。',
  'auth.signIn.submit': '登录',
  'auth.register.title': '注册账号',
  'auth.register.intro': '还没有账号？注册后即可提交机构入驻申请。',
  'auth.register.submit': '注册并登录',
  'auth.email': '邮箱',
  'auth.password': '密码',
  'auth.name': '姓名',
  'auth.demoHint': '本地演示账号见 README。',
  'auth.sessionExpired': '登录已失效，请重新登录',

  'banner.pending': '机构入驻申请审核中：审核通过前可以登录浏览，但不能发布、推送或签约',
  'banner.rejected': '机构入驻申请已被驳回：{reason}',
  'banner.rejected.noReason': '机构入驻申请已被驳回。',
  'banner.reapply': '重新提交申请',
  'banner.noOrg': '您的账号尚未加入任何机构，请先提交机构入驻申请。',

  'org.type.university': '高校院所',
  'org.type.enterprise': '企业',
  'org.type.agency': '服务机构',
  'org.type.park': '园区',
  'org.type.ip_office': '知识产权局',
  'org.role.admin': '管理员',
  'org.role.member': '成员',
  'org.status.pending': '待审核',
  'org.status.approved': '已通过',
  'org.status.rejected': '已驳回',

  'org.field.name': '机构名称',
  'org.field.uscc': '统一社会信用代码',
  'org.field.usccHint': '18 位，由登记管理部门颁发',
  'org.field.type': '机构类型',
  'org.field.regionCode': '行政区划代码',
  'org.field.regionHint': '6 位数字，如 430100（长沙市）',
  'org.field.contact': '联系人',
  'org.field.contactName': '联系人姓名',
  'org.field.contactPhone': '联系电话',
  'org.field.contactEmail': '联系邮箱',
  'org.field.status': '状态',
  'org.field.role': '我的角色',
  'org.field.createdAt': '申请时间',
  'org.field.reviewedAt': '审核时间',
  'org.field.rejectionReason': '驳回理由',

  'home.title': '你好，{name}',
  'home.intro': '您正在以「{org}」的{role}身份使用平台。',
  'home.orgCard': '机构概况',
  'home.duty.university': '维护专利台账，发布开放许可声明，回应许可意向。',
  'home.duty.enterprise': '维护技术需求台账与专利台账，接收精准推送，获取开放许可。',
  'home.duty.agency': '收集企业需求，匹配高校院所专利，开展精准推送与对接活动。',
  'home.duty.park': '收集园区企业需求，组织供需对接，建设公共专利池。',
  'home.duty.ip_office': '审核机构入驻申请，查看各机构绩效指标与佐证材料。',
  'home.viewOrg': '查看机构详情',

  'apply.title': '机构入驻申请',
  'apply.intro': '提交后由知识产权局审核。审核通过前可以登录浏览，但不能发布、推送或签约。',
  'apply.reapplyIntro': '上一次申请已被驳回，请根据驳回理由修改后重新提交（机构类型不可更改）。',
  'apply.choose': '请选择',
  'apply.submit': '提交申请',
  'apply.success': '入驻申请已提交，请等待知识产权局审核',

  'review.title': '入驻审核',
  'review.intro': '审核各机构的入驻申请。通过后机构即可发布、推送和签约。',
  'review.filter': '按状态筛选',
  'review.empty': '暂无{status}的申请',
  'review.approve': '通过',
  'review.reject': '驳回',
  'review.rejectReason': '驳回理由',
  'review.rejectReasonRequired': '请填写驳回理由',
  'review.confirmReject': '确认驳回',
  'review.approvedToast': '已通过「{name}」的入驻申请',
  'review.rejectedToast': '已驳回「{name}」的入驻申请',
  'review.loadMore': '加载更多',
  'review.actions': '操作',

  'orgPage.title': '我的机构',
  'orgPage.audit': '审核记录',
  'orgPage.auditEmpty': '暂无记录',
  'audit.action.applied': '申请入驻',
  'audit.action.approved': '审核通过',
  'audit.action.rejected': '审核驳回',
  'audit.action.resubmitted': '重新提交申请',

  'common.loading': '加载中…',
  'common.submitting': '提交中…',
  'common.cancel': '取消',
  'common.dismiss': '关闭',
  'common.retry': '重试',
  'common.required': '必填',
  'error.title': '出错了',
  'error.network': '网络异常，请检查连接后重试',
  'error.http': '请求失败（HTTP {status}）',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Catalogue = Readonly<Record<MessageKey, string>>;

const en: Catalogue = {
  'app.title': 'Open Licensing Patent Marketplace',
  'app.tagline': 'Patent open licensing · supply and demand',
  'locale.label': 'Language',
  'locale.zh-CN': '中文',
  'locale.en': 'English',

  'nav.aria': 'Main navigation',
  'nav.login': 'Sign in',
  'nav.home': 'Home',
  'nav.apply': 'Apply to join',
  'nav.review': 'Applications',
  'nav.org': 'My organisation',

  'auth.signOut': 'Sign out',
  'auth.signIn.title': 'Sign in',
  'auth.signIn.intro': 'Sign in with your organisation member account.',
  'auth.signIn.submit': 'Sign in',
  'auth.register.title': 'Create an account',
  'auth.register.intro': 'No account yet? Register, then apply for your organisation to join.',
  'auth.register.submit': 'Register and sign in',
  'auth.email': 'Email',
  'auth.password': 'Password',
  'auth.name': 'Name',
  'auth.demoHint': 'Local demo accounts are listed in the README.',
  'auth.sessionExpired': 'Your session has expired, please sign in again',

  'banner.pending':
    'Your organisation’s application is under review: until it is approved you can sign in and browse, but not publish, push or sign deals',
  'banner.rejected': 'Your organisation’s application was rejected: {reason}',
  'banner.rejected.noReason': 'Your organisation’s application was rejected.',
  'banner.reapply': 'Submit a new application',
  'banner.noOrg': 'Your account does not belong to an organisation yet. Please apply for one to join.',

  'org.type.university': 'University / institute',
  'org.type.enterprise': 'Enterprise',
  'org.type.agency': 'Service agency',
  'org.type.park': 'Industrial park',
  'org.type.ip_office': 'IP office',
  'org.role.admin': 'Administrator',
  'org.role.member': 'Member',
  'org.status.pending': 'Pending',
  'org.status.approved': 'Approved',
  'org.status.rejected': 'Rejected',

  'org.field.name': 'Organisation name',
  'org.field.uscc': 'Unified social credit code',
  'org.field.usccHint': '18 characters, issued by the registration authority',
  'org.field.type': 'Organisation type',
  'org.field.regionCode': 'Region code',
  'org.field.regionHint': '6 digits, e.g. 430100 (Changsha)',
  'org.field.contact': 'Contact',
  'org.field.contactName': 'Contact name',
  'org.field.contactPhone': 'Contact phone',
  'org.field.contactEmail': 'Contact email',
  'org.field.status': 'Status',
  'org.field.role': 'My role',
  'org.field.createdAt': 'Applied',
  'org.field.reviewedAt': 'Reviewed',
  'org.field.rejectionReason': 'Reason for rejection',

  'home.title': 'Hello, {name}',
  'home.intro': 'You are using the platform as {role} of “{org}”.',
  'home.orgCard': 'Organisation',
  'home.duty.university':
    'Keep the patent ledger, publish open-license declarations and answer licensing interest.',
  'home.duty.enterprise':
    'Keep the technology-need and patent ledgers, receive precise pushes and take open licenses.',
  'home.duty.agency':
    'Collect enterprise needs, match them with university patents, send pushes and run matchmaking events.',
  'home.duty.park': 'Collect the park’s enterprise needs, organise matching and keep the public patent pool.',
  'home.duty.ip_office': 'Approve organisations and review every quota with its evidence.',
  'home.viewOrg': 'View organisation',

  'apply.title': 'Organisation application',
  'apply.intro':
    'The IP office reviews every application. Until it is approved you can sign in and browse, but not publish, push or sign deals.',
  'apply.reapplyIntro':
    'Your previous application was rejected. Please address the reason and submit it again (the organisation type cannot change).',
  'apply.choose': 'Please choose',
  'apply.submit': 'Submit application',
  'apply.success': 'Application submitted; the IP office will review it',

  'review.title': 'Applications',
  'review.intro':
    'Review organisations’ applications. Approved organisations may publish, push and sign deals.',
  'review.filter': 'Filter by status',
  'review.empty': 'No {status} applications',
  'review.approve': 'Approve',
  'review.reject': 'Reject',
  'review.rejectReason': 'Reason for rejection',
  'review.rejectReasonRequired': 'Please give a reason for the rejection',
  'review.confirmReject': 'Confirm rejection',
  'review.approvedToast': 'Approved “{name}”',
  'review.rejectedToast': 'Rejected “{name}”',
  'review.loadMore': 'Load more',
  'review.actions': 'Actions',

  'orgPage.title': 'My organisation',
  'orgPage.audit': 'History',
  'orgPage.auditEmpty': 'No history yet',
  'audit.action.applied': 'Applied to join',
  'audit.action.approved': 'Approved',
  'audit.action.rejected': 'Rejected',
  'audit.action.resubmitted': 'Application resubmitted',

  'common.loading': 'Loading…',
  'common.submitting': 'Submitting…',
  'common.cancel': 'Cancel',
  'common.dismiss': 'Dismiss',
  'common.retry': 'Retry',
  'common.required': 'required',
  'error.title': 'Something went wrong',
  'error.network': 'Network error, please check your connection and try again',
  'error.http': 'Request failed (HTTP {status})',
};

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const messages: Readonly<Record<Locale, Catalogue>> = { 'zh-CN': zhCN, en };

export type MessageParams = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; unknown placeholders are left as written so a gap is visible. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

let currentLocale: Locale = DEFAULT_LOCALE;

export function getLocale(): Locale {
  return currentLocale;
}

export function setLocale(locale: Locale): void {
  currentLocale = locale;
}

/**
 * Translates a key in the current locale.
 *
 * @example
 * t('home.title', { name: '张三' }) // '你好，张三'
 */
export function t(key: MessageKey, params?: MessageParams): string {
  return interpolate(messages[currentLocale][key], params);
}

export const LOCALE_STORAGE_KEY = 'openlicense.locale';

/** Reads the saved locale; anything missing or unknown falls back to zh-CN. */
export function loadLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    const saved = storage?.getItem(LOCALE_STORAGE_KEY);
    return isLocale(saved) ? saved : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

export function saveLocale(storage: Pick<Storage, 'setItem'> | undefined, locale: Locale): void {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Private mode or a full quota: the switch still works for this page view.
  }
}
