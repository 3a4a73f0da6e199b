import { describe, expect, it } from 'vitest';
import { auditText, type AuditReport } from '../../../extractors/index.ts';
import { countByClassification, diffReports, type Change } from '../../../lib/diff/index.ts';
import { PRESETS } from '../../../lib/profiles/presets.ts';
import type { Profile } from '../../../lib/profiles/schema.ts';

const ENTERPRISE = PRESETS.find((p) => p.id === 'enterprise')!;
// forced: these short pages test the diff, not the recogniser
const audit = (body: string): AuditReport => auditText(`# Security at Brambleway\n\nContact security@brambleway.io\n\n${body}`, 'page', { force: true });

const v1 = audit(`## Compliance\n\nOur SOC 2 Type II audit is in progress.\n\n## Backups\n\nWe take encrypted backups daily and keep them for 7 days.\n\n## Incidents\n\nWe notify affected customers of a security incident within 48 hours.`);
const v2 = audit(`## Compliance\n\nWe hold a SOC 2 Type II report.\n\n## Backups\n\nWe take encrypted backups daily and keep them for 5 days.\n\n## Incidents\n\nWe notify affected customers of a security incident within 72 hours.`);

const find = (changes: Change[], control: string, kind?: string) => changes.find((c) => c.control === control && (!kind || c.kind === kind));

