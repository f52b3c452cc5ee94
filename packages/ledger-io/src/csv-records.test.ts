import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, eachCsvRecord } from './csv-records.ts';

function records(text: string): [string[], number][] {
  const seen: [string[], number][] = [];
  eachCsvRecord(text, ',', (fields, record) => seen.push([fields, record]));
  return seen;
}

describe('eachCsvRecord', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, and any line end', () => {
    // Act
    const read = records('a,"b,1","say ""hi""\nthere"\r\nc 5"x,d\r\n\n"e"f,');

    // Assess
    expect(read).toEqual([
      [['a', 'b,1', 'say "hi"\nthere'], 1],
      [['c 5"x', 'd'], 2],
      [[''], 3],
      [['ef', ''], 4],
    ]);
  });

  it('names the line where an unclosed quote starts', () => {
    // Act
    const reading = () => records('a\nb\n"c,d\ne\n');

    // Assess
    expect(reading).toThrow(CsvSyntaxError);
    expect(reading).toThrow(expect.objectContaining({ line: 3 }));
  });
});
