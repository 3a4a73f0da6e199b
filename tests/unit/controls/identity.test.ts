import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim, expectNotImplemented } from './_helpers.ts';

describe('mfa', () => {
  it('TOTP and WebAuthn', () => {
    expectClaim(
      controlsOf('Users can enable two-factor authentication with an authenticator app (TOTP) or a hardware security key (WebAuthn).'),
      'mfa', 'implemented', { methods: ['totp', 'webauthn'] },
    );
  });
  it('admins can require it', () => {
    expectClaim(controlsOf('Workspace admins can require MFA for all members.'), 'mfa', 'implemented', { enforceable: true });
  });
  it('SMS codes', () => {
    expectClaim(controlsOf('Two-factor authentication is available via SMS or an authenticator app.'), 'mfa', 'implemented', { methods: ['sms', 'totp'] });
  });
  it('on the roadmap', () => {
    expectClaim(controlsOf('MFA is on our roadmap.'), 'mfa', 'planned');
  });
  it('NEG: staff-only 2FA is employee access, not customer MFA', () => {
    const c = controlsOf('Engineers need SSO + 2FA for production access.');
    expectNoClaim(c, 'mfa');
    expectNoClaim(c, 'sso');
    expectClaim(c, 'employee_access', 'implemented', { mfa_required: true, sso_required: true });
  });
  it('NEG: advice to companies', () => {
    expectNoClaim(controlsOf('Companies should enable MFA on every SaaS account.'), 'mfa');
  });
});

describe('sso', () => {
  it('SAML and OIDC on the Enterprise plan', () => {
    expectClaim(
      controlsOf('SAML 2.0 and OpenID Connect single sign-on are available on the Enterprise plan.'),
      'sso', 'implemented', { protocols: ['saml', 'oidc'] }, ['optional'],
    );
  });
  it('"SSO is not available"', () => {
    expectClaim(controlsOf('SSO is not available.'), 'sso', 'denied');
  });
  it('"doesn\'t support SAML SSO yet"', () => {
    expectClaim(controlsOf("Acme doesn't support SAML SSO yet."), 'sso', 'denied');
  });
  it('a table row answered "No"', () => {
    expectClaim(controlsOf('## Features', '| Feature | Available |', '|---|---|', '| Single sign-on | No |'), 'sso', 'denied');
  });
  it('NEG: employees sign in to internal tools with SSO', () => {
    expectNoClaim(controlsOf('All employees sign in to internal tools through Okta SSO with enforced MFA.'), 'sso');
  });
});

describe('scim', () => {
  it('SCIM 2.0 with Okta and Entra', () => {
    expectClaim(controlsOf('SCIM 2.0 provisioning is supported for Okta and Microsoft Entra ID.'), 'scim', 'implemented');
  });
  it('coming soon', () => {
    expectClaim(controlsOf('Automated user provisioning via SCIM is coming soon.'), 'scim', 'planned');
  });
  it('NEG: denied together with SSO ("or")', () => {
    const c = controlsOf("We don't offer SSO or SCIM provisioning.");
    expectClaim(c, 'scim', 'denied');
    expectClaim(c, 'sso', 'denied');
  });
});

describe('rbac', () => {
  it('three built-in roles', () => {
    expectClaim(controlsOf('Role-based access control with three built-in roles (Owner, Admin, Viewer).'), 'rbac', 'implemented', { roles: ['Owner', 'Admin', 'Viewer'] });
  });
  it('upper-case roles after a colon', () => {
    expectClaim(
      controlsOf('Permissions are managed through RBAC: ADMIN, SUPERVISOR, SELLER, and LOGISTICS, each with its own scope.'),
      'rbac', 'implemented', { roles: ['ADMIN', 'SUPERVISOR', 'SELLER', 'LOGISTICS'] },
    );
  });
  it('NEG: job openings are not roles', () => {
    expectNoClaim(controlsOf('## Open roles', 'We are hiring a Security Engineer to join our team.'), 'rbac');
  });
  it('NEG: not available', () => {
    expectNotImplemented(controlsOf('Role-based access control is not available on the Free plan.'), 'rbac');
  });
});

describe('ip_allowlisting', () => {
  it('restrict a workspace to IP ranges', () => {
    expectClaim(controlsOf('Enterprise admins can restrict access to their workspace to specific IP ranges.'), 'ip_allowlisting', 'implemented');
  });
  it('on the Business plan', () => {
    expectClaim(controlsOf('IP allowlisting is available on the Business plan.'), 'ip_allowlisting', 'implemented', {}, ['optional']);
  });
  it('NEG: not offered', () => {
    expectClaim(controlsOf('We do not offer IP whitelisting.'), 'ip_allowlisting', 'denied');
  });
  it("NEG: the vendor's own office allowlist is not a customer feature", () => {
    expectNoClaim(controlsOf('Access to our production database is limited to our office IP allowlist.'), 'ip_allowlisting');
  });
});

describe('rate_limiting', () => {
  it('per-token limits', () => {
    expectClaim(controlsOf('API requests are rate limited per token.'), 'rate_limiting', 'implemented');
  });
  it('account lockout', () => {
    expectClaim(controlsOf('Accounts are locked out after 10 failed login attempts.'), 'rate_limiting', 'implemented');
  });
  it('NEG: in an out-of-scope list', () => {
    expectNoClaim(controlsOf('## Out of scope', '- Lack of rate limiting on non-authentication endpoints'), 'rate_limiting');
  });
});

describe('session_security', () => {
  it('30-minute idle timeout', () => {
    expectClaim(controlsOf('Sessions expire after 30 minutes of inactivity.'), 'session_security', 'implemented', { idle_timeout_minutes: 30 });
  });
  it('an idle timeout in hours', () => {
    expectClaim(controlsOf('Admins can set an idle timeout of 8 hours.'), 'session_security', 'implemented', { idle_timeout_minutes: 480 });
  });
  it('secure cookies', () => {
    expectClaim(controlsOf('Session cookies are httpOnly, Secure and SameSite=Lax.'), 'session_security', 'implemented');
  });
  it('NEG: an out-of-scope finding', () => {
    expectNoClaim(controlsOf('## Out of scope', '- Sessions that do not expire after a password change'), 'session_security');
  });
  it('NEG: sessions that never expire', () => {
    expectNotImplemented(controlsOf('Sessions do not expire automatically; users stay signed in until they log out.'), 'session_security');
  });
});
