import type { Profile } from './schema.ts';

/**
 * The preset profiles, as data. `mvsp` maps the public Minimum Viable Secure
 * Product v3.0 controls onto the claim catalog; `enterprise` is what an
 * enterprise security review asks; `eu-data` is for personal data of EU residents.
 */
export const PRESETS: readonly Profile[] = [
  {
    id: 'mvsp',
    name: 'MVSP v3.0',
    description: 'Minimum Viable Secure Product: the baseline every B2B software vendor should meet.',
    requirements: [
      { control: 'sso', status: 'implemented', rules: [] },
      { control: 'encryption_in_transit', status: 'implemented', rules: [{ key: 'tls_min_version', min: 1.2 }] },
      { control: 'security_headers', status: 'implemented', rules: [] },
      { control: 'credential_hashing', status: 'implemented', rules: [] },
      { control: 'vulnerability_management', status: 'implemented', rules: [] },
      { control: 'audit_logging', status: 'implemented', rules: [{ key: 'retention_days', min: 30 }] },
      { control: 'encryption_at_rest', status: 'implemented', rules: [] },
      { control: 'vulnerability_disclosure', status: 'implemented', rules: [] },
      { control: 'pentest', status: 'implemented', rules: [{ key: 'frequency', oneOf: ['annual', 'biannual', 'quarterly', 'continuous'] }] },
      { control: 'incident_response', status: 'implemented', rules: [{ key: 'breach_notification_hours', max: 72 }] },
      { control: 'subprocessors', status: 'implemented', rules: [] },
      { control: 'backups', status: 'implemented', rules: [] },
      { control: 'rto', status: 'implemented', rules: [] },
    ],
  },
  {
    id: 'enterprise',
    name: 'Enterprise',
    description: 'What an enterprise security review asks before signing.',
    requirements: [
      // a report shared on request / under NDA is how vendors share it: a note, not a partial (publicReport: false)
      { control: 'soc2', status: 'implemented', rules: [{ key: 'report_type', equals: 2 }], publicReport: false },
      { control: 'iso27001', status: 'implemented', rules: [], publicReport: false },
      { control: 'sso', status: 'implemented', rules: [{ key: 'protocols', includes: 'saml' }] },
      { control: 'mfa', status: 'implemented', rules: [{ key: 'enforceable', equals: true }] },
      { control: 'scim', status: 'implemented', rules: [] },
      { control: 'audit_logging', status: 'implemented', rules: [{ key: 'retention_days', min: 90 }] },
      { control: 'incident_response', status: 'implemented', rules: [{ key: 'breach_notification_hours', max: 72 }] },
      { control: 'backups', status: 'implemented', rules: [{ key: 'retention_days', min: 30 }] },
      { control: 'rto', status: 'implemented', rules: [{ key: 'hours', max: 24 }] },
      { control: 'pentest', status: 'implemented', rules: [] },
      { control: 'encryption_at_rest', status: 'implemented', rules: [] },
      { control: 'encryption_in_transit', status: 'implemented', rules: [{ key: 'tls_min_version', min: 1.2 }] },
      { control: 'vulnerability_disclosure', status: 'implemented', rules: [] },
      { control: 'subprocessors', status: 'implemented', rules: [] },
      { control: 'dpa', status: 'implemented', rules: [] },
    ],
  },
  {
    id: 'eu-data',
    name: 'EU personal data',
    description: 'For a vendor that will process personal data of EU residents.',
    requirements: [
      { control: 'data_residency', status: 'implemented', rules: [{ key: 'regions', includes: 'EU' }] },
      { control: 'gdpr', status: 'implemented', rules: [] },
      { control: 'dpa', status: 'implemented', rules: [] },
      { control: 'subprocessors', status: 'implemented', rules: [] },
      { control: 'incident_response', status: 'implemented', rules: [{ key: 'breach_notification_hours', max: 72 }] },
    ],
  },
];

export const DEFAULT_PROFILE_ID = 'enterprise';
