import { PatentInputSchema, toPatent } from '@openlicense/domain';
import { MAIN_TABLE } from '@openlicense/store';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { authorisationInput } from '../support/authorisation-input.ts';
import { bundleInput } from '../support/bundle-input.ts';
import { declarationInput, todayInChina } from '../support/declaration-input.ts';
import { licenceOf } from '../support/licence-input.ts';
import { needInput } from '../support/need-input.ts';
import { proposalOf, publishedListingIn } from '../support/push-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

/**
 * Property: whatever arrives — random JSON, broken JSON, odd queries, odd ids, odd headers — the
 * API never answers 5xx, and every refusal is `{ error: { code, message } }`.
 */
const ROUTES: Array<{ method: string; path: string }> = [
  { method: 'GET', path: '/api/health' },
  { method: 'GET', path: '/api/docs/init.js' },
  { method: 'GET', path: '/api/me' },
  { method: 'GET', path: '/api/me/waiting' },
  { method: 'POST', path: '/api/auth/local/token' },
  { method: 'POST', path: '/api/auth/local/register' },
  { method: 'POST', path: '/api/orgs' },
  { method: 'GET', path: '/api/orgs' },
  { method: 'GET', path: '/api/orgs/{id}' },
  { method: 'POST', path: '/api/orgs/{id}/approve' },
  { method: 'POST', path: '/api/orgs/{id}/reject' },
  { method: 'PUT', path: '/api/orgs/{id}/application' },
  { method: 'GET', path: '/api/orgs/{id}/members' },
  { method: 'GET', path: '/api/orgs/{id}/audit' },
  { method: 'GET', path: '/api/stats/orgs' },
  { method: 'GET', path: '/api/patents' },
  { method: 'POST', path: '/api/patents' },
  { method: 'GET', path: '/api/patents/{id}' },
  { method: 'GET', path: '/api/patents/{id}/grade' },
  { method: 'PUT', path: '/api/patents/{id}' },
  { method: 'DELETE', path: '/api/patents/{id}' },
  { method: 'GET', path: '/api/patents/template.xlsx' },
  { method: 'POST', path: '/api/patents/import' },
  { method: 'GET', path: '/api/patents/export.xlsx' },
  { method: 'GET', path: '/api/patent-disputes' },
  { method: 'POST', path: '/api/patent-disputes' },
  { method: 'GET', path: '/api/patent-disputes/{id}' },
  { method: 'POST', path: '/api/patent-disputes/{id}/resolve' },
  { method: 'GET', path: '/api/needs/template.xlsx' },
  { method: 'POST', path: '/api/needs/import' },
  { method: 'GET', path: '/api/imports/{id}' },
  { method: 'GET', path: '/api/needs/export.xlsx' },
  { method: 'GET', path: '/api/pushes/evidence.xlsx' },
  { method: 'GET', path: '/api/needs' },
  { method: 'POST', path: '/api/needs' },
  { method: 'POST', path: '/api/needs/quality' },
  { method: 'GET', path: '/api/needs/{id}' },
  { method: 'PUT', path: '/api/needs/{id}' },
  { method: 'POST', path: '/api/needs/{id}/transitions' },
  { method: 'GET', path: '/api/authorisations' },
  { method: 'POST', path: '/api/authorisations' },
  { method: 'POST', path: '/api/authorisations/{id}/revoke' },
  { method: 'GET', path: '/api/agents' },
  { method: 'GET', path: '/api/directory/orgs' },
  { method: 'GET', path: '/api/directory/patents' },
  { method: 'GET', path: '/api/directory/offers' },
  { method: 'GET', path: '/api/declarations' },
  { method: 'POST', path: '/api/declarations' },
  { method: 'POST', path: '/api/declarations/drafts' },
  { method: 'POST', path: '/api/declarations/check' },
  { method: 'GET', path: '/api/declarations/review-queue' },
  { method: 'GET', path: '/api/declarations/{id}' },
  { method: 'PUT', path: '/api/declarations/{id}' },
  { method: 'POST', path: '/api/declarations/{id}/transitions' },
  { method: 'GET', path: '/api/declarations/{id}/royalty' },
  { method: 'GET', path: '/api/bundles' },
  { method: 'POST', path: '/api/bundles' },
  { method: 'GET', path: '/api/bundles/review-queue' },
  { method: 'GET', path: '/api/bundles/{id}' },
  { method: 'PUT', path: '/api/bundles/{id}' },
  { method: 'POST', path: '/api/bundles/{id}/consents' },
  { method: 'POST', path: '/api/bundles/{id}/transitions' },
  { method: 'GET', path: '/api/bundles/{id}/royalty' },
  { method: 'GET', path: '/api/listings' },
  { method: 'GET', path: '/api/listings/industry-chains' },
  { method: 'GET', path: '/api/listings/{id}' },
  { method: 'GET', path: '/api/listings/{id}/royalty' },
  { method: 'GET', path: '/api/needs/{id}/matches' },
  { method: 'GET', path: '/api/listings/{id}/matches' },
  { method: 'GET', path: '/api/proposals' },
  { method: 'POST', path: '/api/proposals/{id}/approve' },
  { method: 'POST', path: '/api/proposals/{id}/reject' },
  { method: 'GET', path: '/api/push-settings' },
  { method: 'PUT', path: '/api/push-settings' },
  { method: 'GET', path: '/api/market/demand' },
  { method: 'GET', path: '/api/market/fields' },
  { method: 'PUT', path: '/api/market/fields' },
  { method: 'GET', path: '/api/inbox' },
  { method: 'POST', path: '/api/inbox/{id}/read' },
  { method: 'POST', path: '/api/inbox/{id}/feedback' },
  { method: 'GET', path: '/api/push-preferences' },
  { method: 'PUT', path: '/api/push-preferences' },
  { method: 'GET', path: '/api/push-preferences/unsubscribe' },
  { method: 'POST', path: '/api/deals' },
  { method: 'GET', path: '/api/deals' },
  { method: 'GET', path: '/api/deals/{id}' },
  { method: 'POST', path: '/api/deals/{id}/stage' },
  { method: 'POST', path: '/api/deals/{id}/confirm' },
  { method: 'POST', path: '/api/deals/{id}/dispute' },
  { method: 'GET', path: '/api/confirmations' },
  { method: 'POST', path: '/api/events' },
  { method: 'GET', path: '/api/events' },
  { method: 'GET', path: '/api/events/{id}' },
  { method: 'PUT', path: '/api/events/{id}' },
  { method: 'POST', path: '/api/events/{id}/invitations' },
  { method: 'POST', path: '/api/events/{id}/registrations' },
  { method: 'POST', path: '/api/events/{id}/attendance' },
  { method: 'POST', path: '/api/events/{id}/minutes' },
  { method: 'POST', path: '/api/events/{id}/cancel' },
  { method: 'GET', path: '/api/conversion-needs' },
  { method: 'POST', path: '/api/conversion-needs' },
  { method: 'GET', path: '/api/conversion-needs/{id}' },
  { method: 'POST', path: '/api/conversion-needs/{id}/withdraw' },
  { method: 'POST', path: '/api/conversion-needs/{id}/answers' },
  { method: 'POST', path: '/api/listings/{id}/licenses' },
  { method: 'POST', path: '/api/bundles/{id}/licenses' },
  { method: 'GET', path: '/api/licenses' },
  { method: 'GET', path: '/api/licenses/filings' },
  { method: 'GET', path: '/api/licenses/{id}' },
  { method: 'GET', path: '/api/licenses/{id}/notice' },
  { method: 'POST', path: '/api/licenses/{id}/payments' },
  { method: 'POST', path: '/api/licenses/{id}/filing' },
  { method: 'POST', path: '/api/licenses/{id}/royalty-reports' },
  { method: 'POST', path: '/api/licenses/{id}/royalty-reports/01ARZ3NDEKTSV4RRFFQ69G5FAV/payment' },
  { method: 'POST', path: '/api/licenses/{id}/receipts/01ARZ3NDEKTSV4RRFFQ69G5FAV/confirm' },
  { method: 'POST', path: '/api/licenses/{id}/receipts/01ARZ3NDEKTSV4RRFFQ69G5FAV/dispute' },
  { method: 'GET', path: '/api/notifications' },
  { method: 'GET', path: '/api/pushes' },
  { method: 'GET', path: '/api/pushes/summary' },
  { method: 'GET', path: '/api/quotas' },
  { method: 'GET', path: '/api/quotas/overview' },
  { method: 'GET', path: '/api/quota-targets' },
  { method: 'PUT', path: '/api/quota-targets' },
  { method: 'GET', path: '/api/grading-settings' },
  { method: 'PUT', path: '/api/grading-settings' },
  { method: 'GET', path: '/api/evidence' },
  { method: 'GET', path: '/api/evidence/verify' },
  { method: 'GET', path: '/api/reports/evaluation.xlsx' },
];

