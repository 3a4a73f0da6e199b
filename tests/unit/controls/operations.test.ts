import { describe, it } from 'vitest';
import { controlsOf, expectClaim, expectNoClaim, expectNotImplemented } from './_helpers.ts';

describe('incident_response', () => {
  it('a plan and 72-hour breach notification', () => {
    expectClaim(
      controlsOf('We maintain a documented incident response plan and will notify affected customers of a data breach within 72 hours.'),
      'incident_response', 'implemented', { breach_notification_hours: 72 },
    );
  });
  it('without undue delay, within 2 business days → 48 h', () => {
    expectClaim(
      controlsOf('Customers are notified without undue delay, and in any case within 2 business days, of any security incident affecting their data.'),
      'incident_response', 'implemented', { breach_notification_hours: 48 },
    );
  });
  it('NEG: advice to customers', () => {
    expectNoClaim(controlsOf('If you suspect a security incident in your account, you should reset your password immediately.'), 'incident_response');
  });
});

describe('vulnerability_management', () => {
  it('patch targets by severity', () => {
    expectClaim(
      controlsOf('We patch critical vulnerabilities within 7 days and high-severity ones within 30 days.'),
      'vulnerability_management', 'implemented', { critical_days: 7, high_days: 30 },
    );
  });
  it('dependency scanning with remediation targets', () => {
    expectClaim(
      controlsOf('Dependencies are scanned daily with Dependabot; critical vulnerabilities are remediated within 7 days.'),
      'vulnerability_management', 'implemented', { critical_days: 7 },
    );
  });
  it('container image scanning', () => {
    expectClaim(controlsOf('Container images are scanned for known CVEs on every build.'), 'vulnerability_management', 'implemented');
  });
  it('NEG: a disclosure invitation is not vulnerability management', () => {
    expectNoClaim(controlsOf('If you believe you have found a vulnerability, please report it to security@acme.io.'), 'vulnerability_management');
  });
});

describe('malware_scanning', () => {
  it('uploaded files', () => {
    expectClaim(controlsOf('All uploaded files are scanned for malware before they are shared with other users.'), 'malware_scanning', 'implemented');
  });
  it('attachments checked by anti-virus', () => {
    expectClaim(controlsOf('Email attachments are checked by an anti-virus engine on upload.'), 'malware_scanning', 'implemented');
  });
  it('NEG: a statement about threats', () => {
    expectNoClaim(controlsOf('Malware attacks are a common threat to growing businesses.'), 'malware_scanning');
  });
  it('NEG: not scanned', () => {
    expectNotImplemented(controlsOf('Uploaded files are not scanned for malware, so please only open files from people you trust.'), 'malware_scanning');
  });
});

describe('monitoring', () => {
  it('24/7 with alerting', () => {
    expectClaim(controlsOf('Our infrastructure is monitored 24/7 with automated alerting on suspicious activity.'), 'monitoring', 'implemented');
  });
  it('a SIEM', () => {
    expectClaim(controlsOf('A SIEM correlates security events from all production systems.'), 'monitoring', 'implemented');
  });
  it('NEG: advice to customers', () => {
    expectNoClaim(controlsOf('Customers should monitor their own accounts for suspicious activity.'), 'monitoring');
  });
});

describe('ddos_protection', () => {
  it('DDoS mitigation and a WAF', () => {
    expectClaim(controlsOf("Our edge is protected by Cloudflare's DDoS mitigation and web application firewall (WAF)."), 'ddos_protection', 'implemented', { waf: true });
  });
  it('DDoS protection only', () => {
    const c = controlsOf('We use AWS Shield for DDoS protection.');
    expectClaim(c, 'ddos_protection', 'implemented');
    expectClaim(c, 'ddos_protection', 'implemented', { waf: undefined });
  });
  it('NEG: out of scope for researchers', () => {
    expectNoClaim(controlsOf('## Out of scope', '- Denial of service (DoS/DDoS) attacks'), 'ddos_protection');
  });
  it('NEG: a rule for researchers is no claim about the vendor', () => {
    expectNoClaim(controlsOf('Do not perform denial of service attacks against our services.'), 'ddos_protection');
  });
});

