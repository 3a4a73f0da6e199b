import { describe, expect, it } from 'vitest';
import { auditText } from '../../../extractors/audit.ts';
import { controlsOf, expectClaim, expectNoClaim, expectNotImplemented } from './_helpers.ts';

describe('encryption_in_transit', () => {
  it('TLS 1.2 or higher', () => {
    expectClaim(controlsOf('All data in transit is encrypted using TLS 1.2 or higher.'), 'encryption_in_transit', 'implemented', { tls_min_version: '1.2' });
  });
  it('old versions disabled, 1.2 required', () => {
    expectClaim(controlsOf('TLS 1.0 and 1.1 are disabled; TLS 1.2 is required for all connections.'), 'encryption_in_transit', 'implemented', { tls_min_version: '1.2' });
  });
  it('TLS 1.3 only', () => {
    expectClaim(controlsOf('Connections to our API require TLS 1.3.'), 'encryption_in_transit', 'implemented', { tls_min_version: '1.3' });
  });
  it('in a section on transport security', () => {
    expectClaim(controlsOf('## Encryption in transit', '- HTTPS is enforced everywhere with TLS 1.2+.'), 'encryption_in_transit', 'implemented', { tls_min_version: '1.2' });
  });
  it('NEG: certificates for custom domains are not transport encryption of the service', () => {
    expectNoClaim(controlsOf('Customers can upload their own SSL/TLS certificates for custom domains.'), 'encryption_in_transit');
  });
  it('NEG: not encrypted', () => {
    expectNotImplemented(controlsOf('Traffic between internal services is not encrypted in transit.'), 'encryption_in_transit');
  });
});

describe('hsts', () => {
  it('with preload', () => {
    expectClaim(controlsOf('HSTS is enabled with preload on all of our domains.'), 'hsts', 'implemented', { preload: true });
  });
  it('the header by name, no preload', () => {
    const c = controlsOf('We send the Strict-Transport-Security header with a one-year max-age.');
    expectClaim(c, 'hsts', 'implemented');
    expectClaim(c, 'hsts', 'implemented', { preload: undefined });
  });
  it('NEG: missing HSTS in a bug bounty out-of-scope list', () => {
    expectNoClaim(controlsOf('## Bug bounty', 'The following issues are out of scope:', '- Missing HSTS on marketing pages', '- Clickjacking on pages without sensitive actions'), 'hsts');
  });
});

describe('encryption_at_rest', () => {
  it('AES-256', () => {
    expectClaim(controlsOf('Customer data is encrypted at rest with AES-256.'), 'encryption_at_rest', 'implemented', { algorithm: 'AES-256' });
  });
  it('databases and file storage with AES-256-GCM', () => {
    expectClaim(controlsOf('All databases and file storage are encrypted using AES-256-GCM.'), 'encryption_at_rest', 'implemented', { algorithm: 'AES-256-GCM' });
  });
  it('full-disk encryption on every volume', () => {
    expectClaim(controlsOf('Every production volume uses full-disk encryption.'), 'encryption_at_rest', 'implemented');
  });
  it('a denial', () => {
    expectClaim(controlsOf('We do not currently encrypt data at rest.'), 'encryption_at_rest', 'denied');
  });
  it('NEG: tokens encrypted at rest are secrets encryption', () => {
    const c = controlsOf('OAuth tokens are encrypted at rest.');
    expectNoClaim(c, 'encryption_at_rest');
    expectClaim(c, 'secrets_encryption', 'implemented');
  });
});

describe('secrets_encryption', () => {
  it('integration tokens and API keys with AES-256-GCM', () => {
    expectClaim(controlsOf('Integration tokens and API keys are encrypted with AES-256-GCM before they are stored.'), 'secrets_encryption', 'implemented', { algorithm: 'AES-256-GCM' });
  });
  it('never stored in plain text', () => {
    expectClaim(controlsOf('Third-party credentials are never stored in plain text.'), 'secrets_encryption', 'implemented');
  });
  it('NEG: hashed passwords are credential hashing', () => {
    expectNoClaim(controlsOf('Passwords are hashed with bcrypt.'), 'secrets_encryption');
  });
  it('NEG: advice to customers', () => {
    expectNoClaim(controlsOf('Customers should encrypt API keys before storing them in custom fields.'), 'secrets_encryption');
  });
});

