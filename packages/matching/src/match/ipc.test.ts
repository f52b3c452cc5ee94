import { describe, expect, it } from 'vitest';
import { SnapshotFormatError } from '../errors.ts';
import { MatchEngine } from './engine.ts';
import { bestIpcAgreement, ipcPath, ipcSubclass } from './ipc.ts';
import { formatYuan } from './money.ts';

describe('IPC hierarchy', () => {
  it('names a code at every level it reaches', () => {
    expect(ipcPath('H01M 4/525')).toEqual(['H', 'H01', 'H01M', 'H01M 4/00', 'H01M 4/525']);
    expect(ipcPath('H01M 4/00')).toEqual(['H', 'H01', 'H01M', 'H01M 4/00']);
    expect(ipcPath('h01m')).toEqual(['H', 'H01', 'H01M']);
    expect(ipcPath('not a code')).toEqual([]);
    expect(ipcSubclass('G06F 16/33')).toBe('G06F');
    expect(ipcSubclass('G06')).toBeUndefined();
  });

  it('scores the deepest shared level, subgroup highest', () => {
    const similarity = (listing: string) => bestIpcAgreement(['H01M 4/525'], [listing])?.similarity ?? 0;

    const order = ['H01M 4/525', 'H01M 4/13', 'H01M 10/05', 'H01G 11/06', 'H02J 7/00', 'A01B 1/00'].map(
      similarity,
    );

    expect(order).toEqual([...order].sort((a, b) => b - a));
    expect(new Set(order).size).toBe(order.length);
    expect(order.at(-1)).toBe(0);
    expect(bestIpcAgreement(['H01M'], ['G06F', 'H01M 4/13'])).toMatchObject({
      shared: 'H01M',
      listingCode: 'H01M 4/13',
    });
  });
});

describe('formatYuan', () => {
  it('writes fen as grouped yuan', () => {
    expect(formatYuan(4_800_000)).toBe('¥48,000');
    expect(formatYuan(20_000_000)).toBe('¥200,000');
    expect(formatYuan(123_456_750)).toBe('¥1,234,567.50');
    expect(formatYuan(0)).toBe('¥0');
  });
});

describe('MatchEngine.load', () => {
  it('refuses bytes that are not an engine snapshot', () => {
    expect(() => MatchEngine.load(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toThrow(
      SnapshotFormatError,
    );
  });
});
