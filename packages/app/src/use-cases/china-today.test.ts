import { describe, expect, it } from 'vitest';
import { chinaToday } from './china-today.ts';

describe('chinaToday', () => {
  it('turns the date over at midnight in Beijing, not in UTC', () => {
    expect(chinaToday(new Date('2026-04-30T15:59:59Z'))).toBe('2026-04-30');
    expect(chinaToday(new Date('2026-04-30T16:00:00Z'))).toBe('2026-05-01');
  });
});