/**
 * Generated requests per route (each with a random caller of nine, body, id, query and headers): 30 in a
 * test run, over 120 routes about 3,600 requests, each run with a new seed. `FUZZ_RUNS=600 npx vitest run
 * test/integration/fuzz.test.ts` searches deeper.
 */
const ROUTE_RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/** Ids of real records made in `beforeAll`, so some generated requests reach past the 404. */
const known = { enterpriseId: '', agencyId: '', needId: '', authorisationId: '' };
const knownId = (pick: keyof typeof known) => fc.constant(pick).map((k) => known[k]);

const jsonValue = fc.jsonValue({ maxDepth: 3 });
/** Need, transition and authorisation bodies: right field names, values right, wrong or absent. */
const needBody = fc
  .record(
    {
      title: fc.oneof(fc.string({ maxLength: 120 }), fc.constant('汽车起重机吊重防摇摆智能控制技术')),
      description: fc.string({ maxLength: 400 }),
      targets: fc.oneof(fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }), jsonValue),
      industryChains: fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }), jsonValue),
      ipc: fc.oneof(fc.array(fc.constantFrom('B66C 13/06', 'H01M', 'x'), { maxLength: 3 }), jsonValue),
      budget: fc.oneof(fc.record({ minFen: fc.integer(), maxFen: fc.integer() }), jsonValue),
      dealTypes: fc.array(fc.constantFrom('open_license', 'transfer', 'x'), { maxLength: 3 }),
      readiness: fc.oneof(fc.integer({ min: -1, max: 12 }), fc.double()),
      deadline: fc.oneof(fc.constant('2099-06-30'), fc.string({ maxLength: 12 })),
      regionCode: fc.constantFrom('430121', '999999', ''),
      contact: fc.oneof(jsonValue, fc.constant({ name: '刘工', phone: '13974810601', email: 'a@test.cn' })),
      visibility: fc.constantFrom('public', 'agencies', 'private', 'x'),
      clientRef: fc.string({ maxLength: 70 }),
      enterpriseOrgId: fc.oneof(fc.string({ maxLength: 30 }), knownId('enterpriseId')),
      action: fc.constantFrom('open', 'start_negotiation', 'fulfil', 'close', 'resume', 'x'),
      version: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string()),
      agentOrgId: fc.oneof(fc.string({ maxLength: 30 }), knownId('agencyId')),
      validFrom: fc.oneof(fc.constant('2026-01-01'), fc.string({ maxLength: 12 })),
      validUntil: fc.oneof(
        fc.constant('2099-12-31'),
        fc.constant('2027-12-31'),
        fc.string({ maxLength: 12 }),
      ),
      scope: fc.constantFrom('needs', 'x'),
      note: fc.string({ maxLength: 600 }),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
