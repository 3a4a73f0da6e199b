import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../extractors/audit.ts';
import type { AuditReport } from '../../extractors/schema/index.ts';
import { PRESETS } from '../../lib/profiles/presets.ts';
import { ProfileSchema, type Profile } from '../../lib/profiles/schema.ts';
import { checkRule, evaluate, judge, summarise } from '../../lib/verdicts.ts';

const SEEDS = resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const seed = (name: string) => auditText(readFileSync(resolve(SEEDS, `${name}.txt`), 'utf8'), name);
const preset = (id: string) => PRESETS.find((p) => p.id === id)!;
const verdictOf = (report: AuditReport, profile: Profile, control: string) => evaluate(report, profile).find((v) => v.control === control)!;

describe('verdicts on the seed pages under the enterprise profile', () => {
  const enterprise = preset('enterprise');

  it("Zentrik's SOC 2 is partial: Type II in progress", () => {
    const v = verdictOf(seed('zentrik'), enterprise, 'soc2');
    expect(v.verdict).toBe('partial');
    expect(v.reason).toMatch(/in progress/);
    expect(v.evidence).toMatch(/audit engagement initiated/);
  });

  it("Zentrik's backups fail: 5-day retention against ≥ 30", () => {
    const v = verdictOf(seed('zentrik'), enterprise, 'backups');
    expect(v.verdict).toBe('fail');
    expect(v.reason).toMatch(/the page says kept 5 days; required: retention at least 30 days/);
    // the quote is the one that gave the 5 days, not any backups sentence
    expect(v.evidence).toMatch(/5-day retention|retained for 5 days/);
  });

  it("ZentraLink's SOC 2 fails: denied", () => {
    const v = verdictOf(seed('zentralink'), enterprise, 'soc2');
    expect(v.verdict).toBe('fail');
    expect(v.evidence).toMatch(/not certified to ISO 27001 or SOC 2/);
  });

  it("ZenWorkflow's SOC 2 is unknown, not fail", () => {
    const v = verdictOf(seed('zenworkflow'), enterprise, 'soc2');
    expect(v.verdict).toBe('unknown');
    expect(v.evidence).toBeNull();
  });

  it("Centrali's MFA is partial: planned", () => {
    const v = verdictOf(seed('centrali'), enterprise, 'mfa');
    expect(v.verdict).toBe('partial');
    expect(v.reason).toMatch(/planned/);
  });

  it('Zentrik: breach notice in 72 h "where required by law" is hedged; a 48 h target RTO breaks ≤ 24 h; the DPA is on request', () => {
    const report = seed('zentrik');
    const breach = verdictOf(report, enterprise, 'incident_response');
    expect(breach.verdict).toBe('partial');
    // the hedge is named with the page's own words, not a label the page never used
    expect(breach.reason).toMatch(/hedged: conditional: “where required by law”/);
    expect(breach.reason).not.toMatch(/where feasible/);
    // RTO is a "target" of 48 h: over 24 h breaks the rule
    expect(verdictOf(report, enterprise, 'rto').verdict).toBe('fail');
    const dpa = verdictOf(report, enterprise, 'dpa');
    expect(dpa.verdict).toBe('partial');
    expect(dpa.reason).toMatch(/on request/);
    expect(verdictOf(report, enterprise, 'encryption_at_rest').verdict).toBe('pass');
  });

  it('summarises counts that add up to the requirements', () => {
    const verdicts = evaluate(seed('zentro'), enterprise);
    const s = summarise(verdicts);
    expect(s.pass + s.fail + s.partial + s.unknown).toBe(enterprise.requirements.length);
  });
});

const resolved = (status: 'implemented' | 'in_progress' | 'planned' | 'denied' | 'inherited', attributes: Record<string, unknown> = {}, qualifiers: string[] = []) =>
  ({ status, attributes, qualifiers }) as never;
const emptyReport = { claims: [], controls: {} } as unknown as AuditReport;

