import {
  addRoyaltyReport,
  confirmReceipt,
  disputeReceipt,
  filersOf,
  licenceView,
  listFilings,
  listLicences,
  listNotifications,
  loadLicence,
  noticeOf,
  payRoyaltyReport,
  readersOf,
  recordFiling,
  recordPayment,
  takeLicence,
} from '@openlicense/app';
import {
  LicenceListSchema,
  LicencePageSchema,
  LicenceViewSchema,
  NoticeSchema,
  NotificationPageSchema,
  ReportResultSchema,
} from '@openlicense/contract';
import {
  AcceptanceRequestSchema,
  IsoDateSchema,
  isoDateInChina,
  PaymentSchema,
  ReceiptConfirmInputSchema,
  ReceiptDisputeInputSchema,
  RoyaltyReportInputSchema,
} from '@openlicense/domain';
import type { ApiRouter } from '@openlicense/http';
import {
  COMMON_ERRORS,
  CONFLICT,
  defineRoute,
  guard,
  IdempotencyHeaderSchema,
  IdParamSchema,
} from '@openlicense/http';
import * as z from 'zod/mini';

const tags = ['开放许可 Open licences'];

const licensorsOf = (licence: { licensors: readonly { orgId: string }[] }) =>
  licence.licensors.map((party) => party.orgId);

const PageQuery = {
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 20),
  cursor: z.optional(z.string().check(z.maxLength(2048))),
};
const ReportParamsSchema = z.extend(IdParamSchema, {
  reportId: z
    .string()
    .check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, '报告编号格式不正确 / reportId is not valid')),
});

const TAKE_ERRORS = {
  ...COMMON_ERRORS,
  409: {
    description:
      'offer_withdrawn（声明已撤回，注明日期）、licence_held（本企业已持有该成果的许可，注明首个许可）/ withdrawn offer, licence already held',
  },
  422: { description: 'acceptance_invalid：逐项列出问题及字段 / every issue with its field' },
} as const;

const takeSummary =
  '接受开放许可：发出书面通知并登记付款，付清即生效，无需专利权人同意（专利法第五十一条）/ take the open licence: ' +
  'written notice and payment; effective without the patentee’s approval (Patent Law Art 51)';

