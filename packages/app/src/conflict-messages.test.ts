import type { Authorisation } from '@openlicense/domain';
import {
  STORE_CONFLICT_CODES,
  type StoreConflictCode,
  type StoreConflictDataMap,
  StoreConflictError,
} from '@openlicense/store';
import { describe, expect, it } from 'vitest';
import { CONFLICT_PHRASINGS, conflictApiError, conflictMessage } from './conflict-messages.ts';

const revoked = {
  status: 'revoked',
  revokedAt: '2026-11-02T03:00:00.000Z',
  validUntil: '2027-06-30',
} as Authorisation;

/** One conflict of every code, as the store raises it. */
const SAMPLES: { [C in StoreConflictCode]: StoreConflictDataMap[C] } = {
  stale_version: { subject: 'bundle' },
  agent_not_approved: {},
  authorisation_exists: {},
  authorisation_revoked: { subject: 'push', authorisation: revoked },
  bundle_exists: {},
  deal_exists: {},
  lead_converted: {},
  email_taken: {},
  already_member: { who: 'self' },
  uscc_taken: {},
  patent_changed: { subject: 'dispute' },
  dispute_open: {},
  declaration_active: { subject: 'declaration' },
  declaration_exists: {},
  event_exists: {},
  event_closed: {},
  not_invited: {},
  client_ref_taken: {},
  need_exists: { needId: 'N1' },
  total_limit_reached: { limitFen: Number.MAX_SAFE_INTEGER },
  offer_withdrawn: { offerKind: 'bundle', offerId: 'B1', status: 'suspended' },
  licence_held: { licenceId: 'L1', offerTitle: '一种电池', noticeDate: '2026-11-20' },
  PUSH_NOT_FOUND: {},
  PUSH_NOT_DELIVERED: {},
  PUSH_ALREADY_ANSWERED: { feedback: 'interested' },
  PUSH_UNSUBSCRIBED: {},
  PUSH_DUPLICATE: { pushedAt: '2026-11-23', until: '2027-05-22' },
  PUSH_FREQUENCY_CAP: { cap: 2, week: '2026-W48', nextMonday: '2026-11-30' },
  PROPOSAL_PUSHED: {},
  PROPOSAL_REJECTED: {},
  PROPOSAL_NOT_FOUND: {},
};

const conflict = <C extends StoreConflictCode>(code: C, data: StoreConflictDataMap[C]) =>
  new (StoreConflictError as new (code: C, data: StoreConflictDataMap[C]) => StoreConflictError<C>)(
    code,
    data,
  );

const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

describe('conflict messages', () => {
  it.each([...STORE_CONFLICT_CODES])('phrases %s for users, Chinese first then English', (code) => {
    // Act
    const has = Object.hasOwn(CONFLICT_PHRASINGS, code);
    const sentence = has ? conflictMessage(conflict(code, SAMPLES[code])) : '';
    // Assess
    expect(has, `no phrasing for the store's conflict code ${code}`).toBe(true);
    const [zh, en] = sentence.split(/ ?\/ /);
    expect(zh).toMatch(CJK);
    expect(en).toMatch(/[a-z]{3}/);
  });

  it('phrases nothing the store cannot raise', () => {
    expect(Object.keys(CONFLICT_PHRASINGS).sort()).toEqual([...STORE_CONFLICT_CODES].sort());
  });

  it('keeps the sentences users read before the store stopped writing them', () => {
    const cases: [StoreConflictError, string][] = [
      [
        conflict('stale_version', { subject: 'bundle' }),
        '该专利包已被他人修改，请刷新后重试 / the bundle changed meanwhile, reload and retry',
      ],
      [conflict('stale_version', { subject: 'push' }), '推送正在变更，请重试 / the push is changing, retry'],
      [
        conflict('PUSH_FREQUENCY_CAP', SAMPLES.PUSH_FREQUENCY_CAP),
        '该企业每周最多接收 2 条推送，本周（2026-W48）已满，请于 2026-11-30（下周一）起再推送 / the enterprise ' +
          "accepts at most 2 pushes a week and this week's (2026-W48) are used up; push again from 2026-11-30",
      ],
      [
        conflict('PUSH_DUPLICATE', {}),
        '该成果已于 近期 推送给该企业， 前不再重复推送 / this listing was pushed to this enterprise on 近期; it is not pushed again before ',
      ],
      [
        conflict('PUSH_ALREADY_ANSWERED', { feedback: 'interested' }),
        '该推送已反馈（感兴趣） / this push was answered already',
      ],
      [
        conflict('offer_withdrawn', {
          offerKind: 'declaration',
          offerId: 'D1',
          status: 'withdrawn',
          since: '2026-11-20',
          reason: '专利权人转让专利',
          patentNumber: '2023100000001',
        }),
        '该开放许可声明（ZL2023100000001）已于 2026-11-20 撤回，理由：专利权人转让专利，不能再据此取得开放许可（已取得的许可继续有效）/ ' +
          'the open licence declaration D1 is withdrawn since 2026-11-20: no new open licence can be taken (licences already granted stay valid)',
      ],
      [
        conflict('offer_withdrawn', { offerKind: 'bundle', offerId: 'B1', status: 'paused' }),
        '该专利包已变为「paused」，不能再据此取得开放许可（已取得的许可继续有效）/ ' +
          'the bundle B1 is paused: no new open licence can be taken (licences already granted stay valid)',
      ],
      [
        conflict('licence_held', SAMPLES.licence_held),
        '本企业已于 2026-11-20 就「一种电池」取得开放许可（许可编号 L1），同一成果不能重复接受 / ' +
          'your organisation already holds open licence L1 of this offer (noticed 2026-11-20)',
      ],
      [
        conflict('total_limit_reached', SAMPLES.total_limit_reached),
        '累计金额将超过系统可精确记录的上限（9,007,199,254,740,991 分），本次登记未保存 / the yearly total would pass the largest exact total (9,007,199,254,740,991 fen): nothing was recorded',
      ],
      [conflict('need_exists', { needId: 'N1' }), '需求 N1 已存在 / need N1 already exists'],
      [
        conflict('authorisation_revoked', { subject: 'need' }),
        '企业已撤销授权，操作未保存 / the enterprise revoked the authorisation meanwhile; nothing was saved',
      ],
      [
        conflict('authorisation_revoked', { subject: 'push' }),
        '未找到该企业的委托授权，不能向其推送 / no authorisation from this enterprise: nothing is pushed to it',
      ],
      [
        conflict('authorisation_revoked', { subject: 'push', authorisation: revoked }),
        "该企业已于 2026-11-02 撤销对本机构的委托授权，不能再向其推送 / the enterprise revoked this organisation's authorisation: nothing more is pushed to it",
      ],
      [
        conflict('already_member', { who: 'user' }),
        '该用户已属于一个机构 / the user already belongs to an organisation',
      ],
    ];
    for (const [error, sentence] of cases) expect(conflictMessage(error), error.code).toBe(sentence);
  });

  it('turns a conflict into a 409 refusal with its code and sentence; the store’s own message stays English', () => {
    // Prepare
    const error = conflict('PUSH_FREQUENCY_CAP', SAMPLES.PUSH_FREQUENCY_CAP);
    // Act
    const refusal = conflictApiError(error);
    // Assess
    expect(refusal).toMatchObject({
      status: 409,
      code: 'PUSH_FREQUENCY_CAP',
      message: conflictMessage(error),
    });
    expect(error.message).not.toMatch(CJK);
    expect(error.data).toEqual(SAMPLES.PUSH_FREQUENCY_CAP);
  });
});
