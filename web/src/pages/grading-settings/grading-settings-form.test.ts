import { describe, expect, it } from 'vitest';
import { toForm, toSave } from './grading-settings-form.ts';

describe('the grading settings form', () => {
  it('sends the chains split as typed, and drops empty inputs and rows', () => {
    // Prepare
    const form = toForm({ priorityChains: ['工程机械'], ipcChains: { entries: [] }, version: 2 });
    form.priorityChains.push('  ', ' 新材料 ');
    form.rows.push(
      { key: 1, prefix: '', chains: '' },
      { key: 2, prefix: ' H01M ', chains: '先进储能材料，新能源汽车；' },
    );

    // Act
    const { body, shownRow } = toSave(form);

    // Assess
    expect(body).toEqual({
      priorityChains: ['工程机械', '新材料'],
      ipcChains: { entries: [{ prefix: 'H01M', chains: ['先进储能材料', '新能源汽车'] }] },
      version: 2,
    });
    expect(shownRow).toEqual([1]);
  });

  it('shows a saved table one row per prefix, its chains joined with ；', () => {
    // Act
    const form = toForm({
      priorityChains: [],
      ipcChains: { entries: [{ prefix: 'B33Y', chains: ['智能装备', '新材料'] }] },
      version: 0,
    });

    // Assess
    expect(form.rows.map(({ prefix, chains }) => ({ prefix, chains }))).toEqual([
      { prefix: 'B33Y', chains: '智能装备；新材料' },
    ]);
  });
});
