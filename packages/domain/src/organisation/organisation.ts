import * as z from 'zod/mini';
import { RegionCodeSchema } from '../validation/region-code.ts';
import { cleanTextFields } from '../validation/text.ts';
import { UsccSchema } from '../validation/uscc.ts';
import { ApplicantOrgTypeSchema, OrgStatusSchema, OrgTypeSchema } from './org-types.ts';

const MobileOrLandline = z
  .string()
  .check(
    z.trim(),
    z.regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话格式不正确 / phone number is not valid'),
  );

export const ContactSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, '请填写联系人 / contact name is required'), z.maxLength(50)),
  phone: MobileOrLandline,
  email: z.email('邮箱格式不正确 / email is not valid').check(z.maxLength(254)),
});
export type Contact = z.infer<typeof ContactSchema>;

/** What an organisation submits when it applies to join (入驻申请). */
export const OrgApplicationSchema = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(2, '机构名称至少 2 个字 / name is too short'), z.maxLength(100)),
  uscc: UsccSchema,
  type: ApplicantOrgTypeSchema,
  regionCode: RegionCodeSchema,
  contact: ContactSchema,
});
export type OrgApplication = z.infer<typeof OrgApplicationSchema>;

export const OrgSchema = z.object({
  id: z.string(),
  name: z.string(),
  uscc: z.string(),
  type: OrgTypeSchema,
  regionCode: z.string(),
  contact: ContactSchema,
  status: OrgStatusSchema,
  rejectionReason: z.optional(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  reviewedAt: z.optional(z.string()),
  reviewedBy: z.optional(z.string()),
  version: z.number().check(z.int(), z.positive()),
});
export type Org = z.infer<typeof OrgSchema>;

export const RejectionSchema = z
  .object({
    reason: z
      .string()
      .check(z.trim(), z.minLength(2, '请填写驳回理由 / a reason is required'), z.maxLength(500)),
  })
  .check(z.superRefine(cleanTextFields({ multiline: ['reason'] })));
