import { describe, expect, it } from 'vitest';
import { DEFAULT_IPC_CHAIN_TABLE } from './default-ipc-chains.ts';
import { type GradingSettings, GradingSettingsInputSchema, gradingOptionsFor } from './grading-settings.ts';

const settingsOf = (officeOrgId: string, regionCode: string, priorityChains: string[]): GradingSettings => ({
  officeOrgId,
  officeName: officeOrgId,
  regionCode,
  priorityChains,
  ipcChains: { entries: [{ prefix: 'H01M', chains: [priorityChains[0] ?? '新材料'] }] },
  version: 1,
});

describe('grading settings (分级分类)', () => {
  const province = settingsOf('HN', '430000', ['先进储能材料']);
  const changsha = settingsOf('CS', '430100', ['工程机械']);

  it('grades a holder with the closest office’s settings that cover its region', () => {
    expect(gradingOptionsFor([province, changsha], '430104')).toEqual({
      priorityChains: ['工程机械'],
      ipcChains: changsha.ipcChains,
    });
    expect(gradingOptionsFor([province, changsha], '430400').priorityChains).toEqual(['先进储能材料']);
  });

  it('falls back to no priority chains and the platform’s table where no office saved any', () => {
    expect(gradingOptionsFor([changsha], '440300')).toEqual({
      priorityChains: [],
      ipcChains: DEFAULT_IPC_CHAIN_TABLE,
    });
  });

  it('reads chain names trimmed and refuses one named twice, naming its place', () => {
    // Act
    const ok = GradingSettingsInputSchema.safeParse({
      priorityChains: [' 工程机械 '],
      ipcChains: { entries: [] },
    });
    const twice = GradingSettingsInputSchema.safeParse({
      priorityChains: ['工程机械', '工程机械'],
      ipcChains: { entries: [] },
    });

    // Assess
    expect(ok.data?.priorityChains).toEqual(['工程机械']);
    expect(twice.error?.issues.map((issue) => issue.path)).toEqual([['priorityChains', 1]]);
  });
});
