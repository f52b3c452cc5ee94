import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  availableNeedActions,
  isNeedEditable,
  NEED_ACTIONS,
  type NeedAction,
  reviseNeed,
  transitionNeed,
} from './lifecycle.ts';
import { NEED_STATUSES, type Need, NeedInputSchema, type NeedStatus } from './need.ts';

const AT = '2026-05-01T02:00:00.000Z';

const need = (status: NeedStatus, extra: Partial<Need> = {}): Need => ({
  ...NeedInputSchema.parse({
    title: '碳化硅电机控制器驱动与短路保护技术',
    description: '样机在高开关频率下出现桥臂串扰误导通。',
    targets: ['短路保护响应时间≤2μs'],
    industryChains: ['新能源汽车'],
    dealTypes: ['transfer'],
    regionCode: '430121',
    contact: { name: '李工', phone: '13800138000', email: 'li@xingchi.cn' },
    visibility: 'public',
  }),
  id: 'n1',
  ownerOrgId: 'ent',
  status,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 3,
  ...extra,
});

/** Every allowed (from, action, to); anything not listed must be refused. */
const ALLOWED: [NeedStatus, NeedAction, NeedStatus][] = [
  ['draft', 'open', 'open'],
  ['draft', 'close', 'closed'],
  ['open', 'mark_matched', 'matched'],
  ['open', 'start_negotiation', 'in_negotiation'],
  ['open', 'fulfil', 'fulfilled'],
  ['open', 'close', 'closed'],
  ['matched', 'start_negotiation', 'in_negotiation'],
  ['matched', 'resume', 'open'],
  ['matched', 'fulfil', 'fulfilled'],
  ['matched', 'close', 'closed'],
  ['in_negotiation', 'resume', 'open'],
  ['in_negotiation', 'fulfil', 'fulfilled'],
  ['in_negotiation', 'close', 'closed'],
];

const REFUSED = NEED_STATUSES.flatMap((from) =>
  NEED_ACTIONS.filter((action) => !ALLOWED.some(([f, a]) => f === from && a === action)).map(
    (action) => [from, action] as const,
  ),
);

describe('transitionNeed', () => {
  it.each(ALLOWED)('moves a %s need through %s to %s', (from, action, to) => {
    // Act
    const next = transitionNeed(need(from), action, { at: AT, reason: '已通过其他渠道解决' });
    // Assess
    expect(next).toMatchObject({ status: to, updatedAt: AT, version: 4 });
  });

  it.each(REFUSED)('refuses a %s need the action %s with 409', (from, action) => {
    // Act
    const act = () => transitionNeed(need(from), action, { at: AT, reason: '已通过其他渠道解决' });
    // Assess
    expect(act).toThrow(DomainError);
    expect(act).toThrow(expect.objectContaining({ code: 'invalid_transition', status: 409 }));
  });

  it('names the current status in Chinese when it refuses', () => {
    // Act
    const act = () => transitionNeed(need('fulfilled'), 'open', { at: AT });
    // Assess
    expect(act).toThrow('需求当前状态为“已解决”，不能发布 / cannot open a need that is fulfilled');
  });

  it('records the trimmed reason when closing', () => {
    // Act
    const closed = transitionNeed(need('open'), 'close', { at: AT, reason: '  项目取消  ' });
    // Assess
    expect(closed.closeReason).toBe('项目取消');
  });

  it.each([undefined, '', ' 无 ', '理'.repeat(501)])(
    'refuses to close without a 2–500 character reason (%j)',
    (reason) => {
      // Act
      const act = () =>
        transitionNeed(need('open'), 'close', { at: AT, ...(reason === undefined ? {} : { reason }) });
      // Assess
      expect(act).toThrow(expect.objectContaining({ code: 'close_reason_required', status: 422 }));
    },
  );

  it('reports an impossible close as a conflict before a missing reason', () => {
    expect(() => transitionNeed(need('closed'), 'close', { at: AT })).toThrow(
      expect.objectContaining({ code: 'invalid_transition' }),
    );
  });

  it('ignores a reason on actions other than close', () => {
    expect(transitionNeed(need('draft'), 'open', { at: AT, reason: '无关' })).not.toHaveProperty(
      'closeReason',
    );
  });

  it('leaves the original need untouched', () => {
    // Prepare
    const before = need('draft');
    // Act
    transitionNeed(before, 'open', { at: AT });
    // Assess
    expect(before.status).toBe('draft');
    expect(before.version).toBe(3);
  });
});

describe('availableNeedActions', () => {
  it.each<[NeedStatus, NeedAction[]]>([
    ['draft', ['open', 'close']],
    ['open', ['mark_matched', 'start_negotiation', 'fulfil', 'close']],
    ['matched', ['start_negotiation', 'resume', 'fulfil', 'close']],
    ['in_negotiation', ['resume', 'fulfil', 'close']],
    ['fulfilled', []],
    ['closed', []],
  ])('offers a %s need %j', (status, actions) => {
    expect(availableNeedActions(status)).toEqual(actions);
  });
});

describe('reviseNeed', () => {
  const changes = () =>
    NeedInputSchema.parse({
      title: '碳化硅驱动保护电路',
      description: '新的描述',
      targets: ['开关频率≥20kHz'],
      industryChains: [],
      dealTypes: ['equity'],
      regionCode: '430100',
      contact: { name: '赵工', phone: '13900139000', email: 'zhao@xingchi.cn' },
      visibility: 'agencies',
    });

  it('replaces the filled-in fields and keeps identity, status and provenance', () => {
    // Prepare
    const before = need('open', {
      collectedByOrgId: 'agency',
      collectedByUserId: 'u9',
      budget: { minFen: 1, maxFen: 2 },
    });
    // Act
    const after = reviseNeed(before, changes(), AT);
    // Assess
    expect(after).toMatchObject({
      title: '碳化硅驱动保护电路',
      visibility: 'agencies',
      id: 'n1',
      ownerOrgId: 'ent',
      collectedByOrgId: 'agency',
      collectedByUserId: 'u9',
      status: 'open',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: AT,
      version: 4,
    });
    expect(after).not.toHaveProperty('budget');
  });

  it('keeps the import reference when the form does not carry it', () => {
    expect(reviseNeed(need('draft', { clientRef: 'XY-1' }), changes(), AT).clientRef).toBe('XY-1');
  });

  it.each<NeedStatus>(['fulfilled', 'closed'])('refuses to edit a %s need with 409', (status) => {
    expect(() => reviseNeed(need(status), changes(), AT)).toThrow(
      expect.objectContaining({ code: 'need_not_editable', status: 409 }),
    );
  });

  it('says which statuses can be edited', () => {
    expect(NEED_STATUSES.filter(isNeedEditable)).toEqual(['draft', 'open', 'matched', 'in_negotiation']);
  });
});