describe('verdict rules', () => {
  const req = (control: string, rules: object[] = [], status = 'implemented') => ({ control, status, rules }) as never;

  it('pass: implemented and every rule met', () => {
    expect(judge(req('backups', [{ key: 'retention_days', min: 30 }]), resolved('implemented', { retention_days: 35 }), emptyReport).verdict).toBe('pass');
  });
  it('fail: denied, or an attribute that breaks a rule', () => {
    expect(judge(req('soc2'), resolved('denied'), emptyReport).verdict).toBe('fail');
    expect(judge(req('incident_response', [{ key: 'breach_notification_hours', max: 48 }]), resolved('implemented', { breach_notification_hours: 72 }), emptyReport).verdict).toBe('fail');
  });
  it('partial: in progress, planned, inherited, hedged, or the attribute to judge is missing', () => {
    expect(judge(req('soc2'), resolved('in_progress'), emptyReport).verdict).toBe('partial');
    expect(judge(req('soc2'), resolved('planned'), emptyReport).verdict).toBe('partial');
    expect(judge(req('iso27001'), resolved('inherited'), emptyReport).verdict).toBe('partial');
    expect(judge(req('rto'), resolved('implemented', { hours: 4 }, ['target']), emptyReport).verdict).toBe('partial');
    expect(judge(req('backups', [{ key: 'retention_days', min: 30 }]), resolved('implemented', { frequency: 'daily' }), emptyReport).verdict).toBe('partial');
  });
  it('a weaker required status is met by a stronger one, never by a denial or a provider', () => {
    expect(judge(req('soc2', [], 'in_progress'), resolved('implemented'), emptyReport).verdict).toBe('pass');
    expect(judge(req('soc2', [], 'planned'), resolved('in_progress'), emptyReport).verdict).toBe('pass');
    expect(judge(req('soc2', [], 'planned'), resolved('inherited'), emptyReport).verdict).toBe('partial');
  });
  it('unknown: the page says nothing', () => {
    const v = judge(req('scim'), undefined, emptyReport);
    expect(v.verdict).toBe('unknown');
    expect(v.reason).toMatch(/says nothing/);
  });
  it('checks min/max on numbers and version strings, includes on lists, equals and oneOf on scalars', () => {
    expect(checkRule({ key: 'tls_min_version', min: 1.2 }, { tls_min_version: '1.3' })).toBe('met');
    expect(checkRule({ key: 'tls_min_version', min: 1.2 }, { tls_min_version: '1.0' })).toBe('broken');
    expect(checkRule({ key: 'regions', includes: 'EU' }, { regions: ['US', 'eu'] })).toBe('met');
    expect(checkRule({ key: 'regions', includes: 'EU' }, { regions: ['US'] })).toBe('broken');
    expect(checkRule({ key: 'report_type', equals: 2 }, { report_type: 1 })).toBe('broken');
    expect(checkRule({ key: 'enforceable', equals: true }, { enforceable: true })).toBe('met');
    expect(checkRule({ key: 'frequency', oneOf: ['annual', 'quarterly'] }, { frequency: 'biannual' })).toBe('broken');
    expect(checkRule({ key: 'retention_days', min: 30 }, {})).toBe('missing');
  });
});

describe('profiles', () => {
  it('the presets are valid profiles whose rules name real attributes', () => {
    for (const p of PRESETS) expect(ProfileSchema.safeParse(p).error?.message).toBeUndefined();
    expect(PRESETS.map((p) => p.id)).toEqual(['mvsp', 'enterprise', 'eu-data']);
  });
  it('rejects a rule on an attribute the control does not have, and a control required twice', () => {
    const bad = ProfileSchema.safeParse({ id: 'x', name: 'X', requirements: [{ control: 'soc2', rules: [{ key: 'retention_days', min: 1 }] }] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/soc2 has no attribute "retention_days" \(it has report_type\)/);
    const twice = ProfileSchema.safeParse({ id: 'x', name: 'X', requirements: [{ control: 'mfa' }, { control: 'mfa' }] });
    expect(twice.error!.issues[0]!.message).toMatch(/required twice/);
  });
});

describe('an attestation report on request / under NDA', () => {
  const enterprise = preset('enterprise');
  const onRequest = auditText('# Security at Brambleway\n\n## Compliance\n\nWe hold a SOC 2 Type II report, available on request under NDA.', 'nda.md', { force: true });

  it('is a note beside a met SOC 2 under the presets, not a partial', () => {
    const v = verdictOf(onRequest, enterprise, 'soc2');
    expect(onRequest.controls.soc2?.qualifiers).toContain('on_request');
    expect(v.verdict).toBe('pass');
    expect(v.note).toMatch(/on request \/ under NDA/);
  });

  it('is partial when the profile asks for a public report', () => {
    const strict: Profile = { id: 'strict', name: 'Public reports', requirements: [{ control: 'soc2', status: 'implemented', rules: [{ key: 'report_type', equals: 2 }], publicReport: true }] };
    const v = verdictOf(onRequest, strict, 'soc2');
    expect(v.verdict).toBe('partial');
    expect(v.note).toBeUndefined();
  });

  it('still makes a DPA on request partial: that is not an attestation report', () => {
    expect(verdictOf(seed('zentrik'), enterprise, 'dpa').verdict).toBe('partial');
  });
});
