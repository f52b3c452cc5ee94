import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { ConversionAnswerInputSchema, ConversionNeedInputSchema } from './conversion-need.ts';

const valid = {
  declarationId: 'd1',
  kind: 'pilot_scale',
  description: '寻找中试基地完成千吨级放大验证',
  offer: '样品、工艺包与技术团队驻场',
  regionCode: '430400',
  closingDate: '2027-01-31',
};

const issueAt = (input: unknown, schema: z.ZodMiniType = ConversionNeedInputSchema) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a refusal');
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('conversion need input', () => {
  it('accepts a need on a listing with an optional budget band', () => {
    const parsed = ConversionNeedInputSchema.parse({ ...valid, budget: { minFen: 100, maxFen: 500 } });
    expect(parsed).toMatchObject({ kind: 'pilot_scale', regionCode: '430400', budget: { maxFen: 500 } });
  });

  it('names the kind in both languages when it is unknown', () => {
    expect(issueAt({ ...valid, kind: 'consulting' })).toEqual([
      { path: 'kind', message: expect.stringMatching(/中试合作.*\/ kind must be/) },
    ]);
  });

  it('asks for exactly one of a listing or a bundle', () => {
    expect(issueAt({ ...valid, bundleId: 'b1' })[0]).toMatchObject({ path: 'declarationId' });
    const { declarationId: _d, ...neither } = valid;
    expect(issueAt(neither)[0]?.message).toMatch(/exactly one/);
  });

  it('names a short description, a bad region and a bad date', () => {
    const issues = issueAt({ ...valid, description: '太短', regionCode: '99', closingDate: '2027-02-30' });
    expect(issues.map((i) => i.path).sort()).toEqual(['closingDate', 'description', 'regionCode']);
    expect(issues.find((i) => i.path === 'description')?.message).toMatch(
      /需求描述至少 10 个字 \/ description/,
    );
  });

  it('refuses a budget band whose minimum exceeds its maximum', () => {
    expect(issueAt({ ...valid, budget: { minFen: 900, maxFen: 100 } })).toEqual([
      { path: 'budget.maxFen', message: expect.stringMatching(/budget minimum/) },
    ]);
  });

  it('refuses an answer without a contact email, naming it', () => {
    const issues = issueAt(
      { message: '我们有生产线', contact: { name: '王工', phone: '13800000000', email: 'nope' } },
      ConversionAnswerInputSchema,
    );
    expect(issues).toEqual([{ path: 'contact.email', message: expect.stringMatching(/email is not valid/) }]);
  });
});
