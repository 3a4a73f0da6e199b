import { describe, it, expect } from 'vitest';
import { findDurations, frequencyIn } from '../../../extractors/language/durations.ts';

const first = (text: string) => findDurations(text)[0];

describe('durations', () => {
  it('"5-day retention" is 5 days', () => expect(first('Encrypted backups with 5-day retention.')?.days).toBe(5));
  it('"within 72 hours" is 72 h', () => expect(first('We notify customers within 72 hours.')?.hours).toBe(72));
  it('"2 business days" is 48 h, in business days', () => {
    const d = first('We acknowledge reports within 2 business days.');
    expect(d?.hours).toBe(48);
    expect(d?.businessDays).toBe(true);
  });
  it('"one year" is 365 days', () => expect(first('Audit logs are kept for one year.')?.days).toBe(365));
  it('"ninety days" is 90 days', () => expect(first('Logs are deleted after ninety days.')?.days).toBe(90));
  it('"an hour" is 1 h', () => expect(first('Our RPO is under an hour.')?.hours).toBe(1));
  it('"15 minutes" is a quarter hour', () => expect(first('Sessions time out after 15 minutes.')?.hours).toBe(0.25));
  it('"two weeks" is 14 days', () => expect(first('Snapshots are retained for two weeks.')?.days).toBe(14));
  it('a version number or a report type is no duration', () => {
    expect(findDurations('TLS 1.2 and SOC 2 Type 2, monitored 24/7.')).toEqual([]);
  });
  it('several durations are all found, in order', () => {
    expect(findDurations('Critical within 7 days, high within 30 days.').map((d) => d.days)).toEqual([7, 30]);
  });
});

describe('frequencies', () => {
  it('"nightly" is daily', () => expect(frequencyIn('Encrypted nightly backups.')).toBe('daily'));
  it('"every night" is daily', () => expect(frequencyIn('The database is backed up every night.')).toBe('daily'));
  it('"hourly" is hourly', () => expect(frequencyIn('Hourly snapshots of every volume.')).toBe('hourly'));
  it('"once a week" is weekly', () => expect(frequencyIn('Full backups run once a week.')).toBe('weekly'));
  it('point-in-time recovery is continuous', () => expect(frequencyIn('We offer point-in-time recovery.')).toBe('continuous'));
  it('an explicit schedule beats point-in-time recovery', () => expect(frequencyIn('Daily backups plus point-in-time recovery.')).toBe('daily'));
  it('"regularly" gives no frequency', () => expect(frequencyIn('Backups are taken regularly.')).toBeUndefined());
});
