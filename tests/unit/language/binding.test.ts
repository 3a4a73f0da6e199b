import { describe, it, expect } from 'vitest';
import { boundDuration } from '../../../extractors/language/binding.ts';

describe('a duration binds to the phrase it qualifies', () => {
  const text = 'Exports are delivered under a 30-day SLA, and backups have a 5-day retention.';
  it('retention takes the 5, not the 30 next to the SLA', () => {
    expect(boundDuration(text, /retention/)?.days).toBe(5);
  });
  it('the SLA keeps its 30', () => {
    expect(boundDuration(text, /SLA/)?.days).toBe(30);
  });
  it('"retained for 400 days"', () => {
    expect(boundDuration('Audit logs are retained for 400 days.', /retained/)?.days).toBe(400);
  });
  it('"Retention: 7 days"', () => {
    expect(boundDuration('Retention: 7 days', /retention/i)?.days).toBe(7);
  });
  it('a duration about something else does not bind', () => {
    expect(boundDuration('We respond to support tickets within 5 days.', /retention|retained/)).toBeUndefined();
  });
  it('a duration in the next sentence does not bind', () => {
    expect(boundDuration('Data is retained while your account is active. Support replies within 2 days.', /retained/)).toBeUndefined();
  });
  it('the first bound duration wins', () => {
    expect(boundDuration('Backups are kept for 35 days. Restores are tested every 90 days.', /kept/)?.days).toBe(35);
  });
});
