import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuditReportSchema, ClaimSchema, CONTROL_IDS, CONTROLS, resolveClaims, STATUSES, type Claim } from '../../extractors/schema/index.ts';

const claim = (over: Partial<Claim>): Claim => ({ control: 'soc2', status: 'implemented', attributes: {}, qualifiers: [], evidence: ['quote'], ...over });

describe('claim schema', () => {
  it('accepts every status of the catalog', () => {
    expect(STATUSES).toEqual(['implemented', 'in_progress', 'planned', 'denied', 'inherited']);
    for (const status of STATUSES) expect(ClaimSchema.parse(claim({ status })).status).toBe(status);
  });

  it('has every control id of the catalog, each with label, family, description and attribute schema', () => {
    const catalogIds = ['soc2', 'iso27001', 'iso27701', 'pci_dss', 'hipaa', 'gdpr', 'pentest', 'bug_bounty', 'vulnerability_disclosure', 'security_txt', 'dpa', 'subprocessors',
      'encryption_in_transit', 'hsts', 'encryption_at_rest', 'secrets_encryption', 'credential_hashing', 'backups', 'rpo', 'rto', 'data_residency', 'self_hosting', 'data_export', 'data_deletion', 'no_ai_training',
      'mfa', 'sso', 'scim', 'rbac', 'ip_allowlisting', 'rate_limiting', 'session_security', 'tenant_isolation', 'audit_logging', 'employee_access', 'background_checks', 'security_training',
      'incident_response', 'vulnerability_management', 'malware_scanning', 'monitoring', 'ddos_protection', 'security_headers', 'network_security', 'change_management', 'status_page'];
    expect([...CONTROL_IDS].sort()).toEqual([...catalogIds].sort());
    for (const id of CONTROL_IDS) {
      expect(CONTROLS[id].label.length).toBeGreaterThan(1);
      expect(CONTROLS[id].description.length).toBeGreaterThan(5);
      expect(CONTROLS[id].attributeSchema).toBeInstanceOf(z.ZodObject);
    }
  });

  it('rejects an unknown control id with a readable message', () => {
    const r = ClaimSchema.safeParse(claim({ control: 'soc3' as never }));
    expect(r.success).toBe(false);
    expect(z.prettifyError(r.error!)).toContain('unknown control id "soc3"');
  });

  it('rejects a claim without evidence', () => {
    const r = ClaimSchema.safeParse(claim({ evidence: [] }));
    expect(r.success).toBe(false);
    expect(z.prettifyError(r.error!)).toContain('at least one evidence quote');
    expect(ClaimSchema.safeParse(claim({ evidence: ['   '] })).success).toBe(false);
  });

  it('rejects an attribute of the wrong type, naming the control and the key', () => {
    const r = ClaimSchema.safeParse(claim({ control: 'backups', attributes: { retention_days: '30 days' } }));
    expect(r.success).toBe(false);
    const message = z.prettifyError(r.error!);
    expect(message).toContain('backups');
    expect(message).toContain('retention_days');
  });

  it('rejects an attribute key the control does not have, and a bad enum value', () => {
    expect(ClaimSchema.safeParse(claim({ control: 'soc2', attributes: { level: 1 } })).success).toBe(false);
    expect(ClaimSchema.safeParse(claim({ control: 'soc2', attributes: { report_type: 3 } })).success).toBe(false);
    expect(ClaimSchema.safeParse(claim({ control: 'mfa', attributes: { methods: ['carrier-pigeon'] } })).success).toBe(false);
    expect(ClaimSchema.safeParse(claim({ control: 'data_residency', attributes: { regions: ['eu'] } })).success).toBe(false);
    expect(ClaimSchema.safeParse(claim({ control: 'encryption_in_transit', attributes: { tls_min_version: 1.2 } })).success).toBe(false);
  });

  it('rejects an unknown status and an unknown qualifier', () => {
    expect(ClaimSchema.safeParse(claim({ status: 'certified' as never })).success).toBe(false);
    expect(ClaimSchema.safeParse(claim({ qualifiers: ['probably' as never] })).success).toBe(false);
  });

  it('rejects a report whose resolved control has no claim behind it', () => {
    const report = { source: 'x', recognition: { isTrustPage: true, score: 0.9 }, vendor: { name: null, domain: null }, lastUpdated: null, claims: [], controls: { soc2: { status: 'implemented', attributes: {}, qualifiers: [] } } };
    const r = AuditReportSchema.safeParse(report);
    expect(r.success).toBe(false);
    expect(z.prettifyError(r.error!)).toContain('no claim supports it');
  });
});

