import type { ControlId } from './controls.ts';

/**
 * Each catalog control mapped to the public MVSP v3.0 control it serves and to
 * its CSA Cloud Controls Matrix v4 domain(s). Data only, zod-free (the content
 * script may read it). A control with no MVSP counterpart maps to none; every
 * control has at least one CCM domain. The map is a full Record over ControlId,
 * so a new control without a mapping fails to typecheck.
 *
 * Sources: Minimum Viable Secure Product, https://mvsp.dev/mvsp.en/ (v3.0,
 * control numbers and names); CSA Cloud Controls Matrix v4,
 * https://cloudsecurityalliance.org/research/cloud-controls-matrix (17 domains).
 */
export interface MvspControl { id: string; name: string }
export interface CcmDomain { id: string; name: string }

export const MVSP_VERSION = '3.0';
export const CCM_VERSION = '4';

export const MVSP_CONTROLS: Record<string, MvspControl> = Object.fromEntries(([
  ['1.1', 'External vulnerability reports'], ['1.2', 'Customer testing'], ['1.3', 'Self-assessment'], ['1.4', 'External testing'],
  ['1.5', 'Training'], ['1.6', 'Compliance'], ['1.7', 'Incident handling'], ['1.8', 'Data handling'],
  ['2.1', 'Single Sign-On'], ['2.2', 'HTTPS-only'], ['2.3', 'Security Headers'], ['2.4', 'Password policy'],
  ['2.5', 'Security libraries'], ['2.6', 'Dependency Patching'], ['2.7', 'Logging'], ['2.8', 'Encryption'],
  ['3.1', 'List of data'], ['3.2', 'Data flow diagram'], ['3.3', 'Vulnerability prevention'], ['3.4', 'Time to fix vulnerabilities'], ['3.5', 'Build and release process'],
  ['4.1', 'Physical access'], ['4.2', 'Logical access'], ['4.3', 'Sub-processors'], ['4.4', 'Backup and Disaster recovery'],
] as const).map(([id, name]) => [id, { id, name }]));

export const CCM_DOMAINS: Record<string, CcmDomain> = Object.fromEntries(([
  ['A&A', 'Audit & Assurance'], ['AIS', 'Application & Interface Security'], ['BCR', 'Business Continuity Management & Operational Resilience'],
  ['CCC', 'Change Control & Configuration Management'], ['CEK', 'Cryptography, Encryption & Key Management'], ['DCS', 'Datacenter Security'],
  ['DSP', 'Data Security & Privacy Lifecycle Management'], ['GRC', 'Governance, Risk & Compliance'], ['HRS', 'Human Resources'],
  ['IAM', 'Identity & Access Management'], ['IPY', 'Interoperability & Portability'], ['IVS', 'Infrastructure & Virtualization Security'],
  ['LOG', 'Logging & Monitoring'], ['SEF', 'Security Incident Management, E-Discovery & Cloud Forensics'],
  ['STA', 'Supply Chain Management, Transparency & Accountability'], ['TVM', 'Threat & Vulnerability Management'], ['UEM', 'Universal Endpoint Management'],
] as const).map(([id, name]) => [id, { id, name }]));

