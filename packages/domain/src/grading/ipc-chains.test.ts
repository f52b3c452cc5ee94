import { describe, expect, it } from 'vitest';
import { DEFAULT_IPC_CHAIN_TABLE } from './default-ipc-chains.ts';
import { chainsOfIpc, type IpcChainTable, IpcChainTableSchema } from './ipc-chains.ts';

const table: IpcChainTable = {
  entries: [
    { prefix: 'H', chains: ['电子信息'] },
    { prefix: 'H01', chains: ['电气'] },
    { prefix: 'H01M', chains: ['先进储能材料'] },
    { prefix: 'H01M 10/00', chains: ['新能源汽车'] },
    { prefix: 'H01M 10/54', chains: ['节能环保'] },
  ],
};

describe('chainsOfIpc', () => {
  it.each([
    ['a section entry for a code only its section knows', ['H05K 1/02'], ['电子信息']],
    ['the class entry over the section', ['H01L 23/373'], ['电气']],
    ['the subclass entry over the class', ['H01M 4/525'], ['先进储能材料']],
    ['the main group entry over the subclass, for any of its subgroups', ['H01M 10/052'], ['新能源汽车']],
    ['the subgroup entry over its main group', ['H01M 10/54'], ['节能环保']],
    ['a subclass symbol on its own', ['H01M'], ['先进储能材料']],
  ])('takes the longest matching prefix: %s', (_case, codes, expected) => {
    // Act
    const chains = chainsOfIpc(codes, table);

    // Assess
    expect(chains).toEqual(expected);
  });

  it('joins the chains of several codes once each, in order of first appearance', () => {
    // Act
    const chains = chainsOfIpc(['H01M 4/525', 'H01M 10/052', 'H01M 4/131'], table);

    // Assess
    expect(chains).toEqual(['先进储能材料', '新能源汽车']);
  });

  it('maps an IPC code under no entry, or an invalid one, to no chain', () => {
    // Act
    const chains = chainsOfIpc(['A61K 36/8969', 'not-ipc', ''], table);

    // Assess
    expect(chains).toEqual([]);
  });

  it('reads codes and prefixes however they are spelled', () => {
    // Prepare
    const loose: IpcChainTable = { entries: [{ prefix: 'h01m10/0520', chains: ['先进储能材料'] }] };

    // Act
    const chains = chainsOfIpc(['H01M10/052'], loose);

    // Assess
    expect(chains).toEqual(['先进储能材料']);
  });

  it('sees an edited table as a new table, not the one read before', () => {
    // Prepare
    const before = chainsOfIpc(['H01M 4/525'], table);
    const edited: IpcChainTable = {
      entries: [...table.entries, { prefix: 'H01M 4/00', chains: ['新材料'] }],
    };

    // Act
    const after = chainsOfIpc(['H01M 4/525'], edited);

    // Assess
    expect([before, after]).toEqual([['先进储能材料'], ['新材料']]);
  });

  it.each([
    [['H01M 4/525', 'H01M 10/0525'], ['先进储能材料']],
    [
      ['H01M 10/54', 'C22B 26/12', 'C22B 7/00'],
      ['节能环保', '先进储能材料', '新材料'],
    ],
    [['E04G 21/04', 'F15B 21/08'], ['工程机械']],
    [['E04B 1/76'], ['绿色建筑']],
    [
      ['A01H 1/04', 'C12Q 1/6895'],
      ['现代种业', '生物医药'],
    ],
    [[], []],
  ])('maps %j to the demo chains %j in the default table', (codes, expected) => {
    expect(chainsOfIpc(codes, DEFAULT_IPC_CHAIN_TABLE)).toEqual(expected);
  });
});

describe('IpcChainTableSchema', () => {
  it('accepts the default table as it is', () => {
    // Act
    const parsed = IpcChainTableSchema.safeParse(DEFAULT_IPC_CHAIN_TABLE);

    // Assess
    expect(parsed.success).toBe(true);
  });

  it('canonicalises prefixes and trims chain names', () => {
    // Act
    const parsed = IpcChainTableSchema.parse({ entries: [{ prefix: 'h01m10/0520', chains: [' 储能 '] }] });

    // Assess
    expect(parsed.entries).toEqual([{ prefix: 'H01M 10/052', chains: ['储能'] }]);
  });

  it.each([
    [
      'an invalid IPC prefix',
      [{ prefix: 'X99', chains: ['新材料'] }],
      ['entries', 0, 'prefix'],
      'IPC部应为A–H',
    ],
    [
      'an entry with no chain',
      [{ prefix: 'H01M', chains: [] }],
      ['entries', 0, 'chains'],
      '至少对应一个产业链',
    ],
    [
      'an empty chain name',
      [{ prefix: 'H01M', chains: ['储能', '  '] }],
      ['entries', 0, 'chains', 1],
      '产业链名称不能为空',
    ],
    [
      'a prefix given twice (however spelled)',
      [
        { prefix: 'H01M', chains: ['储能'] },
        { prefix: 'h01m', chains: ['新材料'] },
      ],
      ['entries', 1, 'prefix'],
      '重复',
    ],
    ['a missing prefix', [{ chains: ['储能'] }], ['entries', 0, 'prefix'], undefined],
  ])('refuses %s, naming the field', (_case, entries, path, message) => {
    // Act
    const parsed = IpcChainTableSchema.safeParse({ entries });

    // Assess
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues[0];
    expect(issue?.path).toEqual(path);
    if (message !== undefined) expect(issue?.message).toContain(message);
  });
});
