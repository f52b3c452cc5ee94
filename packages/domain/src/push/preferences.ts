import * as z from 'zod/mini';

export const DEFAULT_WEEKLY_CAP = 5;
export const MIN_WEEKLY_CAP = 1;
export const MAX_WEEKLY_CAP = 50;
export const DEFAULT_AUTO_PUSH_THRESHOLD = 80;

const version = z.int({ error: '请提供版本号 / version is required' }).check(z.gte(0));

/** What an enterprise decides about the pushes it receives. */
export const PushPreferencesInputSchema = z.object({
  unsubscribed: z.boolean({ error: '退订应为 true 或 false / unsubscribed must be true or false' }),
  weeklyCap: z
    .int({
      error: `每周上限应为 ${MIN_WEEKLY_CAP}–${MAX_WEEKLY_CAP} 的整数 / weeklyCap must be a whole number`,
    })
    .check(
      z.gte(
        MIN_WEEKLY_CAP,
        `每周上限至少 ${MIN_WEEKLY_CAP} 条 / weeklyCap must be at least ${MIN_WEEKLY_CAP}`,
      ),
      z.lte(
        MAX_WEEKLY_CAP,
        `每周上限至多 ${MAX_WEEKLY_CAP} 条 / weeklyCap must be at most ${MAX_WEEKLY_CAP}`,
      ),
    ),
  email: z.boolean({ error: '邮件通知应为 true 或 false / email must be true or false' }),
});
export type PushPreferencesInput = z.infer<typeof PushPreferencesInputSchema>;

export const PushPreferencesSchema = z.extend(PushPreferencesInputSchema, {
  enterpriseOrgId: z.string().check(z.minLength(1)),
  /** The secret in the email's unsubscribe link. */
  unsubscribeToken: z.string().check(z.minLength(1)),
  updatedAt: z.optional(z.string()),
  /** 0 until first saved. */
  version,
});
export type PushPreferences = z.infer<typeof PushPreferencesSchema>;

export const DEFAULT_PUSH_PREFERENCES: PushPreferencesInput = {
  unsubscribed: false,
  weeklyCap: DEFAULT_WEEKLY_CAP,
  email: true,
};

/** What an agency or park decides about automatic pushing. */
export const PushSettingsInputSchema = z.object({
  autoPush: z.boolean({ error: '自动推送应为 true 或 false / autoPush must be true or false' }),
  autoPushThreshold: z
    .number({ error: '自动推送阈值应为 0–100 的数 / autoPushThreshold must be a number from 0 to 100' })
    .check(
      z.gte(0, '自动推送阈值不能小于 0 / autoPushThreshold must be at least 0'),
      z.lte(100, '自动推送阈值不能大于 100 / autoPushThreshold must be at most 100'),
    ),
});
export type PushSettingsInput = z.infer<typeof PushSettingsInputSchema>;

export const PushSettingsSchema = z.extend(PushSettingsInputSchema, {
  brokerOrgId: z.string().check(z.minLength(1)),
  updatedAt: z.optional(z.string()),
  /** 0 until first saved. */
  version,
});
export type PushSettings = z.infer<typeof PushSettingsSchema>;

export const DEFAULT_PUSH_SETTINGS: PushSettingsInput = {
  autoPush: false,
  autoPushThreshold: DEFAULT_AUTO_PUSH_THRESHOLD,
};
