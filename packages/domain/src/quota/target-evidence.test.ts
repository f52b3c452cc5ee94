import { describe, expect, it } from 'vitest';
import { evidenceSubject, evidenceSubjectName } from './target-evidence.ts';

describe('what an evidence entry is about', () => {
  it('names the subject as its writer did: a title before patent numbers, else the id', () => {
    // Prepare
    const titled = {
      subjectId: '01JDEAL',
      data: { title: '锂电池正极材料许可', patentNumbers: '201610327415.9' },
    };
    const numbered = { subjectId: '01JLIC', data: { patentNumbers: '201610327415.9、201910458236.2' } };
    const bare = { subjectId: '01JPUSH', data: { count: 3 } };
    // Act + Assess
    expect(evidenceSubjectName(titled)).toBe('锂电池正极材料许可');
    expect(evidenceSubjectName(numbered)).toBe('201610327415.9、201910458236.2');
    expect(evidenceSubjectName(bare)).toBe('01JPUSH');
  });

  it('keeps the id beside a name for the printed report, and the id alone when nothing names it', () => {
    expect(evidenceSubject({ subjectId: '01JEVT', data: { eventTitle: '专利开放许可对接会' } })).toBe(
      '专利开放许可对接会（01JEVT）',
    );
    expect(evidenceSubject({ subjectId: '01JEVT' })).toBe('01JEVT');
  });
});
