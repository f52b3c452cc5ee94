import * as z from 'zod';
import { RoleSchema } from '../organisation/org-types.ts';
import { PasswordSchema } from './password-rules.ts';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  orgId: z.string().optional(),
  role: RoleSchema.optional(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const CredentialsSchema = z.object({
  email: z
    .email('邮箱格式不正确 / email is not valid')
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: z.string().min(1, '请输入密码 / password is required').max(128),
});

export const RegistrationSchema = z.object({
  email: z
    .email('邮箱格式不正确 / email is not valid')
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: PasswordSchema,
  name: z.string().trim().min(1, '请填写姓名 / name is required').max(50),
});