describe('security_headers', () => {
  it('CSP and X-Frame-Options', () => {
    expectClaim(controlsOf('We set a strict Content-Security-Policy and X-Frame-Options on all pages.'), 'security_headers', 'implemented', { csp: true });
  });
  it('headers without CSP', () => {
    const c = controlsOf('Security headers such as X-Content-Type-Options and Referrer-Policy are applied to every response.');
    expectClaim(c, 'security_headers', 'implemented', { csp: undefined });
  });
  it('NEG: out of scope', () => {
    expectNoClaim(controlsOf('## Out of scope', '- Missing security headers without a demonstrated impact'), 'security_headers');
  });
});

describe('network_security', () => {
  it('private subnets, no public exposure', () => {
    expectClaim(controlsOf('Databases run in private subnets and are not exposed to the public internet.'), 'network_security', 'implemented');
  });
  it('VPC and security groups', () => {
    expectClaim(controlsOf('Production runs inside a VPC with security groups restricting inbound traffic.'), 'network_security', 'implemented');
  });
  it('NEG: advice to customers', () => {
    expectNoClaim(controlsOf('Customers should configure firewall rules for their self-hosted deployments.'), 'network_security');
  });
  it('NEG: an instruction to customers', () => {
    expectNoClaim(controlsOf('Configure your firewall to allow traffic from our webhook IP addresses.'), 'network_security');
  });
});

describe('change_management', () => {
  it('peer reviewed and approved', () => {
    expectClaim(controlsOf('All code changes are peer reviewed and approved before deployment to production.'), 'change_management', 'implemented');
  });
  it('deployments need a second engineer', () => {
    expectClaim(controlsOf('Production deployments require approval from a second engineer.'), 'change_management', 'implemented');
  });
  it('NEG: changes to legal terms', () => {
    expectNoClaim(controlsOf('Material changes to these terms are reviewed by our legal team before publication.'), 'change_management');
  });
});

describe('status_page', () => {
  it('with a URL', () => {
    expectClaim(controlsOf('Service availability is published on our status page at https://status.acme.io.'), 'status_page', 'implemented', { url: 'https://status.acme.io' });
  });
  it('a bare status domain', () => {
    // a bare host is given as a usable link
    expectClaim(controlsOf('Real-time system status: status.acme.com'), 'status_page', 'implemented', { url: 'https://status.acme.com' });
  });
  it('NEG: no public status page', () => {
    expectNotImplemented(controlsOf('We do not have a public status page; outages are announced by email.'), 'status_page');
  });
});

describe('remediation said another way', () => {
  it.each([
    "Vulnerabilities that directly affect Acme's systems and services will be patched or otherwise remediated within a timeframe appropriate for their severity.",
    'Security vulnerabilities in our platform are fixed according to their severity.',
    'Any vulnerability found in production is remediated promptly.',
  ])('%s → vulnerability_management', (line) => expectClaim(controlsOf(line), 'vulnerability_management', 'implemented'));
  it('a remediation section\'s severity list gives the deadlines', () => {
    expectClaim(controlsOf('## Vulnerability Remediation', 'Vulnerabilities will be patched within a timeframe appropriate for the severity.', '', '- Critical: 24 hours', '- High: 1 week', '- Medium: 1 month'), 'vulnerability_management', 'implemented', { critical_days: 1, high_days: 7 });
  });
  it('NEG: reporting a vulnerability to us is disclosure, not management', () => {
    expectNoClaim(controlsOf('If you believe you found a vulnerability, report it to security@acme.com.'), 'vulnerability_management');
  });
});

it('NEG: audit logs kept to monitor access are audit logging, not monitoring', () => {
  const c = controlsOf('A 2FA system is in place, along with detailed audit logs to monitor and control access.');
  expectNoClaim(c, 'monitoring');
  expectClaim(c, 'audit_logging', 'implemented');
});
