import { z } from './zod.ts';

/**
 * The control catalog of ../shared/spec/claim-catalog.md as data: one entry per
 * control id with its label, family, one-line description and the zod schema of
 * its attributes. Ids and attribute keys are a public contract (saved snapshots
 * and exported reports use them): add controls, never rename them.
 */

const days = z.number().nonnegative();
const hours = z.number().nonnegative();
const regionCode = z.string().regex(/^[A-Z]{2,3}$/, 'a region is an upper-case code such as EU, US, DE');

export const FAMILIES = {
  assurance: 'Assurance and compliance',
  data: 'Data protection',
  identity: 'Identity and access',
  operations: 'Operations',
} as const;
export type Family = keyof typeof FAMILIES;

interface ControlDefinition<S extends z.ZodRawShape> {
  label: string;
  family: Family;
  description: string;
  attributes: S;
}

const control = <S extends z.ZodRawShape>(def: ControlDefinition<S>) => ({
  ...def,
  attributeSchema: z.strictObject(def.attributes).partial(),
});

export const CONTROLS = {
  // Assurance and compliance
  soc2: control({ label: 'SOC 2', family: 'assurance', description: 'SOC 2 attestation of the vendor',
    attributes: { report_type: z.union([z.literal(1), z.literal(2)]) } }),
  iso27001: control({ label: 'ISO/IEC 27001', family: 'assurance', description: 'ISO/IEC 27001 certification of the vendor', attributes: {} }),
  iso27701: control({ label: 'ISO/IEC 27701', family: 'assurance', description: 'ISO/IEC 27701 (privacy) certification', attributes: {} }),
  pci_dss: control({ label: 'PCI DSS', family: 'assurance', description: 'PCI DSS compliance',
    attributes: { level: z.number().int().min(1).max(4) } }),
  hipaa: control({ label: 'HIPAA', family: 'assurance', description: 'HIPAA compliance / BAA offered',
    attributes: { baa: z.boolean() } }),
  gdpr: control({ label: 'GDPR', family: 'assurance', description: 'GDPR compliance or alignment', attributes: {} }),
  pentest: control({ label: 'Penetration testing', family: 'assurance', description: 'independent penetration testing',
    attributes: { frequency: z.enum(['annual', 'biannual', 'quarterly', 'continuous']) } }),
  bug_bounty: control({ label: 'Bug bounty', family: 'assurance', description: 'a (paid) bug bounty programme',
    attributes: { platform: z.string() } }),
  vulnerability_disclosure: control({ label: 'Vulnerability disclosure', family: 'assurance', description: 'a published way to report vulnerabilities',
    attributes: { contact: z.string(), ack_business_days: days, safe_harbor: z.boolean() } }),
  security_txt: control({ label: 'security.txt', family: 'assurance', description: 'an RFC 9116 security.txt is published',
    attributes: { url: z.string() } }),
  dpa: control({ label: 'DPA', family: 'assurance', description: 'a data processing agreement is offered', attributes: {} }),
  subprocessors: control({ label: 'Sub-processor list', family: 'assurance', description: 'the list of sub-processors is published or available',
    attributes: { providers: z.array(z.string()) } }),

  // Data protection
  encryption_in_transit: control({ label: 'Encryption in transit', family: 'data', description: 'TLS for data in transit',
    attributes: { tls_min_version: z.enum(['1.0', '1.1', '1.2', '1.3']) } }),
  hsts: control({ label: 'HSTS', family: 'data', description: 'HTTP Strict Transport Security', attributes: { preload: z.boolean() } }),
  encryption_at_rest: control({ label: 'Encryption at rest', family: 'data', description: 'stored customer data is encrypted',
    attributes: { algorithm: z.string() } }),
  secrets_encryption: control({ label: 'Secrets encryption', family: 'data', description: 'credentials / tokens / secrets encrypted at the application layer',
    attributes: { algorithm: z.string() } }),
  credential_hashing: control({ label: 'Credential hashing', family: 'data', description: 'passwords, API keys or backup codes stored hashed',
    attributes: { algorithms: z.array(z.string()) } }),
  backups: control({ label: 'Backups', family: 'data', description: 'backups of customer data',
    attributes: { frequency: z.enum(['continuous', 'hourly', 'daily', 'weekly']), retention_days: days, encrypted: z.boolean(), restore_tested: z.boolean() } }),
  rpo: control({ label: 'Recovery point objective', family: 'data', description: 'recovery point objective', attributes: { hours } }),
  rto: control({ label: 'Recovery time objective', family: 'data', description: 'recovery time objective (a business day counts 24 h)', attributes: { hours } }),
  data_residency: control({ label: 'Data residency', family: 'data', description: 'where customer data is stored / processed',
    attributes: { regions: z.array(regionCode) } }),
  self_hosting: control({ label: 'Self-hosting', family: 'data', description: 'the customer can run it on its own infrastructure', attributes: {} }),
  data_export: control({ label: 'Data export', family: 'data', description: 'customers can export their data',
    attributes: { sla_days: days, formats: z.array(z.string()) } }),
  data_deletion: control({ label: 'Data deletion', family: 'data', description: 'customer data is deleted on request / at termination',
    attributes: { sla_days: days } }),
  no_ai_training: control({ label: 'No AI training on customer data', family: 'data', description: 'customer data is not used to train AI models',
    attributes: { scope: z.enum(['public_models', 'all_models']) } }),

  // Identity and access
  mfa: control({ label: 'Multi-factor authentication', family: 'identity', description: 'multi-factor authentication for customer users',
    attributes: { methods: z.array(z.enum(['totp', 'webauthn', 'sms', 'email'])), enforceable: z.boolean() } }),
  sso: control({ label: 'Single sign-on', family: 'identity', description: 'single sign-on for customer users',
    attributes: { protocols: z.array(z.enum(['saml', 'oidc'])) } }),
  scim: control({ label: 'SCIM provisioning', family: 'identity', description: 'SCIM user provisioning', attributes: {} }),
  rbac: control({ label: 'Role-based access control', family: 'identity', description: 'role-based access control for customer users',
    attributes: { roles: z.array(z.string()) } }),
  ip_allowlisting: control({ label: 'IP allowlisting', family: 'identity', description: 'customers can restrict access by IP range', attributes: {} }),
  rate_limiting: control({ label: 'Rate limiting', family: 'identity', description: 'rate limiting / brute-force protection', attributes: {} }),
  session_security: control({ label: 'Session security', family: 'identity', description: 'secure cookies, idle timeout, session invalidation',
    attributes: { idle_timeout_minutes: z.number().nonnegative() } }),
  tenant_isolation: control({ label: 'Tenant isolation', family: 'identity', description: 'one customer cannot reach another’s data',
    attributes: { layer: z.enum(['application', 'data', 'database', 'infrastructure']) } }),
  audit_logging: control({ label: 'Audit logging', family: 'identity', description: 'actions / access are logged',
    attributes: { retention_days: days, customer_visible: z.boolean() } }),
  employee_access: control({ label: 'Employee access', family: 'identity', description: 'vendor staff access to production is restricted',
    attributes: { mfa_required: z.boolean(), sso_required: z.boolean() } }),
  background_checks: control({ label: 'Background checks', family: 'identity', description: 'staff background checks', attributes: {} }),
  security_training: control({ label: 'Security training', family: 'identity', description: 'staff security awareness training',
    attributes: { frequency: z.string() } }),

  // Operations
  incident_response: control({ label: 'Incident response', family: 'operations', description: 'an incident response process and breach notification',
    attributes: { breach_notification_hours: hours } }),
  vulnerability_management: control({ label: 'Vulnerability management', family: 'operations', description: 'dependency / vulnerability scanning and patch targets',
    attributes: { critical_days: days, high_days: days } }),
  malware_scanning: control({ label: 'Malware scanning', family: 'operations', description: 'uploaded files are scanned for malware', attributes: {} }),
  monitoring: control({ label: 'Monitoring', family: 'operations', description: 'security / error monitoring and alerting', attributes: {} }),
  ddos_protection: control({ label: 'DDoS protection', family: 'operations', description: 'DDoS mitigation and/or a WAF', attributes: { waf: z.boolean() } }),
  security_headers: control({ label: 'Security headers', family: 'operations', description: 'CSP and other HTTP security headers', attributes: { csp: z.boolean() } }),
  network_security: control({ label: 'Network security', family: 'operations', description: 'firewalls, private networking, no public database access', attributes: {} }),
  change_management: control({ label: 'Change management', family: 'operations', description: 'production changes are reviewed / approved', attributes: {} }),
  status_page: control({ label: 'Status page', family: 'operations', description: 'a public status page', attributes: { url: z.string() } }),
} as const;

export type ControlId = keyof typeof CONTROLS;
export const CONTROL_IDS = Object.keys(CONTROLS) as [ControlId, ...ControlId[]];
export const ControlIdSchema = z.enum(CONTROL_IDS, {
  error: (issue) => `unknown control id ${JSON.stringify(issue.input)}`,
});

/** The attributes of one control, typed from its schema. */
export type AttributesOf<C extends ControlId> = z.infer<(typeof CONTROLS)[C]['attributeSchema']>;
