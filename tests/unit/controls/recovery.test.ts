import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim, expectNotImplemented } from './_helpers.ts';

describe('backups', () => {
  it('nightly, encrypted, 5-day retention', () => {
    expectClaim(controlsOf('Encrypted nightly backups with 5-day retention.'), 'backups', 'implemented', { frequency: 'daily', retention_days: 5, encrypted: true });
  });
  it('hourly, 30 days, restores tested', () => {
    expectClaim(
      controlsOf('Database backups are taken every hour and retained for 30 days, and restores are tested quarterly.'),
      'backups', 'implemented', { frequency: 'hourly', retention_days: 30, restore_tested: true },
    );
  });
  it('point-in-time recovery is continuous', () => {
    expectClaim(controlsOf('We offer point-in-time recovery for the last 7 days.'), 'backups', 'implemented', { frequency: 'continuous' });
  });
  it('a weekly schedule under a Backups heading', () => {
    expectClaim(controlsOf('## Backups', '- Full backups are taken weekly and kept for 90 days.'), 'backups', 'implemented', { frequency: 'weekly', retention_days: 90 });
  });
  it('self-hosted backups are customer-operated', () => {
    expectClaim(controlsOf('Self-hosted customers are responsible for their own backups.'), 'backups', 'implemented', {}, ['customer_operated']);
  });
  it('NEG: backup codes are not backups', () => {
    expectNoClaim(controlsOf('If you lose your phone, sign in with one of your backup codes.'), 'backups');
  });
  it('NEG: a backup MFA method is not a backup', () => {
    expectNoClaim(controlsOf('Add a backup phone number in case you lose access to your authenticator app.'), 'backups');
  });
  it('NEG: a denial', () => {
    expectNotImplemented(controlsOf('We do not back up file attachments.'), 'backups');
  });
});

describe('rpo', () => {
  it('one hour', () => {
    expectClaim(controlsOf('Our RPO is 1 hour.'), 'rpo', 'implemented', { hours: 1 });
  });
  it('fifteen minutes, spelled out name', () => {
    expectClaim(controlsOf('Recovery point objective (RPO): 15 minutes.'), 'rpo', 'implemented', { hours: 0.25 });
  });
  it('NEG: none defined', () => {
    expectNotImplemented(controlsOf('We do not define a formal RPO.'), 'rpo');
  });
  it('NEG: a glossary sentence', () => {
    expectNoClaim(controlsOf('RPO stands for recovery point objective.'), 'rpo');
  });
});

describe('rto', () => {
  it('a target RTO keeps the target qualifier', () => {
    expectClaim(controlsOf('Target RTO: 4 hours.'), 'rto', 'implemented', { hours: 4 }, ['target']);
  });
  it('two business days count 48 hours', () => {
    expectClaim(controlsOf('We aim to restore service within an RTO of 2 business days.'), 'rto', 'implemented', { hours: 48 }, ['target']);
  });
  it('NEG: under a Definitions heading', () => {
    expectNoClaim(controlsOf('## Definitions', 'RTO (recovery time objective) is the maximum acceptable downtime after an incident.'), 'rto');
  });
  it('NEG: an FAQ question alone', () => {
    expectNoClaim(controlsOf('What is an RTO?'), 'rto');
  });
});