export const FRAMEWORK_MAP: Record<ControlId, { mvsp: string[]; ccm: string[] }> = {
  soc2: { mvsp: ['1.6'], ccm: ['A&A', 'GRC'] },
  iso27001: { mvsp: ['1.6'], ccm: ['A&A', 'GRC'] },
  iso27701: { mvsp: ['1.6'], ccm: ['A&A', 'DSP'] },
  pci_dss: { mvsp: ['1.6'], ccm: ['A&A', 'GRC'] },
  hipaa: { mvsp: ['1.6'], ccm: ['GRC', 'DSP'] },
  gdpr: { mvsp: ['1.6'], ccm: ['DSP', 'GRC'] },
  pentest: { mvsp: ['1.4'], ccm: ['TVM', 'A&A'] },
  bug_bounty: { mvsp: ['1.1'], ccm: ['TVM'] },
  vulnerability_disclosure: { mvsp: ['1.1'], ccm: ['TVM', 'SEF'] },
  security_txt: { mvsp: ['1.1'], ccm: ['TVM', 'SEF'] },
  dpa: { mvsp: ['1.6'], ccm: ['DSP', 'STA'] },
  subprocessors: { mvsp: ['4.3'], ccm: ['STA'] },
  encryption_in_transit: { mvsp: ['2.2', '2.8'], ccm: ['CEK'] },
  hsts: { mvsp: ['2.2', '2.3'], ccm: ['CEK', 'AIS'] },
  encryption_at_rest: { mvsp: ['2.8'], ccm: ['CEK'] },
  secrets_encryption: { mvsp: ['2.8'], ccm: ['CEK'] },
  credential_hashing: { mvsp: ['2.4'], ccm: ['CEK', 'IAM'] },
  backups: { mvsp: ['4.4'], ccm: ['BCR'] },
  rpo: { mvsp: ['4.4'], ccm: ['BCR'] },
  rto: { mvsp: ['4.4'], ccm: ['BCR'] },
  data_residency: { mvsp: ['1.6'], ccm: ['DSP'] },
  self_hosting: { mvsp: [], ccm: ['IVS'] },
  data_export: { mvsp: ['1.8'], ccm: ['IPY'] },
  data_deletion: { mvsp: ['1.8'], ccm: ['DSP'] },
  no_ai_training: { mvsp: [], ccm: ['DSP'] },
  mfa: { mvsp: ['2.4'], ccm: ['IAM'] },
  sso: { mvsp: ['2.1'], ccm: ['IAM'] },
  scim: { mvsp: ['2.1'], ccm: ['IAM'] },
  rbac: { mvsp: ['4.2'], ccm: ['IAM'] },
  ip_allowlisting: { mvsp: ['4.2'], ccm: ['IAM', 'IVS'] },
  rate_limiting: { mvsp: ['2.4', '3.3'], ccm: ['AIS'] },
  session_security: { mvsp: ['2.3'], ccm: ['IAM', 'AIS'] },
  tenant_isolation: { mvsp: [], ccm: ['IVS', 'DSP'] },
  audit_logging: { mvsp: ['2.7'], ccm: ['LOG'] },
  employee_access: { mvsp: ['4.2'], ccm: ['IAM'] },
  background_checks: { mvsp: [], ccm: ['HRS'] },
  security_training: { mvsp: ['1.5'], ccm: ['HRS'] },
  incident_response: { mvsp: ['1.7'], ccm: ['SEF'] },
  vulnerability_management: { mvsp: ['2.6', '3.4'], ccm: ['TVM'] },
  malware_scanning: { mvsp: [], ccm: ['TVM', 'UEM'] },
  monitoring: { mvsp: ['2.7'], ccm: ['LOG'] },
  ddos_protection: { mvsp: [], ccm: ['IVS', 'BCR'] },
  security_headers: { mvsp: ['2.3'], ccm: ['AIS'] },
  network_security: { mvsp: [], ccm: ['IVS'] },
  change_management: { mvsp: ['3.5'], ccm: ['CCC'] },
  status_page: { mvsp: [], ccm: ['BCR'] },
};

export function frameworksOf(control: ControlId): { mvsp: MvspControl[]; ccm: CcmDomain[] } {
  const { mvsp, ccm } = FRAMEWORK_MAP[control];
  return { mvsp: mvsp.map((id) => MVSP_CONTROLS[id]!), ccm: ccm.map((id) => CCM_DOMAINS[id]!) };
}

/** "MVSP 2.1 Single Sign-On; CCM IAM" — one line for a CSV cell or a tooltip. */
export function frameworksLine(control: ControlId): { mvsp: string; ccm: string } {
  const f = frameworksOf(control);
  return { mvsp: f.mvsp.map((m) => `${m.id} ${m.name}`).join('; '), ccm: f.ccm.map((c) => `${c.id} ${c.name}`).join('; ') };
}