/** A real declaration (and its patent) made in `beforeAll`, so some requests reach past the 404. */
const knownDeclaration = { id: '', patentNumber: '' };
const declarationBody = fc
  .record(
    {
      patentNumber: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constant('ZL201710601862.3'),
        fc.constant(0).map(() => knownDeclaration.patentNumber),
      ),
      royalty: fc.oneof(
        jsonValue,
        fc.record(
          {
            method: fc.constantFrom(
              'lump_sum',
              'running_royalty',
              'entry_fee_plus_royalty',
              'instalments',
              'free',
              'x',
            ),
            amountFen: fc.oneof(fc.integer(), fc.double(), fc.constant(5_000_000)),
            entryFeeFen: fc.integer(),
            base: fc.constantFrom('net_sales', 'profit', 'per_unit', 'x'),
            ratePercent: fc.oneof(fc.double({ min: -1, max: 120 }), fc.integer({ min: 0, max: 30 })),
            perUnitFen: fc.integer(),
            totalFen: fc.integer(),
            schedule: fc.array(
              fc.record({ dueAfterMonths: fc.integer({ min: -1, max: 700 }), amountFen: fc.integer() }),
              { maxLength: 4 },
            ),
          },
          { requiredKeys: ['method'] },
        ),
      ),
      royaltyEstimationNote: fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constant('参考同类专利近三年许可费率确定'),
      ),
      period: fc.oneof(
        jsonValue,
        fc.record({
          start: fc.oneof(fc.constant('2027-01-01'), fc.constant('2020-01-01'), fc.string({ maxLength: 12 })),
          end: fc.oneof(fc.constant('2029-12-31'), fc.constant('2099-12-31'), fc.string({ maxLength: 12 })),
        }),
      ),
      scope: fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constant('制造、使用、销售本专利产品'),
        fc.constant('国内领先的方法'),
      ),
      territory: fc.oneof(fc.string({ maxLength: 120 }), fc.constant('中国大陆')),
      contact: fc.oneof(jsonValue, fc.constant({ name: '王老师', phone: '13800138000', email: 'a@test.cn' })),
      evaluationReportReference: fc.string({ maxLength: 120 }),
      marketingText: fc.string({ maxLength: 200 }),
      coOwnerConsents: fc.oneof(
        jsonValue,
        fc.array(fc.record({ name: fc.string({ maxLength: 20 }), consented: fc.boolean() }), {
          maxLength: 3,
        }),
      ),
      pledgeeConsent: fc.oneof(fc.boolean(), jsonValue),
      action: fc.constantFrom(
        'submit',
        'publish',
        'reject',
        'withdraw',
        'office_withdraw',
        'revise',
        'expire',
        'x',
      ),
      reason: fc.string({ maxLength: 600 }),
      version: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.string()),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
/** A real bundle (a park's, of two university patents) made in `beforeAll`, so some requests reach past the 404. */
const knownBundle = { id: '', members: [] as string[] };
const bundleBody = fc
  .record(
    {
      name: fc.oneof(fc.string({ maxLength: 120 }), fc.constant('新能源汽车公共专利池')),
      description: fc.string({ maxLength: 200 }),
      members: fc.oneof(
        jsonValue,
        fc.array(
          fc.record({
            patentNumber: fc.oneof(
              fc.string({ maxLength: 20 }),
              fc.constant('ZL201710601862.3'),
              fc.nat(1).map((i) => knownBundle.members[i] ?? ''),
            ),
          }),
          { maxLength: 4 },
        ),
      ),
      royalty: fc.oneof(
        jsonValue,
        fc.constant({ method: 'lump_sum', amountFen: 60_000_000 }),
        fc.record({ method: fc.constantFrom('free', 'running_royalty', 'x'), ratePercent: fc.double() }),
      ),
      royaltyEstimationNote: fc.oneof(
        fc.string({ maxLength: 60 }),
        fc.constant('按成员专利单独许可费之和的八折估算'),
      ),
      period: fc.oneof(
        jsonValue,
        fc.record({
          start: fc.oneof(fc.constant('2027-01-01'), fc.string({ maxLength: 12 })),
          end: fc.oneof(fc.constant('2029-12-31'), fc.string({ maxLength: 12 })),
        }),
      ),
      scope: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('制造、使用、销售本专利包覆盖的产品')),
      territory: fc.string({ maxLength: 120 }),
      contact: fc.oneof(jsonValue, fc.constant({ name: '蒋丽', phone: '13974812015', email: 'a@test.cn' })),
      consent: fc.oneof(fc.boolean(), jsonValue),
      note: fc.string({ maxLength: 600 }),
      coOwnersConsented: fc.oneof(fc.boolean(), jsonValue),
      action: fc.constantFrom('submit', 'publish', 'reject', 'withdraw', 'suspend', 'restore', 'x'),
      reason: fc.string({ maxLength: 600 }),
      version: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.string()),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
