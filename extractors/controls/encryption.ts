import { cipherIn, hashAlgorithmsIn, tlsMinVersion } from '../language/crypto.ts';
import type { ControlPatterns } from './types.ts';

/** Encryption in transit and at rest, secrets, and hashed credentials. */

/**
 * A symmetric cipher named for encryption with no word of transport: stored data ("Data encryption uses the
 * industry-standard AES-256 algorithm", "we encrypt everything with AES-256"). TLS is the transport's.
 */
const AES_WITHOUT_TRANSIT = /^(?![^]*\b(?:TLS|SSL|HTTPS|in[- ]transit|transport|on the wire|over the network|between|traffic|VPNs?|tunnels?|IPsec|SSH|connections?|end[- ]to[- ]end|network|WireGuard)\b)[^]*(?:\bencrypt\w*\b[^.;]{0,60}\bAES(?:[- ]?\d{3})?\b|\bAES(?:[- ]?\d{3})?\b[^.;]{0,40}\b(?:encrypt\w*|algorithm|cipher)\b)/i;

const SECRET_NOUNS = String.raw`(?:secrets?|credentials?|tokens?|API keys?|2FA secrets?|integration tokens?|SMTP passwords?|passwords? for (?:integrations|providers)|connection strings?|webhook secrets?)`;

/** The protocols that encrypt a connection, as vendors name them. */
const TRANSPORT = String.raw`(?:TLS|SSL|HTTPS)`;

/**
 * Encryption in transit: "in transit", a transport protocol that encrypts or secures connections or traffic ("All
 * traffic is secured using TLS encryption", "256-bit SSL", "Secure TLS protocols"), data sent over it, and the
 * German, French and Dutch words ("verschlüsselt übertragen", "chiffrement en transit", "beveiligde SSL-verbinding").
 */
const IN_TRANSIT: RegExp[] = [
  /\b(?:encrypt\w*|secured?|protected)\b[^.;]{0,40}\bin[- ]transit\b/i,
  /\bin[- ]transit\b[^.;]{0,40}\bencrypt/i,
  /\bencryption in transit\b|\bTLS\s?v?1\.[0-3]\b/i,
  new RegExp(String.raw`\b${TRANSPORT}\b[^.;]{0,30}\b(?:encrypt\w*|connections?|traffic|protocols?|enforced|everywhere)\b|\b(?:TLS|SSL)-encrypted\b|\b${TRANSPORT}[- ](?:verbinding|Verbindung|Verschlüsselung|versleuteling|verschlüsselt|versleuteld|connexion|chiffrement)\b`, 'i'),
  new RegExp(String.raw`\b(?:encrypt\w*|secured?|protected|transmitted|sent|served|transferred|communicat\w*|connections?|traffic|access(?:ible|ed)?)\b[^.;]{0,40}\b(?:via|over|using|with|through|by|uses?)\s+(?:an?\s+|the\s+)?(?:secure[ds]?\s+|encrypted\s+)?(?:\d+-bit\s+)?${TRANSPORT}\b|\b(?:secure|encrypted|beveiligde?|versleutelde?|sichere?n?|verschlüsselte?n?|sécurisée?s?|chiffrée?s?|\d+-bit)[- ]${TRANSPORT}\b`, 'i'),
  // no \b before "ü": without the u flag it is no word character
  /\b(?:verschlüsselt(?:e|en)?|chiffrée?s?|versleuteld(?:e)?)\b[^.;]{0,40}(?:übertragen|Übertragung|\btransmises?|\btransit|\bverzonden|\bverstuurd|\boverdracht|\btransport)\b|\b(?:Transportverschlüsselung|Übertragungsverschlüsselung|chiffrement (?:en transit|des (?:données en transit|communications|échanges)))\b/i,
];