describe('resolution rule (seed cases)', () => {
  it("Centrali: 'not currently SOC 2 certified' + roadmap 'SOC 2 Type I' resolves to planned with report type 1", () => {
    const r = resolveClaims([
      claim({ status: 'denied', evidence: ['We are not currently SOC 2 certified.'] }),
      claim({ status: 'planned', attributes: { report_type: 1 }, evidence: ['We are actively working toward SOC 2 Type I as a near-term milestone'] }),
    ]);
    expect(r).toEqual({ status: 'planned', attributes: { report_type: 1 }, qualifiers: [] });
  });

  it("Zentro: the database provider's SOC 2 (inherited) + own 'SOC 2 Type I in preparation' resolves to in_progress", () => {
    const r = resolveClaims([
      claim({ status: 'inherited', evidence: ['Database: managed PostgreSQL hosted with a SOC 2 / ISO 27001 certified provider (US region).'] }),
      claim({ status: 'in_progress', attributes: { report_type: 1 }, evidence: ['SOC 2 Type I in preparation.'] }),
    ]);
    expect(r.status).toBe('in_progress');
    expect(r.attributes).toEqual({ report_type: 1 });
  });

  it('follows implemented > in_progress > planned > denied > inherited for every pair', () => {
    for (let i = 0; i < STATUSES.length; i++) {
      for (let j = i + 1; j < STATUSES.length; j++) {
        expect(resolveClaims([claim({ status: STATUSES[j]! }), claim({ status: STATUSES[i]! })]).status).toBe(STATUSES[i]);
        expect(resolveClaims([claim({ status: STATUSES[i]! }), claim({ status: STATUSES[j]! })]).status).toBe(STATUSES[i]);
      }
    }
  });

  it('takes attributes only from the claims with the resolved status (catalog v2): a planned claim lends nothing', () => {
    const r = resolveClaims([
      claim({ control: 'backups', status: 'planned', attributes: { retention_days: 90, encrypted: true } }),
      claim({ control: 'backups', status: 'implemented', attributes: { retention_days: 5, frequency: 'daily' } }),
    ]);
    expect(r.attributes).toEqual({ retention_days: 5, frequency: 'daily' });
  });

  it('unites lists from claims of the resolved status (Zentrik regions US + EU) and keeps their hedges', () => {
    const r = resolveClaims([
      claim({ control: 'data_residency', attributes: { regions: ['US'] } }),
      claim({ control: 'data_residency', attributes: { regions: ['EU', 'US'] }, qualifiers: ['on_request'] }),
    ]);
    expect(r.attributes).toEqual({ regions: ['US', 'EU'] });
    expect(r.qualifiers).toEqual(['on_request']);
  });

  it('drops "may" when another claim of the same status is firm, keeps it when all are doubtful', () => {
    const firm = claim({ control: 'encryption_at_rest', evidence: ['Data is encrypted at rest.'] });
    const doubtful = claim({ control: 'encryption_at_rest', qualifiers: ['may'], evidence: ['Supplementary measures may include encryption at rest.'] });
    expect(resolveClaims([firm, doubtful]).qualifiers).toEqual([]);
    expect(resolveClaims([doubtful, { ...doubtful, evidence: ['Another doubtful one.'] }]).qualifiers).toEqual(['may']);
  });

  it('refuses to resolve nothing', () => {
    expect(() => resolveClaims([])).toThrow();
  });
});