/** A proposal of the known need to the known agency, and a push delivered to the known enterprise. */
const knownPush = { proposalId: '', pushId: '', token: '' };
const pushBody = fc
  .record(
    {
      note: fc.string({ maxLength: 600 }),
      message: fc.oneof(fc.string({ maxLength: 60 }), fc.constant(''), jsonValue),
      reason: fc.oneof(fc.string({ maxLength: 600 }), fc.constant('企业已有同类技术')),
      kind: fc.constantFrom('interested', 'relevant', 'not_now', 'wrong_field', 'already_known', 'x'),
      comment: fc.oneof(fc.string({ maxLength: 600 }), jsonValue),
      autoPush: fc.oneof(fc.boolean(), jsonValue),
      autoPushThreshold: fc.oneof(
        fc.double({ min: -10, max: 120 }),
        fc.integer({ min: 0, max: 100 }),
        jsonValue,
      ),
      unsubscribed: fc.oneof(fc.boolean(), jsonValue),
      weeklyCap: fc.oneof(fc.integer({ min: -1, max: 60 }), fc.double(), jsonValue),
      email: fc.oneof(fc.boolean(), jsonValue),
      version: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string()),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
/** A licence of a published listing taken by the known enterprise (written in `beforeAll`). */
const knownLicence = { id: '', listingId: '' };
/** Today (so some dates pass) or any short string. */
const someDay = fc.oneof(
  fc.constant(0).map(() => todayInChina()),
  fc.string({ maxLength: 12 }),
);
const licenceBody = fc
  .record(
    {
      startDate: someDay,
      contact: fc.oneof(jsonValue, fc.constant({ name: '王经理', phone: '13812345678', email: 'a@test.cn' })),
      acceptsTerms: fc.oneof(fc.constant(true), jsonValue),
      payment: fc.oneof(
        jsonValue,
        fc.record({
          amountFen: fc.oneof(fc.integer(), fc.double(), fc.constant(4_800_000)),
          paidOn: someDay,
          proofReference: fc.string({ maxLength: 120 }),
        }),
      ),
      pushId: fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constant(0).map(() => knownPush.pushId),
      ),
      eventId: fc.string({ maxLength: 30 }),
      expected: fc.oneof(jsonValue, fc.record({ yearlySalesFen: fc.integer() })),
      amountFen: fc.oneof(fc.integer(), fc.constant(4_800_000)),
      paidOn: someDay,
      proofReference: fc.string({ maxLength: 120 }),
      filingNumber: fc.string({ maxLength: 80 }),
      filedOn: someDay,
      periodStart: someDay,
      periodEnd: someDay,
      netSalesFen: fc.oneof(fc.integer(), fc.double(), jsonValue),
      units: fc.oneof(fc.integer(), fc.double()),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
/** A deal and an event made in `beforeAll` (the enterprise's deal; the agency's event inviting it). */
const knownDealEvent = { dealId: '', eventId: '', enterpriseId: '', universityId: '' };
/** Tokens of the callers made in `beforeAll` (each may list its own pages), for the cursor tests. */
const callers = { enterprise: '', agency: '', university: '', park: '', office: '' };
/** Deal and event bodies: right field names, values right, wrong or absent. */
const dealEventBody = fc
  .record(
    {
      kind: fc.constantFrom(
        'ordinary_license',
        'exclusive_license',
        'sole_license',
        'transfer',
        'equity',
        'x',
      ),
      supplierOrgIds: fc.oneof(
        jsonValue,
        fc.constant(0).map(() => [knownDealEvent.universityId]),
      ),
      acquirerOrgId: fc.oneof(
        jsonValue,
        fc.constant(0).map(() => knownDealEvent.enterpriseId),
      ),
      patentNumbers: fc.oneof(
        jsonValue,
        fc.constant(0).map(() => [knownDeclaration.patentNumber]),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 60 }),
      ),
      bundleId: fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constant(0).map(() => knownBundle.id),
      ),
      amountFen: fc.oneof(fc.integer(), fc.double(), fc.constant(50_000_000)),
      stage: fc.constantFrom('lead', 'contacted', 'negotiating', 'signed', 'x'),
      source: fc.oneof(
        jsonValue,
        fc.record({
          kind: fc.constantFrom('push', 'event', 'direct', 'x'),
          leadId: fc.string(),
          eventId: fc.string(),
        }),
        fc.constant(0).map(() => ({ kind: 'event', eventId: knownDealEvent.eventId })),
      ),
      to: fc.constantFrom('contacted', 'negotiating', 'signed', 'filed', 'implemented', 'declined', 'x'),
      version: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string()),
      decline: fc.oneof(
        jsonValue,
        fc.record({ reason: fc.constantFrom('price', 'other', 'x'), text: fc.string() }),
      ),
      title: fc.string({ maxLength: 120 }),
      industryChain: fc.string({ maxLength: 60 }),
      date: someDay,
      place: fc.string({ maxLength: 220 }),
      onlineUrl: fc.oneof(fc.webUrl(), fc.string({ maxLength: 40 })),
      listingIds: fc.oneof(
        jsonValue,
        fc.constant(0).map(() => [knownDeclaration.id, `bundle:${knownBundle.id}`]),
      ),
      enterpriseOrgIds: fc.oneof(
        jsonValue,
        fc.constant(0).map(() => [knownDealEvent.enterpriseId]),
      ),
      contact: fc.oneof(jsonValue, fc.constant({ name: '王工', phone: '13800000000', email: 'a@test.cn' })),
      attendees: fc.oneof(fc.integer({ min: -1, max: 60 }), jsonValue),
      orgIds: fc.oneof(
        jsonValue,
        fc.constant(0).map(() => [knownDealEvent.enterpriseId]),
      ),
      headcount: fc.oneof(fc.integer(), fc.double()),
      text: fc.string({ maxLength: 200 }),
      reason: fc.string({ maxLength: 600 }),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
