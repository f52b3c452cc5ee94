import * as z from 'zod';
import { RegionCodeSchema } from '../validation/region-code.ts';
import { cleanTextFields } from '../validation/text.ts';
import { UsccSchema } from '../validation/uscc.ts';
import { ApplicantOrgTypeSchema, OrgStatusSchema, OrgTypeSchema } from './org-types.ts';

const MobileOrLandline = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '联系电话格式不正确 / phone number is not valid');

export const ContactSchema = z.object({
  name: z.string().trim().min(1, '请填写联系人 / contact name is required').max(50),
  phone: MobileOrLandline,
  email: z.email('邮箱格式不正确 / email is not valid').max(254),
});
export type Contact = z.infer<typeof ContactSchema>;

/** What an organisation submits when it applies to join (入驻申请). */
export const OrgApplicationSchema = z.object({
  name: z.string().trim().min(2, '机构名称至少 2 个字 / name is too short').max(100),
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
  rejectionReason: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  reviewedAt: z.string().optional(),
  reviewedBy: z.string().optional(),
  version: z.number().int().positive(),
});
export type Org = z.infer<typeof OrgSchema>;

export const RejectionSchema = z
  .object({
    reason: z.string().trim().min(2, '请填写驳回理由 / a reason is required').max(500),
  })
  .superRefine(cleanTextFields({ multiline: ['reason'] }));
