import { describe, expect, it } from 'vitest';
import { labelledPages } from '../../scripts/lib/labelled-pages.ts';
import { mayBeTrustHead, recogniseStage1 } from '../../extractors/recognise/stage1.ts';
import { TRUST_HOST, TRUST_PATH, TRUST_TITLE } from '../../extractors/recognise/signals.ts';
import { urlParts } from '../../extractors/recognise/url-parts.ts';

/**
 * Stage 1 skips its patterns when the head holds no trust stem. That shortcut is only safe if the stems
 * are a superset of the patterns: every head the patterns match must hold a stem. Checked on hand-written
 * heads in several languages and cases, and on the head of every page of the corpora.
 */
const HEADS: string[] = [
  'https://acme.com/security', 'https://acme.com/trust-center', 'https://acme.com/legal/trust-and-safety',
  'https://acme.com/security-overview', 'https://acme.com/compliance', 'https://acme.com/responsible-disclosure',
  'https://acme.com/vulnerability-disclosure', 'https://acme.com/bug-bounty', 'https://acme.com/bugbounty',
  'https://acme.com/disclosure-policy', 'https://acme.com/backups', 'https://acme.com/disaster-recovery',
  'https://acme.com/incident-response', 'https://acme.com/breach-notification', 'https://acme.com/data-protection',
  'https://acme.com/data-security', 'https://acme.com/subprocessors', 'https://acme.com/sub-processors',
  'https://acme.com/legal/toms', 'https://acme.com/tom', 'https://acme.com/technical-and-organisational-measures',
  'https://acme.de/sicherheit', 'https://acme.fr/securite', 'https://acme.fr/sécurité', 'https://acme.es/seguridad',
  'https://acme.com.br/seguranca', 'https://acme.com/privacy-and-security', 'https://trust.acme.com/',
  'https://SECURITY.acme.com/', 'https://compliance.acme.io/x',
  'Security | Acme', 'SECURITY AT ACME', 'Backups & recovery', 'Backups and disaster recovery', 'Disaster Recovery',
  'Incident response', 'Breach notification', 'Data Protection', 'Acme Trust Centre', 'Trust portal', 'Compliance',
  'Responsible Disclosure', 'Reporting a vulnerability', 'Bug Bounty', 'Subprocessor list', 'Sub-processors',
  'Technical and Organizational Measures', 'Security FAQ', 'Service commitment', 'Uptime Commitment',
  'Sicherheit bei Acme', 'SÉCURITÉ', 'Sécurité des données', 'Securite', 'Seguridad', 'Datenschutz und Sicherheit',
];

const matchesAPattern = (text: string): boolean => {
  const { path, host } = urlParts(text.split(' ')[0]!);
  return TRUST_PATH.test(path) || TRUST_HOST.test(host) || TRUST_TITLE.test(text);
};
const headText = (h: { url: string | null; title: string; h1: string; description: string }) => `${h.url ?? ''} ${h.title} ${h.h1} ${h.description}`;

describe('stage 1 stems', () => {
  it.each(HEADS)('%s matches a pattern and holds a stem', (text) => {
    expect(matchesAPattern(text)).toBe(true);
    expect(mayBeTrustHead(text)).toBe(true);
  });

  it('every corpus head that a pattern matches holds a stem', () => {
    const heads = labelledPages().map((p) => headText(p.head));
    const missed = heads.filter((h) => matchesAPattern(h) && !mayBeTrustHead(h));
    expect(heads.length).toBeGreaterThan(100);
    expect(missed).toEqual([]);
  });

  it('an ordinary head skips the patterns and scores 0', () => {
    const head = { url: 'https://recipes.example.com/pancakes', title: 'The best pancakes | Recipe Box', h1: 'Pancakes', description: 'Fluffy, in 20 minutes.' };
    expect(mayBeTrustHead(`${head.url} ${head.title} ${head.h1} ${head.description}`)).toBe(false);
    expect(recogniseStage1(head)).toEqual({ likely: false, score: 0, signals: [] });
  });
});
