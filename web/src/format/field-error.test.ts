import { describe, expect, it } from 'vitest';
import { errorAt } from './field-error.ts';

describe('errorAt', () => {
  const errors = {
    number: '专利号校验位错误',
    'patentees.1.name': '请填写专利权人名称',
    'ipc.0': 'IPC 错误',
  };

  it('finds the field’s own message', () => {
    expect(errorAt(errors, 'number')).toBe('专利号校验位错误');
  });

  it('finds a message for an item of a list field', () => {
    expect(errorAt(errors, 'patentees')).toBe('请填写专利权人名称');
    expect(errorAt(errors, 'ipc')).toBe('IPC 错误');
  });

  it('does not confuse fields that share a prefix', () => {
    expect(errorAt({ numberOfThings: 'x' }, 'number')).toBeUndefined();
  });
});