/** The IP office's target changes: right role and value names, values right, wrong or absent. */
const quotaTargetBody = fc
  .record(
    {
      agency: fc.oneof(
        jsonValue,
        fc.record(
          { precisePushes: fc.integer(), eventsHeld: fc.integer(), eventsHeldUpTo: fc.integer() },
          { requiredKeys: [] },
        ),
      ),
      park: fc.oneof(
        jsonValue,
        fc.record({ brokeredFen: fc.oneof(fc.integer(), fc.double()) }, { requiredKeys: [] }),
      ),
      enterprise: fc.oneof(jsonValue, fc.record({ intakeCount: fc.integer() }, { requiredKeys: [] })),
      university: fc.oneof(jsonValue, fc.record({ growthPercent: fc.oneof(fc.double(), fc.integer()) })),
      version: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string()),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
/** A patent dispute (issue 11) made in `beforeAll`, and claim/resolution bodies: right names, odd values. */
const knownDispute = { id: '', patentNumber: '' };
const disputeBody = fc
  .record(
    {
      patent: fc.oneof(
        jsonValue,
        fc.constant(0).map(() => patentInput(knownDispute.patentNumber || '201710601862.3')),
      ),
      statement: fc.oneof(fc.string({ maxLength: 60 }), fc.constant('本单位是该专利唯一的专利权人。')),
      evidenceRef: fc.string({ maxLength: 220 }),
      outcome: fc.constantFrom('claimant', 'holder', 'x'),
      reason: fc.string({ maxLength: 1100 }),
      version: fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string()),
    },
    { requiredKeys: [] },
  )
  .map((v) => JSON.stringify(v));
const body = fc.oneof(
  disputeBody,
  dealEventBody,
  quotaTargetBody,
  needBody,
  licenceBody,
  pushBody,
  declarationBody,
  bundleBody,
  jsonValue.map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 200 }),
  fc.constant('{"name":'),
  fc
    .record({
      name: fc.string({ maxLength: 120 }),
      uscc: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('91350100M000100Y43')),
      type: fc.constantFrom('university', 'enterprise', 'agency', 'park', 'ip_office', 'x'),
      regionCode: fc.oneof(fc.string({ maxLength: 8 }), fc.constant('430100')),
      contact: fc.oneof(jsonValue, fc.record({ name: fc.string(), phone: fc.string(), email: fc.string() })),
      reason: fc.string({ maxLength: 600 }),
      version: fc.oneof(fc.integer(), fc.string()),
      email: fc.string(),
      password: fc.string({ maxLength: 200 }),
    })
    .map((v) => JSON.stringify(v)),
);
const id = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  fc.constantFrom(
    '..',
    '%00',
    '%E4%B8%AD',
    'null',
    '01ARZ3NDEKTSV4RRFFQ69G5FAV',
    '201710601862.3',
    'ZL201710601862.X',
  ),
  knownId('needId'),
  knownId('authorisationId'),
  fc.constant(0).map(() => knownDeclaration.id),
  fc.constant(0).map(() => knownDispute.id),
  fc.constant(0).map(() => knownBundle.id),
  fc.constant(0).map(() => `bundle:${knownBundle.id}`),
  fc.constant(0).map(() => knownPush.proposalId),
  fc.constant(0).map(() => knownPush.pushId),
  fc.constant(0).map(() => knownLicence.id),
  fc.constant(0).map(() => knownLicence.listingId),
  fc.constant(0).map(() => knownDealEvent.dealId),
  fc.constant(0).map(() => knownDealEvent.eventId),
);
const query = fc
  .dictionary(
    fc.constantFrom(
      'status',
      'limit',
      'cursor',
      'x',
      'visibility',
      'industryChain',
      'enterpriseOrgId',
      'q',
      'orgId',
      'type',
      'yearlySalesFen',
      'yearlyProfitFen',
      'yearlyUnits',
      'ipc',
      'patentType',
      'royaltyMethod',
      'minPriceFen',
      'maxPriceFen',
      'holder',
      'region',
      'year',
      'token',
      'kind',
      'target',
      'stage',
    ),
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer().map(String),
      // Catalogue filters that parse, so some requests reach the search itself.
      fc.constantFrom(
        'H01M',
        'h01m 4/525',
        '43',
        '430100',
        'invention',
        'lump_sum',
        '20',
        '锂电池 隔膜',
        '2026',
      ),
      fc.constantFrom('proposed', 'pushed', 'rejected'),
      fc.constant(0).map(() => knownPush.token),
    ),
  )
  .map((q) => new URLSearchParams(q).toString());
