import { describe, it, expect } from 'vitest';
import { providerListIn, roleListIn, withoutLegalSuffix } from '../../../extractors/language/lists.ts';

describe('role lists', () => {
  it('a parenthesised list', () => {
    expect(roleListIn('Role-based access control with three built-in roles (Owner, Admin, Viewer).')).toEqual(['Owner', 'Admin', 'Viewer']);
  });
  it('an upper-case list after a colon that goes on with "each with …"', () => {
    expect(roleListIn('RBAC: ADMIN, SUPERVISOR, SELLER, and LOGISTICS, each with its own permissions.')).toEqual(['ADMIN', 'SUPERVISOR', 'SELLER', 'LOGISTICS']);
  });
  it('a sentence that is only a list', () => {
    expect(roleListIn('Owner, Admin, Manager, Member and Viewer.')).toEqual(['Owner', 'Admin', 'Manager', 'Member', 'Viewer']);
  });
  it('lower-case common roles', () => {
    expect(roleListIn('Roles: owner, editor, read-only.')).toEqual(['owner', 'editor', 'read-only']);
  });
  it('features are not roles', () => {
    expect(roleListIn('Custom roles, fine-grained permissions and audit logs.')).toEqual([]);
  });
  it('export formats are not roles', () => {
    expect(roleListIn('Admins can export user and role data (CSV, JSON, PDF).')).toEqual([]);
  });
  it('identity providers are not roles', () => {
    expect(roleListIn('Roles can be mapped from your identity provider (Okta, Google, Microsoft).')).toEqual([]);
  });
  it('a single item is no list', () => {
    expect(roleListIn('Every workspace has an Owner.')).toEqual([]);
  });
});

describe('withoutLegalSuffix', () => {
  it.each([
    ['Amazon Web Services Inc.', 'Amazon Web Services'],
    ['Google LLC', 'Google'],
    ['MessageBird B.V.', 'MessageBird'],
    ['Stripe Payments Europe, Limited', 'Stripe Payments Europe'],
    ['Hetzner Online GmbH', 'Hetzner Online'],
    ['Atlassian Pty Ltd', 'Atlassian'],
    ['OVH SAS', 'OVH'],
    ['**HubSpot Inc.**', 'HubSpot'],
    ['Cloudflare', 'Cloudflare'],
    ['Co', 'Co'],
  ])('%s → %s', (name, want) => expect(withoutLegalSuffix(name)).toBe(want));
});

describe('providerListIn', () => {
  it.each([
    ['The following sub-processors: AWS (hosting), Stripe (payments) and Postmark (email).', ['AWS', 'Stripe', 'Postmark']],
    ['Anthropic · Neon · Vercel · Resend · Reducto · Stripe · Upstash.', ['Anthropic', 'Neon', 'Vercel', 'Resend', 'Reducto', 'Stripe', 'Upstash']],
    ['AWS | Cloudflare | Postmark Inc.', ['AWS', 'Cloudflare', 'Postmark']],
    ['Google Cloud • Twilio • SendGrid', ['Google Cloud', 'Twilio', 'SendGrid']],
  ])('%s', (text, want) => expect(providerListIn(text)).toEqual(want));
  it.each([
    'We use a small number of vendors · see the list below for details.',
    'AWS · Stripe',
    'Full list with BAA status sent on request.',
  ])('NEG: %s', (text) => expect(providerListIn(text)).toEqual([]));
});

it('a dot-separated list after a heading and a colon', () => {
  expect(providerListIn('Subprocessors: Anthropic · Neon · Vercel.')).toEqual(['Anthropic', 'Neon', 'Vercel']);
});
