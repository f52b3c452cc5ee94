import * as z from 'zod/mini';

/** 高校院所 · 企业 · 服务机构 · 园区 · 知识产权局 */
export const ORG_TYPES = ['university', 'enterprise', 'agency', 'park', 'ip_office'] as const;
export const OrgTypeSchema = z.enum(ORG_TYPES);
export type OrgType = z.infer<typeof OrgTypeSchema>;

/** Types an applicant may choose; the IP office is created by operators, not by application. */
export const APPLICANT_ORG_TYPES = ['university', 'enterprise', 'agency', 'park'] as const;
export const ApplicantOrgTypeSchema = z.enum(APPLICANT_ORG_TYPES);

export const ROLES = ['admin', 'member'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const ORG_STATUSES = ['pending', 'approved', 'rejected'] as const;
export const OrgStatusSchema = z.enum(ORG_STATUSES);
export type OrgStatus = z.infer<typeof OrgStatusSchema>;
