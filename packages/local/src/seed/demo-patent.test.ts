import { checkPatentClaimant } from '@openlicense/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, DEMO_PATENTS } from './demo-data/index.ts';
import { demoPatentInput } from './demo-patent.ts';

describe('demo patents and the patentee rule', () => {
  it.each(DEMO_PATENTS.map((demo, i) => [demo.number, demo, i] as const))(
    'ZL%s is held by an approved organisation named among its patentees',
    (_number, demo, i) => {
      // Prepare
      const holder = DEMO_ORGANISATIONS.find((o) => o.key === demo.orgKey);
      // Act
      const input = demoPatentInput(demo, i, holder!, 'org-id');
      // Assess
      expect(holder).toBeDefined();
      expect(() => checkPatentClaimant(holder!, input.patentees)).not.toThrow();
    },
  );
});
