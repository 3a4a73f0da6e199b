import { CONTROLS, type AuditReport, type ControlId, type Qualifier } from '../extractors/schema/index.ts';
import { attributePhrase } from './buyer-words.ts';
import type { Profile } from './profiles/schema.ts';
import { hedgeWordsIn } from './quotes.ts';
import { checkRule, countedHedges, describeRule, evaluate, rankVerdicts, type Verdict } from './verdicts.ts';

/**
 * Questions for the vendor: one short, polite, specific question per
 * requirement that is not met, naming the control and ending with "?".
 * Nothing is asked about a met requirement. Templates as data at the top.
 */

/** A control's name inside a sentence: "multi-factor authentication", but "SOC 2" and "DPA" as they are. */
export const inSentence = (label: string) => (/^[A-Z][a-z]/.test(label) && !/[A-Z]/.test(label.slice(1)) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** When the page says nothing: the specific question, per control (others get the generic one). */
const WHEN_SILENT: Partial<Record<ControlId, string>> = {
  soc2: 'Do you hold a SOC 2 Type II report, and could you share it (we can sign an NDA)?',
  iso27001: 'Are you certified to ISO/IEC 27001, and could you share the certificate?',
  pci_dss: 'Are you PCI DSS compliant, and at which level?',
  sso: 'Do you support SAML single sign-on?',
  mfa: 'Do you offer multi-factor authentication that admins can require for all users?',
  scim: 'Do you support SCIM provisioning of users?',
  audit_logging: 'Do you offer audit logging, and how long are the logs kept?',
  incident_response: 'Do you have an incident response process, and within how many hours do you notify customers of a breach?',
  backups: 'Do you back up customer data, and how long are backups kept?',
  rto: 'What is your recovery time objective (RTO) after an outage?',
  rpo: 'What is your recovery point objective (RPO)?',
  pentest: 'Do you have independent penetration testing done, and how often?',
  encryption_at_rest: 'Do you apply encryption at rest to all customer data?',
  encryption_in_transit: 'Do you use encryption in transit for all traffic, and which minimum TLS version?',
  vulnerability_disclosure: 'How can a researcher report a vulnerability to you (vulnerability disclosure)?',
  subprocessors: 'Could you share your sub-processor list?',
  dpa: 'Could you share your DPA (data processing agreement)?',
  data_residency: 'In which regions is our data stored (data residency)?',
  gdpr: 'How do you meet GDPR for personal data you process for us?',
};

/** When the page does not state what a rule needs: the question per attribute key. */
const WHEN_NOT_STATED: Record<string, (label: string) => string> = {
  retention_days: (l) => (l === 'Backups' ? 'How long are backups kept?' : l === 'Audit logging' ? 'How long are audit logs kept (audit logging)?' : `How long is ${inSentence(l)} data kept?`),
  breach_notification_hours: () => 'Within how many hours do you notify customers of a breach (incident response)?',
  hours: (l) => `What is your ${inSentence(l)}, in hours?`,
  protocols: () => 'Do you support SAML single sign-on?',
  enforceable: () => 'Can admins require multi-factor authentication for every user?',
  report_type: () => 'Is your SOC 2 report Type II?',
  tls_min_version: () => 'What is the oldest TLS version you accept (encryption in transit)?',
  regions: () => 'Can our data be stored in the EU (data residency)?',
  frequency: (l) => `How often is ${inSentence(l)} done?`,
};

const ATTESTATION_AUDIT: Partial<Record<ControlId, string>> = { soc2: 'SOC 2 Type II audit', iso27001: 'ISO/IEC 27001 certification', pci_dss: 'PCI DSS assessment' };

/** The question for one verdict that is not met; null for a met one. */
export function questionFor(verdict: Verdict, report: AuditReport): string | null {
  if (verdict.verdict === 'pass') return null;
  const { control, requirement } = verdict;
  const label = CONTROLS[control].label;
  const name = inSentence(label);
  const resolved = report.controls[control];
  if (!resolved) return WHEN_SILENT[control] ?? `Could you tell us whether ${name} is in place, and how?`;
  if (resolved.status === 'denied') return `Your page says ${name} is not in place: do you plan to offer it, and when?`;
  if (resolved.status === 'in_progress') return ATTESTATION_AUDIT[control] ? `When do you expect the ${ATTESTATION_AUDIT[control]} to complete?` : `When do you expect ${name} to be in place?`;
  if (resolved.status === 'planned') return `Is there a date for ${ATTESTATION_AUDIT[control] ? `the ${ATTESTATION_AUDIT[control]}` : name}, which your page lists as planned?`;
  if (resolved.status === 'inherited' && requirement.status !== 'inherited') return `Do you hold ${name} yourselves, or only your hosting provider?`;
  for (const rule of requirement.rules) {
    const result = checkRule(rule, resolved.attributes);
    if (result === 'broken') return `Your page gives ${name} as ${attributePhrase(rule.key, resolved.attributes[rule.key])}: could you offer ${describeRule(rule)}?`;
    if (result === 'missing') return WHEN_NOT_STATED[rule.key]?.(label) ?? `Could you confirm ${name}: ${describeRule(rule)}?`;
  }
  const hedge = countedHedges(requirement, resolved.qualifiers)[0];
  if (hedge === 'on_request') return `Could you share your ${name}${control === 'soc2' ? ' Type II report' : ''} (we can sign an NDA)?`;
  if (hedge) {
    const quotes = report.claims.filter((c) => c.control === control && (c.qualifiers as string[]).includes(hedge)).flatMap((c) => c.evidence);
    const words = hedgeWordsIn(hedge as Qualifier, quotes);
    return words ? `Your page says “${words}”: is ${name} in place in every case?` : `Is ${name} in place in every case, without conditions?`;
  }
  return `Could you confirm that ${name} is in place?`;
}

/** The questions for a page under a profile, failed requirements first. */
export function questionsFor(report: AuditReport, profile: Profile): string[] {
  return rankVerdicts(evaluate(report, profile)).flatMap((v) => questionFor(v, report) ?? []);
}

/** As plain text to paste in an email: one question per line. */
export const questionsText = (questions: readonly string[]): string => questions.map((q) => `${q}\n`).join('');
