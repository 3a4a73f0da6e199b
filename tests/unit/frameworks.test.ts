import { describe, expect, it } from 'vitest';
import { CONTROL_IDS } from '../../extractors/schema/index.ts';
import { CCM_DOMAINS, FRAMEWORK_MAP, frameworksOf, MVSP_CONTROLS } from '../../extractors/schema/frameworks.ts';

describe('framework mapping', () => {
  it('maps every control to at least one CCM v4 domain, and only to ids that exist', () => {
    for (const id of CONTROL_IDS) {
      const { mvsp, ccm } = FRAMEWORK_MAP[id];
      expect(ccm.length, id).toBeGreaterThan(0);
      for (const m of mvsp) expect(MVSP_CONTROLS[m], `${id} → MVSP ${m}`).toBeDefined();
      for (const c of ccm) expect(CCM_DOMAINS[c], `${id} → CCM ${c}`).toBeDefined();
    }
    expect(Object.keys(FRAMEWORK_MAP).sort()).toEqual([...CONTROL_IDS].sort());
  });

  it('has the 25 MVSP v3.0 controls and the 17 CCM v4 domains', () => {
    expect(Object.keys(MVSP_CONTROLS)).toHaveLength(25);
    expect(Object.keys(CCM_DOMAINS)).toHaveLength(17);
  });

  it.each([
    ['sso', '2.1 Single Sign-On', 'IAM'],
    ['encryption_in_transit', '2.2 HTTPS-only', 'CEK'],
    ['backups', '4.4 Backup and Disaster recovery', 'BCR'],
    ['subprocessors', '4.3 Sub-processors', 'STA'],
    ['vulnerability_disclosure', '1.1 External vulnerability reports', 'TVM'],
    ['pentest', '1.4 External testing', 'TVM'],
    ['incident_response', '1.7 Incident handling', 'SEF'],
    ['audit_logging', '2.7 Logging', 'LOG'],
  ] as const)('%s serves MVSP %s and CCM %s', (control, mvsp, ccm) => {
    const f = frameworksOf(control);
    expect(f.mvsp.map((m) => `${m.id} ${m.name}`)).toContain(mvsp);
    expect(f.ccm.map((c) => c.id)).toContain(ccm);
  });
});
