import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/csv-write.ts';

describe('CSV downloads', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+2', "'+1+2"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-12', '-12'],
    ['76,021', '"76,021"'],
    ['plain text', 'plain text'],
    ['a "quote"', '"a ""quote"""'],
  ])('writes %s as %s', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('writes a header and rows, one line each', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\n1,"x,y"\n');
  });
});