const takeListing = defineRoute({
  method: 'post',
  path: '/listings/{id}/licenses',
  tags,
  summary: takeSummary,
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: AcceptanceRequestSchema },
  responses: { 201: { description: '许可 / the licence', schema: LicenceViewSchema }, ...TAKE_ERRORS },
});
const takeBundle = defineRoute({
  method: 'post',
  path: '/bundles/{id}/licenses',
  tags,
  summary: `${takeSummary}（专利包 / bundle）`,
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: AcceptanceRequestSchema },
  responses: { 201: { description: '许可 / the licence', schema: LicenceViewSchema }, ...TAKE_ERRORS },
});
const list = defineRoute({
  method: 'get',
  path: '/licenses',
  tags,
  summary:
    '本机构作为被许可人、许可人或促成方的开放许可，最新在前 / own licences as licensee, licensor or broker, newest first',
  request: {
    query: z.object({
      as: z._default(
        z.enum(['licensee', 'licensor', 'broker'], {
          error: 'as 应为 licensee、licensor 或 broker / as must be licensee, licensor or broker',
        }),
        'licensee',
      ),
      ...PageQuery,
    }),
  },
  responses: {
    200: {
      description: '许可 / licences',
      schema: LicencePageSchema,
    },
    ...COMMON_ERRORS,
  },
});
const filings = defineRoute({
  method: 'get',
  path: '/licenses/filings',
  tags,
  summary:
    '备案期限：已逾期（overdue）或 30 天内到期（soon）的许可；知识产权局查看全部 / filing deadlines passed or within 30 days; the IP office sees all',
  request: {
    query: z.object({
      due: z._default(
        z.enum(['overdue', 'soon'], { error: 'due 应为 overdue 或 soon / due must be overdue or soon' }),
        'overdue',
      ),
    }),
  },
  responses: {
    200: { description: '许可 / licences', schema: LicenceListSchema },
    ...COMMON_ERRORS,
  },
});
const get = defineRoute({
  method: 'get',
  path: '/licenses/{id}',
  tags,
  summary: '一项开放许可（双方、促成方、知识产权局可见）/ one licence: its parties, broker and the IP office',
  request: { params: IdParamSchema },
  responses: { 200: { description: '许可 / the licence', schema: LicenceViewSchema }, ...COMMON_ERRORS },
});
const notice = defineRoute({
  method: 'get',
  path: '/licenses/{id}/notice',
  tags,
  summary: '书面通知（打印页）/ the written notice, for the print page',
  request: { params: IdParamSchema },
  responses: { 200: { description: '书面通知 / the notice', schema: NoticeSchema }, ...COMMON_ERRORS },
});
const pay = defineRoute({
  method: 'post',
  path: '/licenses/{id}/payments',
  tags,
  summary:
    '登记付款（金额、日期、凭证号）：付清应付款后许可生效；分期许可登记下一期 / record the payment; the licence takes effect, or the next instalment',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: PaymentSchema },
  responses: {
    200: { description: '许可 / the licence', schema: LicenceViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    422: { description: 'payment_invalid' },
  },
});
const file = defineRoute({
  method: 'post',
  path: '/licenses/{id}/filing',
  tags,
  summary:
    '登记备案号与备案日期（被许可人或许可人）/ record the filing number and date (licensee or licensor)',
  request: {
    params: IdParamSchema,
    headers: IdempotencyHeaderSchema,
    body: z.object({
      filingNumber: z
        .string({ error: '请填写备案号 / filingNumber is required' })
        .check(
          z.trim(),
          z.minLength(4, '请填写备案号 / filingNumber is required'),
          z.maxLength(64, '备案号不能超过 64 个字符 / filingNumber must have at most 64 characters'),
        ),
      filedOn: IsoDateSchema,
    }),
  },
  responses: {
    200: { description: '许可 / the licence', schema: LicenceViewSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    422: { description: 'filing_invalid' },
  },
});
const report = defineRoute({
  method: 'post',
  path: '/licenses/{id}/royalty-reports',
  tags,
  summary:
    '提成报告：报告期的销售额/利润/件数 → 应付提成 / royalty report: the period’s volume → the royalty due',
  request: { params: IdParamSchema, headers: IdempotencyHeaderSchema, body: RoyaltyReportInputSchema },
  responses: {
    201: { description: '报告与许可 / the report and the licence', schema: ReportResultSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    422: { description: 'report_invalid' },
  },
});
const payReport = defineRoute({
  method: 'post',
  path: '/licenses/{id}/royalty-reports/{reportId}/payment',
  tags,
  summary: '登记提成付款（金额即应付提成）/ record the report’s payment (the amount due)',
  request: {
    params: ReportParamsSchema,
    headers: IdempotencyHeaderSchema,
    body: z.object({
      paidOn: IsoDateSchema,
      proofReference: PaymentSchema.shape.proofReference,
    }),
  },
  responses: {
    200: { description: '报告与许可 / the report and the licence', schema: ReportResultSchema },
    ...COMMON_ERRORS,
    ...CONFLICT,
    422: { description: 'payment_invalid' },
  },
});
const ReceiptParamsSchema = z.extend(IdParamSchema, { receiptId: IdParamSchema.shape.id });
const confirmReceiptRoute = defineRoute({
  method: 'post',
  path: '/licenses/{id}/receipts/{receiptId}/confirm',
  tags,
  summary:
    '许可方确认收到被许可人登记的付款：确认后计入本单位成果转化（次数与金额），仅一次 / the licensor confirms it received ' +
    'the payment the licensee recorded: it then counts toward the licensor’s conversions, once',
  request: { params: ReceiptParamsSchema, headers: IdempotencyHeaderSchema, body: ReceiptConfirmInputSchema },
  responses: {
    200: { description: '许可 / the licence', schema: LicenceViewSchema },
    ...COMMON_ERRORS,
    409: { description: 'stale_version（已被他人更新）' },
  },
});
const disputeReceiptRoute = defineRoute({
  method: 'post',
  path: '/licenses/{id}/receipts/{receiptId}/dispute',
  tags,
  summary:
    '许可方对登记的付款提出异议并说明理由：不计入考核，异议记入双方佐证；许可的法律效力不变 / the licensor disputes the ' +
    'recorded payment with a reason: nothing counts, the dispute is evidence on both trails; the licence stays in effect',
  request: { params: ReceiptParamsSchema, headers: IdempotencyHeaderSchema, body: ReceiptDisputeInputSchema },
  responses: {
    200: { description: '许可 / the licence', schema: LicenceViewSchema },
    ...COMMON_ERRORS,
    409: { description: 'stale_version、already_confirmed（已确认并计入，不能再提出异议）' },
    422: { description: 'reason（需说明理由）' },
  },
});
const notifications = defineRoute({
  method: 'get',
  path: '/notifications',
  tags: ['站内通知 Notifications'],
  summary: '本机构的站内通知（备案提醒等），最新在前 / the organisation’s notifications, newest first',
  request: { query: z.object(PageQuery) },
  responses: {
    200: {
      description: '通知 / notifications',
      schema: NotificationPageSchema,
    },
    ...COMMON_ERRORS,
  },
});

export const licenceRoutes = (router: ApiRouter) =>
  router
    .route(takeListing, async (c, { params: { id }, body }) => {
      const principal = guard(c, 'licence.take');
      const licence = await takeLicence(c.get('deps'), principal, { kind: 'listing', id }, body);
      return c.json(licenceView(licence, isoDateInChina(c.get('deps').now())), 201);
    })
    .route(takeBundle, async (c, { params: { id }, body }) => {
      const principal = guard(c, 'licence.take');
      const licence = await takeLicence(c.get('deps'), principal, { kind: 'bundle', id }, body);
      return c.json(licenceView(licence, isoDateInChina(c.get('deps').now())), 201);
    })
    .route(list, async (c, { query: { as, ...page } }) => {
      const principal = guard(c, 'licence.list');
      return c.json(await listLicences(c.get('deps'), principal, as, page));
    })
    .route(filings, async (c, { query: { due } }) => {
      const principal = guard(c, 'licence.list');
      return c.json(await listFilings(c.get('deps'), principal, due));
    })
    .route(get, async (c, { params: { id } }) => {
      const licence = await loadLicence(c.get('deps'), id);
      guard(c, 'licence.read', { licenceParties: readersOf(licence) });
      return c.json(licenceView(licence, isoDateInChina(c.get('deps').now())));
    })
    .route(notice, async (c, { params: { id } }) => {
      const licence = await loadLicence(c.get('deps'), id);
      guard(c, 'licence.read', { licenceParties: readersOf(licence) });
      return c.json(noticeOf(licence));
    })
    .route(pay, async (c, { params: { id }, body }) => {
      const licence = await loadLicence(c.get('deps'), id);
      guard(c, 'licence.read', { licenceParties: readersOf(licence) });
      const principal = guard(c, 'licence.pay', { ownerOrgId: licence.licensee.orgId });
      return c.json(await recordPayment(c.get('deps'), principal, licence, body));
    })
    .route(file, async (c, { params: { id }, body }) => {
      const licence = await loadLicence(c.get('deps'), id);
      guard(c, 'licence.read', { licenceParties: readersOf(licence) });
      guard(c, 'licence.file', { licenceParties: filersOf(licence) });
      return c.json(await recordFiling(c.get('deps'), licence, body));
    })
    .route(report, async (c, { params: { id }, body }) => {
      const licence = await loadLicence(c.get('deps'), id);
      guard(c, 'licence.read', { licenceParties: readersOf(licence) });
      guard(c, 'licence.pay', { ownerOrgId: licence.licensee.orgId });
      return c.json(await addRoyaltyReport(c.get('deps'), licence, body), 201);
    })
    .route(payReport, async (c, { params: { id, reportId }, body }) => {
      const licence = await loadLicence(c.get('deps'), id);
      guard(c, 'licence.read', { licenceParties: readersOf(licence) });
      const principal = guard(c, 'licence.pay', { ownerOrgId: licence.licensee.orgId });
      return c.json(await payRoyaltyReport(c.get('deps'), principal, licence, reportId, body));
    })
    .route(confirmReceiptRoute, async (c, { params: { id, receiptId }, body }) => {
      const licence = await loadLicence(c.get('deps'), id);
      guard(c, 'licence.read', { licenceParties: readersOf(licence) });
      const principal = guard(c, 'licence.confirm', { licenceParties: licensorsOf(licence) });
      return c.json(await confirmReceipt(c.get('deps'), principal, licence, receiptId, body));
    })
    .route(disputeReceiptRoute, async (c, { params: { id, receiptId }, body }) => {
      const licence = await loadLicence(c.get('deps'), id);
      guard(c, 'licence.read', { licenceParties: readersOf(licence) });
      const principal = guard(c, 'licence.confirm', { licenceParties: licensorsOf(licence) });
      return c.json(await disputeReceipt(c.get('deps'), principal, licence, receiptId, body));
    })
    .route(notifications, async (c, { query }) => {
      const principal = guard(c, 'notification.read');
      return c.json(await listNotifications(c.get('deps'), principal, query));
    });
