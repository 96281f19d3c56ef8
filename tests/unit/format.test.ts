import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, formatDecimal, formatQualified, notANumber } from '../../src/format/numbers.ts';

describe('format', () => {
  it('groups thousands with commas whatever the machine locale', () => {
    expect(formatCount(76021)).toBe('76,021');
    expect(formatCount(7841)).toBe('7,841');
    expect(formatCount(191369)).toBe('191,369');
    expect(formatCount(135)).toBe('135');
    expect(formatCount(4_800_000)).toBe('4,800,000');
  });

  it('keeps the qualifier its source gave', () => {
    expect(formatQualified(470000, 'about')).toBe('about 470,000');
    expect(formatQualified(269617, '')).toBe('269,617');
    expect(formatQualified(260000, 'more than')).toBe('more than 260,000');
  });

  it('writes fixed decimals for rates and compact ticks for axes', () => {
    expect(formatDecimal(552 / 135)).toBe('4.1');
    expect(formatDecimal(20)).toBe('20.0');
    expect(formatDecimal(1234.567, 2)).toBe('1,234.57');
    expect(formatCompact(500000)).toBe('500k');
    expect(formatCompact(0)).toBe('0');
  });

  it('says how to write a number with separators or a decimal comma', () => {
    expect(notANumber('12,540')).toBe('"12,540" is not a number: write it without separators');
    expect(notANumber('19,7')).toBe(
      '"19,7" is not a number: write the decimal point as a full stop ("19.7"), and no separators',
    );
    expect(notANumber('-0,25')).toContain('("-0.25")');
    expect(notANumber('n/a')).toBe('"n/a" is not a number');
  });
});
