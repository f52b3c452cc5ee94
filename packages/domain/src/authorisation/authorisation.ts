import * as z from 'zod/mini';
import { DomainError } from '../errors.ts';
import type { Org } from '../organisation/index.ts';
import { cleanTextFields } from '../validation/text.ts';

/** What the agent may do for the enterprise; only collecting and managing its needs for now. */
export const AUTHORISATION_SCOPES = ['needs'] as const;
export const AuthorisationScopeSchema = z.enum(AUTHORISATION_SCOPES, {
  error: '授权范围无效，目前仅支持 needs / scope must be needs',
});
export type AuthorisationScope = z.infer<typeof AuthorisationScopeSchema>;

export const AUTHORISATION_STATUSES = ['active', 'revoked'] as const;
export const AuthorisationStatusSchema = z.enum(AUTHORISATION_STATUSES);
export type AuthorisationStatus = z.infer<typeof AuthorisationStatusSchema>;

/** Longest period one authorisation may run; the enterprise renews it after that. */
export const MAX_AUTHORISATION_YEARS = 3;

const isoDate = (zh: string, en: string) =>
  z.iso.date({ error: `${zh}应为 YYYY-MM-DD 格式的有效日期 / ${en} must be a real date in YYYY-MM-DD form` });

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The same calendar day `years` later; 29 February falls back to 28 February in a common year. */
function addYears(date: string, years: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const target = year + years;
  const lastDay = month === 2 && day === 29 && !isLeapYear(target) ? 28 : day;
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

const inputShape = {
  agentOrgId: z
    .string({ error: '请选择受托的服务机构或园区 / agentOrgId is required' })
    .check(z.trim(), z.minLength(1, '请选择受托的服务机构或园区 / agentOrgId is required')),
  validFrom: isoDate('授权生效日期', 'validFrom'),
  validUntil: isoDate('授权截止日期', 'validUntil'),
  scope: AuthorisationScopeSchema,
  note: z.optional(
    z
      .string()
      .check(z.trim(), z.maxLength(500, '备注不能超过 500 个字 / note must have at most 500 characters')),
  ),
};

/** An enterprise authorises an agency or park to collect and manage its needs (委托授权). */
export const AuthorisationInputSchema = z.object(inputShape).check(
  z.superRefine((input, ctx) => {
    if (input.validUntil < input.validFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: '授权截止日期不能早于生效日期 / validUntil must not be before validFrom',
      });
    } else if (input.validUntil > addYears(input.validFrom, MAX_AUTHORISATION_YEARS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: `授权期限不能超过 ${MAX_AUTHORISATION_YEARS} 年 / an authorisation may last at most ${MAX_AUTHORISATION_YEARS} years`,
      });
    }
  }),
  z.superRefine(cleanTextFields({ multiline: ['note'] })),
);
export type AuthorisationInput = z.infer<typeof AuthorisationInputSchema>;

// The stored record is checked for shape only: a later change to the period rules must not make old records
// unreadable.
export const AuthorisationSchema = z.object({
  ...inputShape,
  id: z.string(),
  enterpriseOrgId: z.string(),
  status: AuthorisationStatusSchema,
  grantedAt: z.string(),
  grantedBy: z.string(),
  revokedAt: z.optional(z.string()),
  revokedBy: z.optional(z.string()),
  version: z.int().check(z.positive()),
});
export type Authorisation = z.infer<typeof AuthorisationSchema>;

export interface GrantContext {
  id: string;
  enterpriseOrgId: string;
  /** User id of the enterprise admin granting it. */
  grantedBy: string;
  /** ISO timestamp. */
  at: string;
  /** `YYYY-MM-DD` in China time. */
  today: string;
  /** The organisation named by `input.agentOrgId`, as loaded by the caller. */
  agent: Pick<Org, 'id' | 'type' | 'status'>;
}

/**
 * Creates an active authorisation. Only approved agencies and parks can be agents, and an authorisation
 * that would already have ended is refused. A start date in the past is allowed, so a paper 委托书 signed
 * earlier can be recorded with its own dates.
 */
export function grantAuthorisation(input: AuthorisationInput, context: GrantContext): Authorisation {
  const { agent } = context;
  if (agent.id !== input.agentOrgId) {
    throw new Error(`agent ${agent.id} is not the organisation named in the input (${input.agentOrgId})`);
  }
  if (agent.type !== 'agency' && agent.type !== 'park') {
    throw new DomainError(
      'invalid_agent',
      '只能委托服务机构或园区 / only a service agency or an industrial park can be authorised',
      422,
    );
  }
  if (agent.status !== 'approved') {
    throw new DomainError(
      'agent_not_approved',
      '受托机构尚未通过审核 / the agency or park is not approved yet',
      422,
    );
  }
  if (input.validUntil < context.today) {
    throw new DomainError(
      'authorisation_already_ended',
      '授权截止日期已过 / the authorisation would already have ended',
      422,
    );
  }
  return {
    ...input,
    id: context.id,
    enterpriseOrgId: context.enterpriseOrgId,
    status: 'active',
    grantedAt: context.at,
    grantedBy: context.grantedBy,
    version: 1,
  };
}

/**
 * Active and `today` (`YYYY-MM-DD`) within [validFrom, validUntil], both days included.
 *
 * @example isLive(auth, '2026-05-01') // true while the enterprise has not revoked it and it has not run out
 */
export function isLive(auth: Authorisation, today: string): boolean {
  return auth.status === 'active' && auth.validFrom <= today && today <= auth.validUntil;
}

/** Whether any of `auths` lets `agentOrgId` act for `enterpriseOrgId` today. */
export function hasLiveAuthorisation(
  auths: readonly Authorisation[],
  parties: { enterpriseOrgId: string; agentOrgId: string },
  today: string,
): boolean {
  return auths.some(
    (auth) =>
      auth.enterpriseOrgId === parties.enterpriseOrgId &&
      auth.agentOrgId === parties.agentOrgId &&
      isLive(auth, today),
  );
}

/**
 * Ends the authorisation now. Needs the agent already collected stay the enterprise's and stay credited to
 * the agent; the agent just loses access it had only through the authorisation.
 * Throws `DomainError('invalid_transition', 409)` when it is already revoked.
 */
export function revoke(auth: Authorisation, by: string, at: string): Authorisation {
  if (auth.status === 'revoked') {
    throw new DomainError('invalid_transition', '该授权已撤销 / this authorisation is already revoked', 409);
  }
  return { ...auth, status: 'revoked', revokedAt: at, revokedBy: by, version: auth.version + 1 };
}
