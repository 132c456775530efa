import { describe, expect, it } from 'vitest';
import { describeDuration, formatIsoDuration, fromParts, parseIsoDuration, toParts } from './duration';

describe('ISO 8601 durations', () => {
  it('reads the forms workflows use', () => {
    expect(parseIsoDuration('PT15M')).toBe(900);
    expect(parseIsoDuration('P1D')).toBe(86400);
    expect(parseIsoDuration('P1DT2H30M')).toBe(95400);
    expect(parseIsoDuration(' pt30s ')).toBe(30);
    expect(parseIsoDuration('PT1.5S')).toBe(1.5);
  });

  it('refuses what the server cannot read', () => {
    for (const text of ['', 'P', 'PT', 'P1DT', '15M', 'P1W', 'P1Y', 'PT-5M', '00:15:00', 'soon']) {
      expect(parseIsoDuration(text), text).toBeUndefined();
    }
  });

  it('writes the shortest text', () => {
    expect(formatIsoDuration(900)).toBe('PT15M');
    expect(formatIsoDuration(86400)).toBe('P1D');
    expect(formatIsoDuration(93600)).toBe('P1DT2H');
    expect(formatIsoDuration(0)).toBe('PT0S');
    expect(formatIsoDuration(90)).toBe('PT1M30S');
  });

  it('shows a duration as one number in the largest whole unit', () => {
    expect(toParts(900)).toEqual({ amount: 15, unit: 'minutes' });
    expect(toParts(172800)).toEqual({ amount: 2, unit: 'days' });
    expect(toParts(93600)).toEqual({ amount: 26, unit: 'hours' });
    expect(toParts(0)).toEqual({ amount: 0, unit: 'seconds' });
    expect(fromParts({ amount: 3, unit: 'days' })).toBe('P3D');
    expect(fromParts({ amount: 90, unit: 'minutes' })).toBe('PT1H30M');
  });

  it('describes a duration in words', () => {
    expect(describeDuration(95400)).toBe('1 day 2 hours 30 minutes');
    expect(describeDuration(60)).toBe('1 minute');
  });
});