const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=utf-8',
    ),
    'idempotency-key': fc.oneof(fc.string({ maxLength: 140 }), fc.uuid()),
  },
  { requiredKeys: [] },
);

describe('fuzzing every route', () => {
  let api: ReturnType<typeof createTestApi>;
  let tokens: Array<string | undefined>;

  beforeAll(async () => {
    const table = await createTestTable();
    api = createTestApi(table);
    tokens = [
      undefined,
      (await api.user('NoOrg')).token,
      (await api.member('ip_office', 'admin')).token,
      (await api.member('enterprise', 'admin', 'pending')).token,
      'not-a-jwt',
    ];
    // An enterprise that authorised an agency, and one of its needs: both may act on it.
    const enterprise = await api.member('enterprise', 'admin');
    const agency = await api.member('agency', 'member');
    const granted = await api.request('/api/authorisations', {
      method: 'POST',
      token: enterprise.token,
      json: authorisationInput(agency.org.id),
    });
    const need = await api.request('/api/needs', {
      method: 'POST',
      token: enterprise.token,
      json: needInput(),
    });
    Object.assign(known, {
      enterpriseId: enterprise.org.id,
      agencyId: agency.org.id,
      authorisationId: (await granted.json()).id,
      needId: (await need.json()).id,
    });
    tokens.push(enterprise.token, agency.token);
    // A university with a patent and a draft declaration of it, so declaration routes get past the 404.
    const university = await api.member('university', 'admin');
    knownDeclaration.patentNumber = randomPatentNumber();
    await api.request('/api/patents', {
      method: 'POST',
      token: university.token,
      json: patentInput(knownDeclaration.patentNumber, { patentees: [{ name: university.org.name }] }),
    });
    const declared = await api.request('/api/declarations', {
      method: 'POST',
      token: university.token,
      json: declarationInput(knownDeclaration.patentNumber),
    });
    knownDeclaration.id = (await declared.json()).id;
    tokens.push(university.token);
    // A number the enterprise held before the patentee rule, claimed by the university: an open dispute.
    knownDispute.patentNumber = randomPatentNumber();
    await table.store.patents.create(
      toPatent(
        PatentInputSchema.parse(
          patentInput(knownDispute.patentNumber, { patentees: [{ name: university.org.name }] }),
        ),
        enterprise.org.id,
        new Date().toISOString(),
      ),
    );
    const disputed = await api.request('/api/patent-disputes', {
      method: 'POST',
      token: university.token,
      json: {
        patent: patentInput(knownDispute.patentNumber, { patentees: [{ name: university.org.name }] }),
        statement: '本单位是该专利唯一的专利权人。',
        evidenceRef: '专利证书',
      },
    });
    knownDispute.id = (await disputed.json()).dispute.id;
    // A park's bundle of that patent and another of the university's, so bundle routes get past the 404.
    const park = await api.member('park', 'admin');
    const second = randomPatentNumber();
    await api.request('/api/patents', {
      method: 'POST',
      token: university.token,
      json: patentInput(second, { patentees: [{ name: university.org.name }] }),
    });
    knownBundle.members = [knownDeclaration.patentNumber, second];
    const bundled = await api.request('/api/bundles', {
      method: 'POST',
      token: park.token,
      json: bundleInput(knownBundle.members),
    });
    knownBundle.id = (await bundled.json()).bundle.id;
    tokens.push(park.token);
    // A proposal of the need to the agency, and another pushed and delivered, so push routes get past the 404.
    const [queued, pushed] = [1, 2].map(() =>
      proposalOf(agency.org.id, { needId: known.needId, enterpriseOrgId: enterprise.org.id }),
    );
    await table.store.proposals.upsert([queued!, pushed!], new Date());
    const push = await table.store.pushes.approve({
      proposal: (await table.store.proposals.get(agency.org.id, pushed!.id))!,
      brokerUserId: 'fuzz',
      brokerName: '测试服务机构',
      now: new Date(),
      dedupeDays: 180,
    });
    await table.store.pushes.deliver(push.id, new Date());
    Object.assign(knownPush, {
      proposalId: queued!.id,
      pushId: push.id,
      token: (await table.store.pushPreferences.get(enterprise.org.id)).unsubscribeToken,
    });
    // A published listing of the university, and a licence of another taken by the enterprise (running royalty).
    knownLicence.listingId = await publishedListingIn(table.store);
    const licence = licenceOf(
      {
        terms: {
          ...licenceOf().terms,
          royalty: { method: 'running_royalty', base: 'net_sales', ratePercent: 3 },
        },
      },
      { licenseeOrgId: enterprise.org.id, licensorOrgId: university.org.id },
    );
    await table.store.licences.take(licence, [], []);
    knownLicence.id = licence.id;
    // A deal of the university's patent recorded by the enterprise, and the agency's event inviting it.
    Object.assign(knownDealEvent, { enterpriseId: enterprise.org.id, universityId: university.org.id });
    const deal = await api.request('/api/deals', {
      method: 'POST',
      token: enterprise.token,
      json: {
        kind: 'ordinary_license',
        acquirerOrgId: enterprise.org.id,
        patentNumbers: [knownDeclaration.patentNumber],
      },
    });
    knownDealEvent.dealId = (await deal.json()).id;
    const event = await api.request('/api/events', {
      method: 'POST',
      token: agency.token,
      json: {
        title: '电池材料专利对接会',
        industryChain: '先进储能材料',
        date: todayInChina(),
        place: '长沙',
      },
    });
    knownDealEvent.eventId = (await event.json()).id;
    await api.request(`/api/events/${knownDealEvent.eventId}/invitations`, {
      method: 'POST',
      token: agency.token,
      json: { enterpriseOrgIds: [enterprise.org.id] },
    });
    Object.assign(callers, {
      enterprise: enterprise.token,
      agency: agency.token,
      university: university.token,
      park: park.token,
      office: tokens[2] ?? '',
    });
  });

  for (const route of ROUTES) {
    it(`${route.method} ${route.path} never answers 5xx and always explains a refusal`, async () => {
      await fc.assert(
        fc.asyncProperty(body, id, query, headers, fc.nat(tokens.length - 1), async (b, i, q, h, who) => {
          const path = route.path.replace('{id}', encodeURIComponent(i));
          const token = tokens[who];
          const res = await api.app.request(`${path}${q ? `?${q}` : ''}`, {
            method: route.method,
            headers: { ...h, ...(token ? { authorization: `Bearer ${token}` } : {}) },
            ...(route.method === 'GET' ? {} : { body: b }),
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) {
            const json = await res.json();
            expect(json.error).toEqual(
              expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
            );
          }
        }),
        { numRuns: ROUTE_RUNS },
      );
    });
  }

  it('answers any uploaded file — random bytes, broken zips, odd CSV — with a result or a 4xx, never 5xx', async () => {
    const holder = (await api.member('university', 'admin')).token;
    const file = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.uint8Array({ maxLength: 500 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
      fc
        .string({ maxLength: 500 })
        .map((t) => new TextEncoder().encode(`专利号,专利名称,专利权人,申请日,年费状态\n${t}`)),
    );
    await fc.assert(
      fc.asyncProperty(
        file,
        fc.constantFrom('a.xlsx', 'a.csv', 'a.txt', 'a.xls', 'a'),
        async (bytes, name) => {
          const form = new FormData();
          form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
          const res = await api.app.request('/api/patents/import', {
            method: 'POST',
            headers: { authorization: `Bearer ${holder}` },
            body: form,
          });
          expect(res.status).toBeLessThan(500);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await api.app.request('/api/auth/local/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.cn', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  describe('pagination cursors', () => {
    /** Every route that pages with `cursor`, each with a caller allowed to list it. */
    const PAGED: Array<{ path: string; caller: keyof typeof callers | 'public'; next?: 'next' }> = [
      { path: '/api/orgs?status=pending', caller: 'office' },
      { path: '/api/patents', caller: 'university' },
      { path: '/api/patent-disputes', caller: 'university' },
      { path: '/api/needs', caller: 'enterprise' },
      { path: '/api/declarations', caller: 'university' },
      { path: '/api/declarations/review-queue', caller: 'office' },
      { path: '/api/bundles', caller: 'park' },
      { path: '/api/bundles/review-queue', caller: 'office' },
      { path: '/api/listings', caller: 'public', next: 'next' },
      { path: '/api/proposals', caller: 'agency' },
      { path: '/api/inbox', caller: 'enterprise' },
      { path: '/api/deals', caller: 'enterprise' },
      { path: '/api/licenses?as=licensee', caller: 'enterprise' },
      { path: '/api/notifications', caller: 'enterprise' },
      { path: '/api/pushes', caller: 'agency' },
    ];
    const ATTRIBUTE_NAMES = ['pk', 'sk', ...MAIN_TABLE.globalIndexes.map((i) => i.indexName)];
    const page = (path: string, token: string | undefined, extra: string) =>
      api.request(`${path}${path.includes('?') ? '&' : '?'}${extra}`, token ? { token } : {});
    const tokenOf = (caller: keyof typeof callers | 'public') =>
      caller === 'public' ? undefined : callers[caller];
    /** A one-character change in the signed part, and a cut: what a tampering caller sends. */
    const tampered = (cursor: string) => {
      const i = Math.floor(cursor.length / 3);
      return `${cursor.slice(0, i)}${cursor[i] === 'A' ? 'B' : 'A'}${cursor.slice(i + 1)}`;
    };
    const truncated = (cursor: string) => cursor.slice(0, cursor.length - 5);
    /** Table keys in base64 JSON, as cursors used to be: any such object answered 500. */
    const rawKeys = [
      { pk: 'ORG#01ARZ3NDEKTSV4RRFFQ69G5FAV', sk: 'X' },
      { pk: 1, sk: { a: 1 } },
      { patentsByHolderPk: 'HOLDER#x', patentsByHolderSk: 'y', pk: 'PATENT#1', sk: 'PATENT' },
      { before: '9999' },
      ['n', '2026-01-01T00:00:00.000Z#01ARZ3NDEKTSV4RRFFQ69G5FAV'],
      ['r', 20],
    ].map((key) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url'));

    async function expectInvalidCursor(path: string, token: string | undefined, cursor: string) {
      const res = await page(path, token, `limit=1&cursor=${encodeURIComponent(cursor)}`);
      const body = await res.json();
      expect({ path, cursor, status: res.status, code: body.error?.code }).toEqual({
        path,
        cursor,
        status: 400,
        code: 'invalid_cursor',
      });
      expect(body.error.details).toEqual([expect.objectContaining({ path: 'cursor' })]);
    }

    it('hands out cursors that name no table attribute and still page', async () => {
      // Prepare: the university holds two patents, so its ledger has a second page.
      const first = await page('/api/patents', callers.university, 'limit=1');
      const { nextCursor } = await first.json();
      // Act
      const second = await page('/api/patents', callers.university, `limit=1&cursor=${nextCursor}`);
      // Assess
      expect(second.status).toBe(200);
      const decoded = String(nextCursor)
        .split('.')
        .map((part) => Buffer.from(part, 'base64url').toString('utf8'))
        .join('');
      for (const name of ATTRIBUTE_NAMES) expect(decoded).not.toContain(name);
    });

    for (const route of PAGED) {
      it(`GET ${route.path} answers a tampered, truncated, foreign or forged cursor with 400 invalid_cursor`, async () => {
        // Prepare: a real cursor of another list, and this list's own when it has a second page.
        const token = tokenOf(route.caller);
        const foreign = (await (await page('/api/patents', callers.university, 'limit=1')).json()).nextCursor;
        const first = await page(route.path, token, 'limit=1');
        expect(first.status).toBe(200);
        const own: string | undefined = (await first.json())[route.next ?? 'nextCursor'];
        const cursors = [
          foreign,
          tampered(foreign),
          truncated(foreign),
          ...rawKeys,
          'bm90LWEtY3Vyc29y',
          `${foreign.split('.')[0]}.${'A'.repeat(43)}`,
          ...(own ? [tampered(own), truncated(own), `${own}A`] : []),
        ].filter((cursor) => cursor !== own);
        // Act + Assess
        for (const cursor of cursors) await expectInvalidCursor(route.path, token, cursor);
      });
    }

    it("refuses another organisation's cursor of the same list", async () => {
      // Prepare: another university, allowed to list its own (empty) ledger.
      const other = await api.member('university', 'admin');
      const { nextCursor } = await (await page('/api/patents', callers.university, 'limit=1')).json();
      // Act + Assess
      await expectInvalidCursor('/api/patents', other.token, nextCursor);
    });
  });

  describe('input hygiene', () => {
    /** Main POST routes, each with a valid body and the user-typed text fields a caller could poison. */
    const TEXT_ROUTES: Array<{
      path: string;
      caller: keyof typeof callers;
      body: () => Record<string, unknown>;
      fields: string[];
    }> = [
      {
        path: '/api/needs',
        caller: 'enterprise',
        body: () => needInput(),
        fields: ['title', 'description', 'targets.0', 'industryChains.0', 'contact.name'],
      },
      {
        path: '/api/events',
        caller: 'agency',
        body: () => ({
          title: '电池材料专利对接会',
          industryChain: '先进储能材料',
          date: todayInChina(),
          place: '长沙',
        }),
        fields: ['title', 'industryChain', 'place'],
      },
      {
        path: '/api/deals',
        caller: 'enterprise',
        body: () => ({
          kind: 'ordinary_license',
          patentNumbers: [knownDeclaration.patentNumber],
          note: '洽谈备注',
        }),
        fields: ['note'],
      },
      {
        path: '/api/declarations',
        caller: 'university',
        body: () => declarationInput(knownDeclaration.patentNumber),
        fields: ['royaltyEstimationNote', 'scope', 'contact.name'],
      },
    ];
    /** What an attacker slips into a field: each breaks one rule, appended to valid text or alone. */
    const hostile = fc.oneof(
      fc
        .constantFrom(
          '\u0000',
          '\u0007',
          '\u001B[31m',
          '\u0085',
          '\uD800',
          '\uDFFF',
          '\u202E',
          '\u202A',
          '\u2066',
          '\u2069',
        )
        .chain((bad) => fc.constantFrom(bad, `正常文字${bad}`, `${bad}正常文字`)),
      fc
        .array(fc.constantFrom('\u200B', '\u200C', '\u200D', '\uFEFF', '\u2060'), {
          minLength: 4,
          maxLength: 12,
        })
        .map((chars) => chars.join('')),
    );
    const setAt = (body: Record<string, unknown>, path: string, value: string) => {
      const keys = path.split('.');
      let node: Record<string, unknown> = body;
      for (const key of keys.slice(0, -1)) {
        const next = node[key] as Record<string, unknown>;
        node[key] = Array.isArray(next) ? [...next] : { ...next };
        node = node[key] as Record<string, unknown>;
      }
      node[keys.at(-1)!] = value;
      return body;
    };

    for (const route of TEXT_ROUTES) {
      it(`POST ${route.path} refuses control, surrogate, bidi and invisible-only text with 400 naming the field`, async () => {
        await fc.assert(
          fc.asyncProperty(fc.constantFrom(...route.fields), hostile, async (field, text) => {
            const res = await api.request(route.path, {
              method: 'POST',
              token: callers[route.caller],
              json: setAt(route.body(), field, text),
            });
            const json = await res.json();
            expect({ status: res.status, code: json.error?.code }).toEqual({
              status: 400,
              code: 'invalid_input',
            });
            expect(json.error.details.map((d: { path: string }) => d.path)).toContain(field);
          }),
          { numRuns: 40 },
        );
      });
    }
  });
});
