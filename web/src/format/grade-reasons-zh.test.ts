import { GRADE_REASON_CODES } from '@openlicense/domain/grading/grade-reason';
import { GRADE_REASON_ZH } from '@openlicense/domain/grading/grade-reason-zh';
import { describe, expect, it } from 'vitest';
import { type MessageKey, messages } from '../i18n/messages.ts';

describe('grade reasons in the XLSX export and on screen', () => {
  it('say the same in Chinese: the export’s phrasing is the catalogue’s zh-CN text', () => {
    for (const code of GRADE_REASON_CODES)
      expect(GRADE_REASON_ZH[code], code).toBe(messages['zh-CN'][`gradeReason.${code}` as MessageKey]);
  });
});
