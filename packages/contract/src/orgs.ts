import { OrgApplicationSchema, OrgSchema } from '@openlicense/domain/organisation/organisation';
import * as z from 'zod/mini';
import { pageOf } from './page.ts';

/** Which IP office reviews and evaluates an organisation: the closest covering its region code, or none yet. */
export const JurisdictionSchema = z
  .object({
    regionCode: z.string(),
    office: z
      .nullable(z.object({ orgId: z.string(), name: z.string(), regionCode: z.string() }))
      .check(
        z.describe(
          '为空表示平台上暂无负责该地区的知识产权局 / null: no IP office on the platform covers it yet',
        ),
      ),
  })
  .check(
    z.describe(
      '由哪个知识产权局审核与评价（按行政区划代码前缀）/ the IP office that covers it (by region-code prefix)',
    ),
  );

export const OrgPageSchema = pageOf(OrgSchema);
export const OrgWithJurisdictionSchema = z.extend(OrgSchema, { jurisdiction: JurisdictionSchema });
export const MemberSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.optional(z.string()),
});
export const AuditItemSchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  action: z.string(),
  summary: z.string(),
});

/** `GET /api/me`: the caller, its role and organisation, and the IP office that covers that organisation. */
export const MeSchema = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  role: z.nullable(z.enum(['admin', 'member'])),
  organisation: z.nullable(OrgSchema),
  /** The IP office that reviews and evaluates the caller's organisation (none for an IP office itself). */
  jurisdiction: z.nullable(JurisdictionSchema),
});

import type { ContactSchema } from '@openlicense/domain/organisation/organisation';

export type Org = z.output<typeof OrgSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type Jurisdiction = z.output<typeof JurisdictionSchema>;
export type OrgWithJurisdiction = z.output<typeof OrgWithJurisdictionSchema>;
export type Member = z.output<typeof MemberSchema>;
export type AuditEntry = z.output<typeof AuditItemSchema>;
export type Me = z.output<typeof MeSchema>;
export type OrgApplication = z.input<typeof OrgApplicationSchema>;
/** A rejected applicant corrects its application in place; the type cannot change, `version` is what it last saw. */
export const OrgResubmissionSchema = z.extend(z.omit(OrgApplicationSchema, { type: true }), {
  version: z.number().check(z.int(), z.positive()),
});
export type OrgResubmission = z.input<typeof OrgResubmissionSchema>;
