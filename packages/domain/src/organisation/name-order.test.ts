import { describe, expect, it } from 'vitest';
import { compareOrgNames, sortByOrgName } from './name-order.ts';

describe('organisation name order (拼音)', () => {
  it('puts 长沙 before 湘潭, 益阳 and 中南, as a Chinese reader expects', () => {
    // Prepare: the demo's Hunan organisations, as code-point order and ICU's plain pinyin both misplace them
    const names = [
      '益阳稻香米业有限公司',
      '中南大学',
      '湘潭大学',
      '长沙星城知识产权运营服务有限公司',
      '湖南大学',
    ];

    // Act
    const sorted = [...names].sort(compareOrgNames);

    // Assess
    expect(sorted).toEqual([
      '长沙星城知识产权运营服务有限公司',
      '湖南大学',
      '湘潭大学',
      '益阳稻香米业有限公司',
      '中南大学',
    ]);
  });

  it('reads 长 as cháng inside a name too, and 重庆 as chóng', () => {
    expect(compareOrgNames('湖南长沙麓谷园区', '湖南益阳园区')).toBeLessThan(0);
    expect(compareOrgNames('重庆大学', '郑州大学')).toBeLessThan(0);
    expect(compareOrgNames('厦门大学', '郑州大学')).toBeLessThan(0);
  });

  it('sorts records by a name field without changing the input, ties by code point', () => {
    const orgs = [{ name: '益阳' }, { name: '长沙' }, { name: '长沙' }];
    expect(sortByOrgName(orgs, (o) => o.name).map((o) => o.name)).toEqual(['长沙', '长沙', '益阳']);
    expect(orgs[0]?.name).toBe('益阳');
    expect(compareOrgNames('Acme 2', 'Acme 10')).toBeLessThan(0);
  });
});
