import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/format/csv.ts';

describe('CSV downloads', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1+2', "'+1+2"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['＝1+1', "'＝1+1"],
    ['-12', '-12'],
    ['-1,234.5', '"-1,234.5"'],
    ['76,021', '"76,021"'],
    ['plain text', 'plain text'],
    ['a "quote"', '"a ""quote"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('writes the cell %j as %j', (input, expected) => {
    expect(toCsv(['h'], [[input]])).toBe(`h\n${expected}\n`);
  });

  it('writes a header and rows, one line each', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\n1,"x,y"\n');
  });
});