describe('credential_hashing', () => {
  it('Argon2id', () => {
    expectClaim(controlsOf('User passwords are hashed with Argon2id.'), 'credential_hashing', 'implemented', { algorithms: ['argon2id'] });
  });
  it('bcrypt with a cost factor', () => {
    expectClaim(controlsOf('We store passwords using bcrypt with a cost factor of 12.'), 'credential_hashing', 'implemented', { algorithms: ['bcrypt'] });
  });
  it('API keys stored as SHA-256 hashes', () => {
    expectClaim(controlsOf('API keys are stored only as SHA-256 hashes.'), 'credential_hashing', 'implemented', { algorithms: ['sha256'] });
  });
  it('never in plain text', () => {
    expectClaim(controlsOf('We never store passwords in plain text.'), 'credential_hashing', 'implemented');
  });
  it('NEG: backup codes named without hashing', () => {
    expectNoClaim(controlsOf('Backup codes can be regenerated at any time from your security settings.'), 'credential_hashing');
  });
});

describe('AES named with no word of transport is encryption at rest; key management is not secrets encryption', () => {
  it.each([
    'Data encryption uses the industry-standard AES-256 algorithm.',
    'We encrypt all customer data with AES-256.',
    'Everything we store is encrypted using AES-256.',
    'AES-256 encryption protects your data.',
  ])('%s → encryption_at_rest AES-256', (line) => {
    expectClaim(controlsOf('## Data encryption', line), 'encryption_at_rest', 'implemented', { algorithm: 'AES-256' });
  });
  it('NEG: a cipher suite of the transport is not at rest', () => {
    expectNoClaim(controlsOf('Connections use TLS 1.3 with AES-256-GCM cipher suites.'), 'encryption_at_rest');
  });
  it.each([
    'Cryptographic keys are managed by AWS Key Management Service (AWS KMS).',
    'Documents are stored with server-side encryption with AWS KMS keys.',
    'Customer information on volumes is encrypted with the Linux LUKS block storage encryption secrets.',
  ])('NEG: %s is no secrets encryption', (line) => {
    expectNoClaim(controlsOf('## Encryption', line), 'secrets_encryption');
  });
  it('secrets kept in a secrets manager still are', () => {
    expectClaim(controlsOf('Application secrets are kept in HashiCorp Vault.'), 'secrets_encryption', 'implemented');
  });
});

describe('secrets kept encrypted, said another way', () => {
  it.each([
    'Tokens are decrypted only in memory, just-in-time.',
    'Plaintext OAuth tokens never touch our database.',
    'API keys are decrypted only at the moment of use.',
    'Plaintext credentials are never written to disk.',
  ])('%s → secrets_encryption', (line) => {
    expectClaim(controlsOf('## Encryption', line), 'secrets_encryption', 'implemented');
  });
});

describe('a status pill glued to its text by the page\'s export', () => {
  it('"SupportedTLS 1.2+ …" reads TLS 1.2 and keeps the quote as printed', () => {
    const r = auditText('# Acme Trust Center\n\n## Encryption in transit\n\nSupportedTLS 1.2+ and AES-256 across all production paths.\n', 'unit', { force: true });
    expect(r.controls.encryption_in_transit).toMatchObject({ status: 'implemented', attributes: { tls_min_version: '1.2' } });
    expect(r.claims.find((c) => c.control === 'encryption_in_transit')?.evidence).toEqual(['SupportedTLS 1.2+ and AES-256 across all production paths.']);
  });
  it.each(['Not yet plannedQuarterly penetration tests by an outside firm.', 'PlannedAnnual penetration tests.'])('%s is no pentest in place', (line) => {
    expectNotImplemented(controlsOf('## Testing', line), 'pentest');
  });
});

describe('review: what the new encryption readings must not take', () => {
  it.each(['All network traffic is encrypted with AES-256.', 'Site-to-site VPN tunnels are encrypted with AES-256.'])('NEG: %s is no encryption at rest', (line) => {
    expectNoClaim(controlsOf(line), 'encryption_at_rest');
  });
  it('NEG: keys decrypted by staff are no secrets encryption', () => {
    expectNoClaim(controlsOf('API keys are decrypted by support staff and shown in plain text.'), 'secrets_encryption');
  });
  it('NEG: "Not yet planned" glued to SOC 2 is no plan', () => {
    expectNotImplemented(controlsOf('## Compliance', 'Not yet plannedSOC 2 Type II audit.'), 'soc2');
    expect(controlsOf('## Compliance', 'Not yet plannedSOC 2 Type II audit.').soc2?.status).not.toBe('planned');
  });
});
