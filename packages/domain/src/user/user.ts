import * as z from 'zod/mini';
import { RoleSchema } from '../organisation/org-types.ts';
import { PasswordSchema } from './password-rules.ts';

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  orgId: z.optional(z.string()),
  role: z.optional(RoleSchema),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

export const CredentialsSchema = z.object({
  email: z.pipe(
    z.email('邮箱格式不正确 / email is not valid').check(z.maxLength(254)),
    z.transform((e) => e.toLowerCase()),
  ),
  password: z.string().check(z.minLength(1, '请输入密码 / password is required'), z.maxLength(128)),
});

export const RegistrationSchema = z.object({
  email: z.pipe(
    z.email('邮箱格式不正确 / email is not valid').check(z.maxLength(254)),
    z.transform((e) => e.toLowerCase()),
  ),
  password: PasswordSchema,
  name: z.string().check(z.trim(), z.minLength(1, '请填写姓名 / name is required'), z.maxLength(50)),
});
