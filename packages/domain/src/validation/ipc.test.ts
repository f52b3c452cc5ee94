import { describe, expect, it } from 'vitest';
import { IpcSchema, ipcAncestors, ipcSharedLevel, isValidIpc, parseIpc } from './ipc.ts';

describe('parseIpc', () => {
  it('parses a subgroup into all its parts', () => {
    expect(parseIpc('H01M 10/052')).toEqual({
      ok: true,
      value: {
        section: 'H',
        class: '01',
        subclass: 'M',
        mainGroup: '10',
        subgroup: '052',
        level: 'subgroup',
        canonical: 'H01M 10/052',
      },
    });
  });

  it.each([
    ['H01M10/052', 'H01M 10/052'],
    ['h01m  10 / 052', 'H01M 10/052'],
    ['Ｈ０１Ｍ　１０／０５２', 'H01M 10/052'],
    ['H01M 10/0525', 'H01M 10/0525'],
    ['H01M 10/0520', 'H01M 10/052'],
    ['H01M 010/052', 'H01M 10/052'],
    ['B66C 23/00 (2006.01)', 'B66C 23/00'],
  ])('normalises %j to %j', (input, canonical) => {
    const result = parseIpc(input);
    expect(result.ok && result.value.canonical).toBe(canonical);
  });

  it.each([
    ['H01M 10/00', 'main_group'],
    ['H01M', 'subclass'],
    ['H01', 'class'],
    ['H', 'section'],
    ['G06N 3/08', 'subgroup'],
    ['A23L 7/196', 'subgroup'],
    ['C02F 1000/000', 'main_group'],
  ])('recognises %j as a %s', (input, level) => {
    const result = parseIpc(input);
    expect(result.ok && result.value.level).toBe(level);
  });

  it('rejects a section outside A to H', () => {
    expect(parseIpc('Z01M 10/052')).toEqual({ ok: false, reason: 'section' });
  });

  it.each([
    '',
    'H1M',
    'H01M 10',
    'H01M 10/5',
    'H01M 12345/00',
    'H01M 10/0521234',
    'H01M 0/00',
    '01M',
    'H01MM',
  ])('rejects the malformed code %j', (input) => {
    expect(parseIpc(input)).toEqual({ ok: false, reason: 'format' });
  });

  it('reports validity as a boolean', () => {
    expect(isValidIpc('H01M')).toBe(true);
    expect(isValidIpc('H01M 10')).toBe(false);
  });
});

describe('ipcAncestors', () => {
  it('lists every level from the section down to a subgroup', () => {
    expect(ipcAncestors('H01M 10/052')).toEqual(['H', 'H01', 'H01M', 'H01M 10/00', 'H01M 10/052']);
  });

  it('ends a main group at the main group itself', () => {
    expect(ipcAncestors('H01M10/00')).toEqual(['H', 'H01', 'H01M', 'H01M 10/00']);
  });

  it('accepts an already parsed code', () => {
    const parsed = parseIpc('B22F');
    expect(parsed.ok && ipcAncestors(parsed.value)).toEqual(['B', 'B22', 'B22F']);
  });

  it('returns no ancestors for an invalid code', () => {
    expect(ipcAncestors('nonsense')).toEqual([]);
  });
});

describe('ipcSharedLevel', () => {
  it.each([
    ['H01M 10/052', 'H01M 10/052', 'subgroup'],
    ['H01M 10/052', 'H01M 10/0525', 'main_group'],
    ['H01M 10/052', 'H01M 4/131', 'subclass'],
    ['H01M 10/052', 'H01G 11/00', 'class'],
    ['H01M 10/052', 'H02J 7/00', 'section'],
    ['H01M', 'H01M 10/052', 'subclass'],
  ] as const)('finds that %s and %s share the %s', (a, b, level) => {
    expect(ipcSharedLevel(a, b)).toBe(level);
  });

  it('returns null for codes in different sections', () => {
    expect(ipcSharedLevel('H01M 10/052', 'C22C 1/04')).toBeNull();
  });

  it('returns null when either code is invalid', () => {
    expect(ipcSharedLevel('H01M 10/052', 'bogus')).toBeNull();
  });
});

describe('IpcSchema', () => {
  it('outputs the canonical spelling', () => {
    expect(IpcSchema.parse('h01m10/052')).toBe('H01M 10/052');
  });

  it('explains a malformed code in Chinese then English', () => {
    const message = IpcSchema.safeParse('H01M 10').error?.issues[0]?.message;
    expect(message).toMatch(/^IPC分类号格式错误.* \/ IPC code format is wrong/);
  });
});
