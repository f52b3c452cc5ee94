import { describe, expect, it } from 'vitest';
import { moveActive, optionMatches, orderOptions, type PickerOption } from './picker-options.ts';

const client: PickerOption = { id: 'C1', label: '长沙中联重科起重机有限公司', detail: '企业' };
const otherClient: PickerOption = { id: 'C2', label: '湖南电驱科技有限公司', detail: '企业' };
const stranger: PickerOption = { id: 'E9', label: '湖南麓谷锂电新能源有限公司', detail: '企业' };

describe('what a picker offers', () => {
  it('puts the broker’s clients first, marked, then every other match once', () => {
    // Act
    const shown = orderOptions({
      query: '',
      preferred: [client, otherClient],
      found: [stranger, client],
      chosen: [],
    });
    // Assess
    expect(shown.map((o) => o.id)).toEqual(['C1', 'C2', 'E9']);
    expect(shown.map((o) => o.client ?? false)).toEqual([true, true, false]);
  });

  it('keeps only the clients the query finds, and leaves out what is chosen already', () => {
    // Act
    const shown = orderOptions({
      query: '湖南',
      preferred: [client, otherClient],
      found: [stranger, otherClient],
      chosen: [stranger],
    });
    // Assess
    expect(shown.map((o) => o.id)).toEqual(['C2']);
  });

  it('stops at the limit', () => {
    const found = Array.from({ length: 30 }, (_, i) => ({ id: `E${i}`, label: `企业${i}` }));
    expect(orderOptions({ query: '', found, chosen: [], limit: 5 })).toHaveLength(5);
  });

  it('matches the label or the detail, ignoring case', () => {
    expect(optionMatches({ id: 'L', label: 'Li-ion 正极', detail: 'ZL201710601862.3' }, 'li-ION')).toBe(true);
    expect(optionMatches({ id: 'L', label: '正极', detail: 'ZL201710601862.3' }, '1060')).toBe(true);
    expect(optionMatches({ id: 'L', label: '正极' }, '负极')).toBe(false);
  });

  it('moves the active option with the arrow keys, wrapping around, and Home/End', () => {
    expect(moveActive(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(2, 'ArrowDown', 3)).toBe(0);
    expect(moveActive(0, 'ArrowUp', 3)).toBe(2);
    expect(moveActive(1, 'End', 3)).toBe(2);
    expect(moveActive(2, 'Home', 3)).toBe(0);
    expect(moveActive(0, 'ArrowDown', 0)).toBe(-1);
  });
});
