import * as z from 'zod/mini';
import { DomainError } from '../errors.ts';
import { ContactSchema } from '../organisation/organisation.ts';
import { addMonths, IsoDateSchema } from '../patent/iso-date.ts';
import { type Patent, PatenteeSchema, PatentTypeSchema } from '../patent/patent.ts';
import { PatentNumberSchema } from '../validation/patent-number.ts';
import { cleanTextFields } from '../validation/text.ts';
import { LicencePeriodSchema } from './licence-period.ts';
import { isPriceEditable } from './lifecycle.ts';
import { RoyaltySchema } from './royalty.ts';

export const DEFAULT_TERRITORY = '中国大陆';

export const CoOwnerConsentSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, '请填写共有人名称 / co-owner name is required'), z.maxLength(100)),
  consented: z.boolean(),
  consentedAt: z.optional(IsoDateSchema),
});
export type CoOwnerConsent = z.infer<typeof CoOwnerConsentSchema>;

const declarationInputShape = {
  patentNumber: PatentNumberSchema,
  royalty: RoyaltySchema,
  /** 许可使用费估算说明 */
  royaltyEstimationNote: z
    .string()
    .check(
      z.trim(),
      z.minLength(10, '许可使用费估算说明至少 10 个字 / royaltyEstimationNote needs at least 10 characters'),
      z.maxLength(
        2000,
        '许可使用费估算说明不能超过 2000 个字 / royaltyEstimationNote is at most 2000 characters',
      ),
    ),
  period: LicencePeriodSchema,
  /** 实施范围, e.g. 制造、使用、销售、许诺销售、进口. */
  scope: z
    .string()
    .check(
      z.trim(),
      z.minLength(2, '请填写实施范围 / scope is required'),
      z.maxLength(2000, '实施范围不能超过 2000 个字 / scope is at most 2000 characters'),
    ),
  territory: z._default(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(2, '请填写许可地域 / territory is required'),
        z.maxLength(100, '许可地域不能超过 100 个字 / territory is at most 100 characters'),
      ),
    DEFAULT_TERRITORY,
  ),
  contact: ContactSchema,
  evaluationReportReference: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  /** Promotional description shown apart from the statutory text; never part of the declaration. */
  marketingText: z.optional(
    z
      .string()
      .check(
        z.trim(),
        z.maxLength(5000, '宣传介绍不能超过 5000 个字 / marketingText is at most 5000 characters'),
      ),
  ),
  coOwnerConsents: z._default(z.array(CoOwnerConsentSchema).check(z.maxLength(50)), []).check(
    z.refine((consents) => new Set(consents.map((c) => c.name)).size === consents.length, {
      message: '共有人不能重复 / coOwnerConsents must not repeat a name',
    }),
  ),
  pledgeeConsent: z.optional(z.boolean()),
};

type PricedTerms = Pick<z.infer<z.ZodMiniObject<typeof declarationInputShape>>, 'royalty' | 'period'>;

/** Every instalment must fall due inside the licence period. */
function checkInstalmentsInPeriod(terms: PricedTerms, ctx: z.core.$RefinementCtx): void {
  if (terms.royalty.method !== 'instalments') return;
  terms.royalty.schedule.forEach((instalment, i) => {
    if (addMonths(terms.period.start, instalment.dueAfterMonths) > terms.period.end) {
      ctx.addIssue({
        code: 'custom',
        path: ['royalty', 'schedule', i, 'dueAfterMonths'],
        message: '分期付款应在许可期限内到期 / every instalment must fall due within the licence period',
      });
    }
  });
}

/** 开放许可声明 as the holder fills it in (Regs Art 85). */
export const DeclarationInputSchema = z
  .object(declarationInputShape)
  .check(
    z.superRefine(checkInstalmentsInPeriod),
    z.superRefine(cleanTextFields({ multiline: ['royaltyEstimationNote', 'scope', 'marketingText'] })),
  );
export type DeclarationInput = z.infer<typeof DeclarationInputSchema>;

export const DECLARATION_STATUSES = [
  'draft',
  'submitted',
  'published',
  'withdrawn',
  'office_withdrawn',
  'expired',
  'rejected',
] as const;
export const DeclarationStatusSchema = z.enum(DECLARATION_STATUSES);
export type DeclarationStatus = z.infer<typeof DeclarationStatusSchema>;

export const DeclarationSchema = z
  .object({
    ...declarationInputShape,
    id: z.string().check(z.minLength(1)),
    holderOrgId: z.string().check(z.minLength(1)),
    /** Copied from the patent when the declaration is made: all co-owners. */
    patentees: z.array(PatenteeSchema).check(z.minLength(1)),
    patentType: PatentTypeSchema,
    status: DeclarationStatusSchema,
    /** Why it was rejected or withdrawn. */
    statusReason: z.optional(z.string()),
    /** Who made the last status change (holder user, office user or `system`). */
    statusChangedBy: z.optional(z.string()),
    submittedAt: z.optional(z.string()),
    publishedAt: z.optional(z.string()),
    withdrawnAt: z.optional(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int(), z.positive()),
  })
  .check(z.superRefine(checkInstalmentsInPeriod));
export type Declaration = z.infer<typeof DeclarationSchema>;

function assertSamePatent(patent: Patent, input: DeclarationInput): void {
  if (input.patentNumber !== patent.number) {
    throw new DomainError(
      'number_mismatch',
      '声明的专利号与专利台账不一致 / the declared patent number does not match the patent',
      422,
    );
  }
}

/** A new draft for `patent`; the patentees and type are copied from the ledger record. */
export function newDeclaration(
  input: DeclarationInput,
  patent: Patent,
  ids: { id: string; holderOrgId: string; at: string },
): Declaration {
  assertSamePatent(patent, input);
  return {
    ...input,
    id: ids.id,
    holderOrgId: ids.holderOrgId,
    patentees: patent.patentees,
    patentType: patent.type,
    status: 'draft',
    createdAt: ids.at,
    updatedAt: ids.at,
    version: 1,
  };
}

/**
 * Replaces the terms of a draft or rejected declaration. Anything else is refused with 409: a published
 * price is not edited in place, it is withdrawn and declared again.
 */
export function editDeclaration(
  declaration: Declaration,
  input: DeclarationInput,
  patent: Patent,
  at: string,
): Declaration {
  if (!isPriceEditable(declaration.status)) {
    throw new DomainError(
      'declaration_not_editable',
      '只能修改草稿或被驳回的声明；已公告的声明请撤回后重新声明 / only a draft or rejected declaration can be edited; withdraw a published one and declare again',
      409,
    );
  }
  assertSamePatent(patent, input);
  const { evaluationReportReference: _r, marketingText: _m, pledgeeConsent: _p, ...kept } = declaration;
  return {
    ...kept,
    ...input,
    patentees: patent.patentees,
    patentType: patent.type,
    updatedAt: at,
    version: declaration.version + 1,
  };
}
