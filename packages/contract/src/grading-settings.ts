import {
  GradingSettingsInputSchema,
  GradingSettingsSchema,
} from '@openlicense/domain/grading/grading-settings';
import { IpcChainTableSchema } from '@openlicense/domain/grading/ipc-chains';
import * as z from 'zod/mini';

/** The IP office's grading settings (分级分类): what `/api/grading-settings` takes and sends. */

/** The office's settings (version 0: never saved, the defaults) and the platform's IPC table to start from. */
export const GradingSettingsViewSchema = z.extend(GradingSettingsSchema, {
  defaultIpcChains: IpcChainTableSchema,
});
export type GradingSettingsView = z.output<typeof GradingSettingsViewSchema>;

/** A save: the whole settings, over the version read (0 while on the defaults); a stale one is a 409. */
export const GradingSettingsSaveSchema = z.extend(GradingSettingsInputSchema, {
  version: z
    .int()
    .check(z.gte(0), z.describe('所查看的设置版本；已变化则 409 / the version read; 409 when saved since')),
});
export type GradingSettingsSave = z.input<typeof GradingSettingsSaveSchema>;
