/** The shell: app title, language switch, navigation, banners, home page, and words every page uses. */
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

  'banner.pending': '机构入驻申请审核中：审核通过前可以登录浏览，但不能发布、推送或签约',
  'banner.rejected': '机构入驻申请已被驳回：{reason}',
  'banner.rejected.noReason': '机构入驻申请已被驳回。',
  'banner.reapply': '重新提交申请',
  'banner.noOrg': '您的账号尚未加入任何机构，请先提交机构入驻申请。',

  'home.title': '你好，{name}',
  'home.intro': '您正在以「{org}」的{role}身份使用平台。',
  'home.orgCard': '机构概况',
  'home.duty.university': '维护专利台账，发布开放许可声明，回应许可意向。',
  'home.duty.enterprise': '维护技术需求台账与专利台账，接收精准推送，获取开放许可。',
  'home.duty.agency': '收集企业需求，匹配高校院所专利，开展精准推送与对接活动。',
  'home.duty.park': '收集园区企业需求，组织供需对接，建设公共专利池。',
  'home.duty.ip_office': '审核机构入驻申请，查看各机构绩效指标与佐证材料。',
  'home.viewOrg': '查看机构详情',

  'nav.patents': '专利台账',
  'nav.needLedger': '技术需求台账',
  'nav.needManagement': '需求管理',
  'nav.authorisations': '委托授权',
  'nav.clients': '我服务的企业',

  'pending.publishDisabled': '机构入驻申请审核中：现在可以保存草稿，审核通过后才能发布',

  'nav.declarations': '开放许可声明',
  'nav.declarationReview': '声明审核',
  'nav.catalogue': '公开目录',

  'nav.bundles': '专利包',
  'nav.bundleReview': '专利包审核',

  'nav.proposals': '推送审核',
  'nav.inbox': '推送收件箱',
  'nav.quota': '年度指标',

  'nav.licences': '许可与备案',
  'nav.deals': '交易撮合',
  'nav.events': '对接活动',
  'nav.quotaOverview': '绩效总览',

  'common.loading': '加载中…',
  'common.submitting': '提交中…',
  'common.cancel': '取消',
  'common.dismiss': '关闭',
  'common.retry': '重试',
  'common.required': '必填',
  'common.save': '保存',
  'common.edit': '编辑',
  'common.delete': '删除',
  'common.back': '返回列表',
  'common.loadMore': '加载更多',
  'common.actions': '操作',
  'common.refresh': '刷新',
  'common.yes': '是',
  'common.no': '否',
  'error.title': '出错了',
  'error.network': '网络异常，请检查连接后重试',
  'error.http': '请求失败（HTTP {status}）',
};

const en: Record<keyof typeof zhCN, string> = {
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

  'banner.pending':
    'Your organisation’s application is under review: until it is approved you can sign in and browse, but not publish, push or sign deals',
  'banner.rejected': 'Your organisation’s application was rejected: {reason}',
  'banner.rejected.noReason': 'Your organisation’s application was rejected.',
  'banner.reapply': 'Submit a new application',
  'banner.noOrg': 'Your account does not belong to an organisation yet. Please apply for one to join.',

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

  'nav.patents': 'Patent ledger',
  'nav.needLedger': 'Technology needs',
  'nav.needManagement': 'Needs',
  'nav.authorisations': 'Authorisations',
  'nav.clients': 'Client enterprises',

  'pending.publishDisabled':
    'Your organisation is awaiting approval: you can save drafts now and publish once it is approved',

  'nav.declarations': 'Open licenses',
  'nav.declarationReview': 'Declaration review',
  'nav.catalogue': 'Public catalogue',

  'nav.bundles': 'Bundles',
  'nav.bundleReview': 'Bundle review',

  'nav.proposals': 'Push review',
  'nav.inbox': 'Push inbox',
  'nav.quota': 'Yearly quotas',

  'nav.licences': 'Licences & filing',
  'nav.deals': 'Deals',
  'nav.events': 'Events',
  'nav.quotaOverview': 'Performance overview',

  'common.loading': 'Loading…',
  'common.submitting': 'Submitting…',
  'common.cancel': 'Cancel',
  'common.dismiss': 'Dismiss',
  'common.retry': 'Retry',
  'common.required': 'required',
  'common.save': 'Save',
  'common.edit': 'Edit',
  'common.delete': 'Delete',
  'common.back': 'Back to the list',
  'common.loadMore': 'Load more',
  'common.actions': 'Actions',
  'common.refresh': 'Refresh',
  'common.yes': 'Yes',
  'common.no': 'No',
  'error.title': 'Something went wrong',
  'error.network': 'Network error, please check your connection and try again',
  'error.http': 'Request failed (HTTP {status})',
};

export const shellMessages = { 'zh-CN': zhCN, en };
