import { addDays, addYears, isoDateInChina } from '@openlicense/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { declarationInput, randomInventionNumber } from '../support/declaration-input.ts';
import { needInput } from '../support/need-input.ts';
import { createTestApi, patentInput, randomPatentNumber } from '../support/test-api.ts';
import { createTestTable } from '../support/test-table.ts';

type Api = ReturnType<typeof createTestApi>;

/**
 * Hostile text and absurd dates on the main POST routes: each is refused with 400 `invalid_input` naming
 * the field, before anything is stored (issue 12: NUL, lone surrogates, bidi overrides and zero-width-only
 * titles used to be stored, and 9999-12-31 accepted).
 */
describe('input hygiene on the main POST routes', () => {
  let api: Api;
  const callers = { enterprise: '', agency: '', university: '', universityName: '' };

  beforeAll(async () => {
    api = createTestApi(await createTestTable());
    const [enterprise, agency, university] = await Promise.all([
      api.member('enterprise', 'admin'),
      api.member('agency', 'admin'),
      api.member('university', 'admin'),
    ]);
    Object.assign(callers, {
      enterprise: enterprise.token,
      agency: agency.token,
      university: university.token,
      universityName: university.org.name,
    });
  });

  const today = () => isoDateInChina(new Date());
  const post = (path: string, token: string, json: unknown) =>
    api.request(path, { method: 'POST', token, json });

  async function expectRefused(res: Response, field: string, rule: RegExp) {
    const body = await res.json();
    expect({ status: res.status, code: body.error?.code }).toEqual({ status: 400, code: 'invalid_input' });
    expect(body.error.details).toContainEqual({ path: field, message: expect.stringMatching(rule) });
  }

  const eventInput = (overrides: Record<string, unknown> = {}) => ({
    title: '电池材料专利对接会',
    industryChain: '先进储能材料',
    date: today(),
    place: '长沙',
    ...overrides,
  });

  const CASES: Array<{
    what: string;
    send: () => Response | Promise<Response>;
    field: string;
    rule: RegExp;
  }> = [
    {
      what: 'a need title of zero-width spaces only',
      send: () => post('/api/needs', callers.enterprise, needInput({ title: '\u200B\u200B\u200B\u200B' })),
      field: 'title',
      rule: /^须包含可见文字/,
    },
    {
      what: 'a need description holding NUL',
      send: () =>
        post('/api/needs', callers.enterprise, needInput({ description: `${'需求描述'.repeat(5)}\u0000` })),
      field: 'description',
      rule: /^不能包含控制字符/,
    },
    {
      what: 'a need target with a lone surrogate',
      send: () =>
        post('/api/needs', callers.enterprise, needInput({ targets: ['残余摆角≤1°', '效率\uD800'] })),
      field: 'targets.1',
      rule: /孤立代理项/,
    },
    {
      what: 'a need deadline already past',
      send: () => post('/api/needs', callers.enterprise, needInput({ deadline: addDays(today(), -1) })),
      field: 'deadline',
      rule: /^截止日期不能早于/,
    },
    {
      what: 'a need deadline in year 9999',
      send: () => post('/api/needs', callers.enterprise, needInput({ deadline: '9999-12-31' })),
      field: 'deadline',
      rule: /^截止日期不能晚于/,
    },
    {
      what: 'an event title with a right-to-left override',
      send: () => post('/api/events', callers.agency, eventInput({ title: '对接会\u202Eexe.' })),
      field: 'title',
      rule: /^不能包含双向文字控制符/,
    },
    {
      what: 'an event dated 9999-12-31',
      send: () => post('/api/events', callers.agency, eventInput({ date: '9999-12-31' })),
      field: 'date',
      rule: /^活动日期不能晚于/,
    },
    {
      what: 'a deal note with a first-strong isolate',
      send: () =>
        post('/api/deals', callers.enterprise, {
          kind: 'ordinary_license',
          patentNumbers: [randomPatentNumber()],
          note: '备注\u2068',
        }),
      field: 'note',
      rule: /^不能包含双向文字控制符/,
    },
    {
      what: 'a declaration scope holding a bell character',
      send: () =>
        post(
          '/api/declarations',
          callers.university,
          declarationInput(randomInventionNumber(), { scope: '制造、使用\u0007' }),
        ),
      field: 'scope',
      rule: /^不能包含控制字符/,
    },
    {
      what: 'a patent granted in 9999',
      send: () =>
        post(
          '/api/patents',
          callers.university,
          patentInput(randomPatentNumber(), {
            patentees: [{ name: callers.universityName }],
            grantDate: '9999-12-31',
          }),
        ),
      field: 'grantDate',
      rule: /^授权日不能晚于/,
    },
    {
      what: 'a patent title of a line break and tab',
      send: () =>
        post(
          '/api/patents',
          callers.university,
          patentInput(randomPatentNumber(), {
            patentees: [{ name: callers.universityName }],
            title: '电池\n\t材料',
          }),
        ),
      field: 'title',
      rule: /^不能包含控制字符/,
    },
  ];

  for (const { what, send, field, rule } of CASES)
    it(`refuses ${what} with 400 naming ${field}`, async () => {
      await expectRefused(await send(), field, rule);
    });

  it('keeps Chinese text with emoji, line breaks in long text, and dates within range', async () => {
    // Act
    const need = await post(
      '/api/needs',
      callers.enterprise,
      needInput({
        title: '锂电池隔膜涂覆技术 🔋',
        description: '第一段：现有隔膜耐热性不足。\n第二段：希望引进陶瓷涂覆工艺。',
        deadline: addYears(today(), 10),
      }),
    );
    const event = await post('/api/events', callers.agency, eventInput({ date: addYears(today(), 5) }));
    // Assess
    expect(need.status).toBe(201);
    expect((await need.json()).title).toBe('锂电池隔膜涂覆技术 🔋');
    expect(event.status).toBe(201);
  });
});