describe('diffReports', () => {
  it('the pages read as intended (the test relies on it)', () => {
    expect(v1.controls.soc2?.status).toBe('in_progress');
    expect(v2.controls.soc2?.status).toBe('implemented');
    expect(v1.controls.backups?.attributes.retention_days).toBe(7);
    expect(v2.controls.backups?.attributes.retention_days).toBe(5);
    expect(v1.controls.incident_response?.attributes.breach_notification_hours).toBe(48);
    expect(v2.controls.incident_response?.attributes.breach_notification_hours).toBe(72);
  });

  it('SOC 2 in progress → implemented is an improvement', () => {
    expect(find(diffReports(v1, v2, ENTERPRISE), 'soc2', 'status')).toMatchObject({ before: 'in_progress', after: 'implemented', classification: 'improvement', required: true, summary: 'SOC 2: in progress → in place' });
  });

  it('backup retention 7 → 5 days is a regression, direction down', () => {
    expect(find(diffReports(v1, v2, ENTERPRISE), 'backups', 'attribute')).toMatchObject({ attribute: 'retention_days', before: 7, after: 5, direction: 'down', classification: 'regression', summary: 'Backups: retention 7 → 5 days' });
  });

  it('breach notice 48 h → 72 h under a "≤ 48" rule is a regression', () => {
    const strict: Profile = { id: 'strict', name: 'Strict', requirements: [{ control: 'incident_response', status: 'implemented', rules: [{ key: 'breach_notification_hours', max: 48 }] }] };
    expect(find(diffReports(v1, v2, strict), 'incident_response')).toMatchObject({ before: 48, after: 72, direction: 'up', classification: 'regression' });
  });

  it('inside the rule both ways, moving towards its bound still counts: 48 → 72 h under "≤ 72" is a regression, 72 → 48 h an improvement', () => {
    expect(find(diffReports(v1, v2, ENTERPRISE), 'incident_response')?.classification).toBe('regression');
    expect(find(diffReports(v2, v1, ENTERPRISE), 'incident_response')?.classification).toBe('improvement');
  });

  it('the reverse diff reverses each classification', () => {
    const forward = diffReports(v1, v2, ENTERPRISE);
    const back = diffReports(v2, v1, ENTERPRISE);
    const flip = { regression: 'improvement', improvement: 'regression', neutral: 'neutral' } as const;
    for (const c of forward) expect(find(back, c.control, c.kind)?.classification, `${c.control} ${c.kind}`).toBe(flip[c.classification]);
  });

  it('without a profile, status and attribute directions still decide', () => {
    const changes = diffReports(v1, v2, null);
    expect(find(changes, 'soc2')?.classification).toBe('improvement');
    expect(find(changes, 'backups')?.classification).toBe('regression');
    expect(find(changes, 'incident_response')?.classification).toBe('regression'); // hours: lower is better
    expect(changes.every((c) => !c.required)).toBe(true);
  });

  it('lists regressions first and counts them', () => {
    const changes = diffReports(v1, v2, ENTERPRISE);
    expect(changes.map((c) => c.classification)).toEqual([...changes.map((c) => c.classification)].sort((a, b) => ['regression', 'improvement', 'neutral'].indexOf(a) - ['regression', 'improvement', 'neutral'].indexOf(b)));
    expect(countByClassification(changes)).toEqual({ regression: 2, improvement: 1, neutral: 0 });
  });

  it('a required control the page stops mentioning is a regression; one it starts denying too', () => {
    const without = audit(`## Compliance\n\nWe hold a SOC 2 Type II report.`);
    const withMfa = audit(`## Compliance\n\nWe hold a SOC 2 Type II report.\n\n## Sign-in\n\nWe do not offer multi-factor authentication.`);
    expect(find(diffReports(v2, without, ENTERPRISE), 'backups')).toMatchObject({ kind: 'removed', classification: 'regression' });
    expect(find(diffReports(without, withMfa, ENTERPRISE), 'mfa')).toMatchObject({ kind: 'added', after: 'denied', classification: 'regression' });
    // not required by the profile: neutral
    const onlySoc2: Profile = { id: 'soc', name: 'SOC only', requirements: [{ control: 'soc2', status: 'implemented', rules: [] }] };
    expect(find(diffReports(v2, without, onlySoc2), 'backups')?.classification).toBe('neutral');
  });

  it('a hedge added to a required control is a regression, removed an improvement', () => {
    const plain = audit(`## Backups\n\nWe back up customer data daily.`);
    const hedged = audit(`## Backups\n\nWhere feasible, we back up customer data daily.`);
    expect(hedged.controls.backups?.qualifiers).toContain('where_feasible');
    expect(find(diffReports(plain, hedged, ENTERPRISE), 'backups', 'qualifier-added')).toMatchObject({ qualifier: 'where_feasible', classification: 'regression' });
    expect(find(diffReports(hedged, plain, ENTERPRISE), 'backups', 'qualifier-removed')).toMatchObject({ classification: 'improvement' });
  });

  it('a SOC 2 report that becomes "on request / under NDA" is no regression, unless the profile asks for a public report', () => {
    const plain = audit(`## Compliance\n\nWe hold a SOC 2 Type II report.`);
    const hedged = audit(`## Compliance\n\nWe hold a SOC 2 Type II report, available on request under NDA.`);
    expect(hedged.controls.soc2?.qualifiers).toContain('on_request');
    expect(find(diffReports(plain, hedged, ENTERPRISE), 'soc2', 'qualifier-added')).toMatchObject({ qualifier: 'on_request', classification: 'neutral' });
    expect(find(diffReports(hedged, plain, ENTERPRISE), 'soc2', 'qualifier-removed')).toMatchObject({ classification: 'neutral' });
    const publicOnly: Profile = { id: 'public', name: 'Public reports', requirements: [{ control: 'soc2', status: 'implemented', rules: [], publicReport: true }] };
    expect(find(diffReports(plain, hedged, publicOnly), 'soc2', 'qualifier-added')).toMatchObject({ classification: 'regression' });
  });

  it('the same claim reworded is a neutral evidence change; identical reports have no change', () => {
    const a = audit(`## Encryption\n\nAll customer data is encrypted at rest with AES-256.`);
    const b = audit(`## Encryption\n\nWe encrypt all customer data at rest using AES-256.`);
    expect(diffReports(a, a, ENTERPRISE)).toEqual([]);
    expect(diffReports(a, b, ENTERPRISE)).toEqual([expect.objectContaining({ control: 'encryption_at_rest', kind: 'evidence', classification: 'neutral' })]);
  });

  it('lists compare as sets: the same regions in another order are no change', () => {
    const a = audit(`## Hosting\n\nCustomer data is stored in the EU and the US.`);
    const b = audit(`## Hosting\n\nCustomer data is stored in the US and the EU.`);
    expect(diffReports(a, b, null).filter((c) => c.kind === 'attribute')).toEqual([]);
  });
});
