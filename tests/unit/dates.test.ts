import { describe, expect, it } from 'vitest';
import { localDateTime, plural } from '../../lib/dates.ts';

describe('localDateTime', () => {
  it('shows the moment in the given time zone and names the zone', () => {
    expect(localDateTime('2026-12-01T21:40:00Z', 'UTC')).toBe('2026-12-01 21:40 UTC');
    expect(localDateTime('2026-12-01T23:40:00Z', 'Europe/Paris')).toBe('2026-12-02 00:40 GMT+1');
    expect(localDateTime('2026-07-01T09:05:00Z', 'America/New_York')).toBe('2026-07-01 05:05 EDT');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(localDateTime('yesterday', 'UTC')).toBe('yesterday');
  });
});

describe('plural', () => {
  it('says "1 snapshot" and "2 snapshots", never "snapshot(s)"', () => {
    expect(plural(1, 'snapshot')).toBe('1 snapshot');
    expect(plural(2, 'snapshot')).toBe('2 snapshots');
    expect(plural(0, 'vendor')).toBe('0 vendors');
  });
});
