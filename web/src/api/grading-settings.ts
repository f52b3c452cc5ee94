import type { GradingSettingsSave, GradingSettingsView } from '@openlicense/contract/grading-settings';
import type { Requester } from './client.ts';

export type { GradingSettingsSave, GradingSettingsView } from '@openlicense/contract/grading-settings';

/** The IP office's grading settings (分级分类): its priority chains and IPC → chain table. */
export function gradingSettingsApi(request: Requester) {
  return {
    get: () => request<GradingSettingsView>('/api/grading-settings'),
    save: (body: GradingSettingsSave) =>
      request<GradingSettingsView>('/api/grading-settings', { method: 'PUT', body }),
  };
}

export type GradingSettingsApi = ReturnType<typeof gradingSettingsApi>;