export const encryption: ControlPatterns[] = [
  {
    control: 'encryption_in_transit',
    mentions: IN_TRANSIT,
    topic: /\bin[- ]transit\b|\bTLS\b|\bSSL\b|\bHTTPS\b/i,
    excludes: [/\bSSL\/TLS certificates? (?:for|on) (?:your|custom) domains?\b/i, /\b(?:your|their|custom|upload|bring)\b[^.;]{0,15}\b(?:own )?(?:SSL|TLS)(?:\/TLS)? certificates?\b/i],
    attributes: (text) => {
      const v = tlsMinVersion(text);
      return v ? { tls_min_version: v } : {};
    },
  },
  {
    control: 'hsts',
    mentions: [/\bHSTS\b|\bHTTP Strict[- ]Transport[- ]Security\b|\bStrict-Transport-Security\b/i],
    attributes: (text) => (/\bpreload(?:ed|ing)?\b/i.test(text) ? { preload: true } : {}),
  },
  {
    control: 'encryption_at_rest',
    mentions: [/\bat[- ]rest\b/i, AES_WITHOUT_TRANSIT, /\bencrypted (?:storage|databases?|disks?|volumes?)\b/i, /\b(?:storage|disk|volume|database|full[- ]disk|server[- ]side|transparent data) encryption\b/i, /\b(?:databases?|storage|disks?|volumes?|files?)\b[^.;]{0,40}\bencrypted\b/i],
    topic: /\bat[- ]rest\b/i,
    excludes: [
      // secrets encrypted at rest are secrets_encryption, backups encrypted at rest are backups, unless stored data is named too
      new RegExp(String.raw`^(?:(?!\b(?:data|database|storage|disk|files?|volumes?)\b).)*\b${SECRET_NOUNS}\b[^.;]{0,60}\bencrypted\b`, 'i'),
      /^(?:(?!\b(?:databases?|storage|disks?|files?|volumes?|data)\b)[^.])*\bbackups?\b[^.;]{0,40}\bencrypted\b/i,
    ],
    attributes: (text) => {
      const c = cipherIn(text);
      return c ? { algorithm: c } : {};
    },
  },
  {
    control: 'secrets_encryption',
    mentions: [
      new RegExp(String.raw`\b${SECRET_NOUNS}\b[^.;]{0,80}\bencrypt(?:ed|ion)\b`, 'i'),
      // decrypted only when used: they are kept encrypted (not "decrypted by support staff")
      new RegExp(String.raw`\b${SECRET_NOUNS}\b[^.;]{0,40}\bdecrypted (?:only|just) (?:when|at|in|on|for|while|as)\b`, 'i'),
      // the secrets encrypted, not the ones that encrypt ("encrypted with the block storage encryption secrets")
      new RegExp(String.raw`\bencrypt(?:s|ed|ion)?\b(?![^.;]{0,40}\b(?:with|using|by|via|under)\b[^.;]{0,40}\b(?:encryption|storage|block|KMS|master) ${SECRET_NOUNS})[^.;]{0,40}\b(?<!\b(?:encryption|storage|block|KMS|master) )${SECRET_NOUNS}\b`, 'i'),
      // a secrets manager keeps secrets; a KMS or an HSM keeps the keys that encrypt stored data, which is no secrets encryption
      /\b(?:secrets? (?:manager|management|vault)|HashiCorp Vault)\b/i,
    ],
    polar: [
      new RegExp(String.raw`\b${SECRET_NOUNS}\b[^.;]{0,40}\b(?:never|not)\b[^.;]{0,30}\b(?:stored|kept|logged|saved)\b[^.;]{0,30}\bplain ?text\b`, 'i'),
      // "Plaintext OAuth tokens never touch our database"
      new RegExp(String.raw`\bplain ?text\b[^.;]{0,20}${SECRET_NOUNS}\b[^.;]{0,20}\b(?:never|are not|aren't)\b[^.;]{0,20}\b(?:touch|reach|stored|written|persisted|saved|kept)`, 'i'),
    ],
    excludes: [/\bpasswords?\b(?![^.;]{0,20}\b(?:for|of) (?:integrations|providers|SMTP))[^.;]{0,40}\b(?:hash|bcrypt|argon|scrypt)/i, /\bhash(?:ed|ing)\b/i],
    attributes: (text) => {
      const c = cipherIn(text);
      return c ? { algorithm: c } : {};
    },
  },
  {
    control: 'credential_hashing',
    mentions: [/\b(?:passwords?|API keys?|backup codes?|recovery codes?|tokens?|credentials?|keys)\b[^.;]{0,50}\bhash(?:ed|es|ing)?\b/i, /\bhash(?:ed|es|ing)?\b[^.;]{0,40}\b(?:passwords?|API keys?|backup codes?|credentials?|tokens?|secrets?)\b/i, /\b(?:bcrypt|scrypt|argon2(?:id|i)?|PBKDF2)\b/i, /\bpassword hashing\b/i],
    polar: [/\b(?:never|not|don't|do not)\b[^.;]{0,20}\bstore\w*\b[^.;]{0,20}\bpasswords?\b[^.;]{0,20}\bplain ?text\b/i, /\bpasswords?\b[^.;]{0,30}\b(?:never|not)\b[^.;]{0,20}\bstored\b[^.;]{0,20}\bplain ?text\b/i],
    attributes: (text) => {
      const algorithms = hashAlgorithmsIn(text);
      return algorithms.length ? { algorithms } : {};
    },
  },
];
