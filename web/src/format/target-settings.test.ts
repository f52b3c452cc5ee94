import { describe, expect, it } from 'vitest';
import type { QuotaTargetValues } from '../api/quotas.ts';
import { readTargetInputs, TARGET_FIELDS, targetInputs } from './target-settings.ts';

const BROKER = {
  precisePushes: 1000,
  eventsHeld: 2,
  eventsHeldUpTo: 3,
  brokeredCount: 3,
  brokeredFen: 100_000_000,
};
const DEFAULTS: QuotaTargetValues = {
  agency: BROKER,
  park: BROKER,
  enterprise: { intakeCount: 2, intakeFen: 200_000_000 },
  university: { growthPercent: 20 },
};

describe('target settings form', () => {
  it('shows amounts in yuan and reads them back in fen', () => {
    const inputs = targetInputs(DEFAULTS);
    expect(inputs['agency.brokeredFen']).toBe('1000000');
    expect(inputs['enterprise.intakeFen']).toBe('2000000');
    expect(inputs['university.growthPercent']).toBe('20');
    expect(Object.keys(inputs)).toHaveLength(TARGET_FIELDS.length);
    expect(readTargetInputs(inputs)).toEqual({
      ok: true,
      values: {
        ...DEFAULTS,
        agency: { ...BROKER, trainingsHeld: 0 },
        park: { ...BROKER, trainingsHeld: 0 },
      },
    });
  });

  it('leaves 宣传培训 empty while it has no target, reads a number as the target and empty as none', () => {
    const inputs = targetInputs({ ...DEFAULTS, park: { ...BROKER, trainingsHeld: 4 } });
    expect(inputs['agency.trainingsHeld']).toBe('');
    expect(inputs['park.trainingsHeld']).toBe('4');
    const cleared = readTargetInputs({ ...inputs, 'park.trainingsHeld': '' });
    expect(cleared.ok && cleared.values.park.trainingsHeld).toBe(0);
    expect(readTargetInputs({ ...inputs, 'agency.trainingsHeld': '两场' })).toEqual({
      ok: false,
      errors: ['agency.trainingsHeld'],
    });
  });

  it('takes 万 and names every field it cannot read', () => {
    const inputs = { ...targetInputs(DEFAULTS), 'park.brokeredFen': '150万', 'park.precisePushes': '1.5' };
    const read = readTargetInputs(inputs);
    expect(read).toEqual({ ok: false, errors: ['park.precisePushes'] });
    const fixed = readTargetInputs({ ...inputs, 'park.precisePushes': '800' });
    expect(fixed.ok && fixed.values.park).toMatchObject({ precisePushes: 800, brokeredFen: 150_000_000 });
  });

  it('refuses an events range whose upper end is below its lower end', () => {
    const read = readTargetInputs({ ...targetInputs(DEFAULTS), 'agency.eventsHeldUpTo': '1' });
    expect(read).toEqual({ ok: false, errors: ['agency.eventsHeldUpTo'] });
  });
});
