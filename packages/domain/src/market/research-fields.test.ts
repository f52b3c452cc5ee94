import { describe, expect, it } from 'vitest';
import { fieldMatch, ipcSubclassesOf, ResearchFieldsInputSchema } from './research-fields.ts';

const fields = (ipcPrefixes: string[], industryChains: string[] = []) => ({ ipcPrefixes, industryChains });

describe('fieldMatch', () => {
  it.each([
    ['a subclass over a subgroup', ['H01M 10/052'], ['H01M'], ['H01M']],
    ['a main group over its subgroup', ['H01M 10/052'], ['H01M 10/00'], ['H01M 10/00']],
    ['the code itself', ['H01M 10/052'], ['H01M 10/052'], ['H01M 10/052']],
    ['another main group of the subclass', ['H01M 4/131'], ['H01M 10/00'], []],
    ['a sibling subclass', ['H01G 11/00'], ['H01M'], []],
  ])('matches %s', (_case, ipc, prefixes, matched) => {
    const match = fieldMatch({ ipc, industryChains: [] }, fields(prefixes));
    expect(match?.ipcPrefixes ?? []).toEqual(matched);
  });

  it('matches a shared industry chain even without IPC codes', () => {
    expect(
      fieldMatch({ industryChains: ['先进储能材料', '新能源汽车'] }, fields([], ['新能源汽车'])),
    ).toEqual({
      ipcPrefixes: [],
      industryChains: ['新能源汽车'],
    });
  });

  it('finds nothing for a need outside every declared field', () => {
    expect(
      fieldMatch({ ipc: ['A01B 1/00'], industryChains: ['智能农机'] }, fields(['H01M'], ['工程机械'])),
    ).toBe(undefined);
  });
});

describe('ResearchFieldsInputSchema', () => {
  it('canonicalises prefixes and drops repeats', () => {
    expect(
      ResearchFieldsInputSchema.parse({
        ipcPrefixes: ['h01m', 'H01M', 'h01m10/00'],
        industryChains: ['新材料', '新材料'],
      }),
    ).toEqual({ ipcPrefixes: ['H01M', 'H01M 10/00'], industryChains: ['新材料'] });
  });

  it('refuses a class-level prefix, naming the field', () => {
    const result = ResearchFieldsInputSchema.safeParse({ ipcPrefixes: ['H01'], industryChains: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['ipcPrefixes', 0]);
    expect(result.error?.issues[0]?.message).toContain('ipcPrefixes must be a subclass or deeper');
  });
});

describe('ipcSubclassesOf', () => {
  it('gives each subclass once, skipping codes above subclass level', () => {
    expect(ipcSubclassesOf(['H01M 10/052', 'H01M 4/131', 'C01B 32/00', 'H01'])).toEqual(['H01M', 'C01B']);
  });
});
