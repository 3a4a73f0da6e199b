import { describe, it, expect } from 'vitest';
import { cipherIn, hashAlgorithmsIn, tlsMinVersion } from '../../../extractors/language/crypto.ts';

describe('TLS minimum version', () => {
  it.each([
    ['All traffic is encrypted with TLS 1.2+.', '1.2'],
    ['We require TLS 1.2 or higher.', '1.2'],
    ['Connections use TLS 1.2 and 1.3.', '1.2'],
    ['TLS 1.0 and 1.1 are disabled; TLS 1.2 required.', '1.2'],
    ['Only TLS 1.3 is accepted.', '1.3'],
    ['We support TLS version 1.2 or above.', '1.2'],
    ['Data in transit is protected with TLS v1.3.', '1.3'],
    ['Minimum TLS version: 1.2', '1.2'],
  ])('%s → %s', (text, version) => {
    expect(tlsMinVersion(text)).toBe(version);
  });
  it('no version named → undefined', () => {
    expect(tlsMinVersion('HTTPS is enforced everywhere.')).toBeUndefined();
  });
});

describe('ciphers', () => {
  it.each([
    ['Data is encrypted at rest with AES-256.', 'AES-256'],
    ['We use AES 256-bit encryption for stored files.', 'AES-256'],
    ['Tokens are sealed with aes-256-gcm.', 'AES-256-GCM'],
    ['Secrets are encrypted with ChaCha20-Poly1305.', 'ChaCha20-Poly1305'],
    ['All volumes are encrypted with 256-bit AES.', 'AES-256'],
  ])('%s → %s', (text, cipher) => {
    expect(cipherIn(text)).toBe(cipher);
  });
  it('no cipher named → undefined', () => {
    expect(cipherIn('Data is encrypted at rest.')).toBeUndefined();
  });
});

describe('hash algorithms', () => {
  it.each([
    ['Passwords are hashed with bcrypt (cost 12).', ['bcrypt']],
    ['Passwords are hashed with Argon2id.', ['argon2id']],
    ['We derive keys with scrypt.', ['scrypt']],
    ['Credentials are stretched with PBKDF2.', ['pbkdf2']],
    ['API keys are stored as SHA-256 digests.', ['sha256']],
    ['Passwords use bcrypt; API keys are stored as SHA-512 hashes.', ['bcrypt', 'sha512']],
  ])('%s', (text, algorithms) => {
    expect([...hashAlgorithmsIn(text)].sort()).toEqual([...algorithms].sort());
  });
  it('a cipher is no hash', () => {
    expect(hashAlgorithmsIn('Data is encrypted with AES-256.')).toEqual([]);
  });
});
