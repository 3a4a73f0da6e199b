import { clauseAround } from './clauses.ts';
import { globalOf } from './regex-cache.ts';

/**
 * Whose certification is it? A certificate held by the hosting provider, the
 * data centre or a sub-processor is `inherited`, not the vendor's own. Nouns
 * and verbs as data; a mention is attributed when its clause ties it to one.
 */
export const PROVIDER_NOUN = String.raw`(?:(?:cloud|hosting|infrastructure|database|payment|storage|service|third[- ]party|managed)\s+)*(?:providers?|partners?|vendors?|sub-?processors?|data ?cent(?:er|re)s?|facilit(?:y|ies)|processors?|AWS|Amazon Web Services|Amazon|Google Cloud(?: Platform)?|GCP|Microsoft Azure|Azure|Heroku|Vercel|Fly\.io|Cloudflare|Stripe|DigitalOcean|Hetzner|OVH(?:cloud)?|Supabase|Neon|MongoDB Atlas|Snowflake|Render|Railway|Netlify|Equinix|Rackspace|Linode|Akamai|Braintree|Adyen|PayPal|banks?|payment gateways?|acquir(?:er|ing bank)s?|card processors?|datacent\w*|Rechenzentr\w*|Anbieter\w*|Dienstleister\w*|Hoster|centres? de donn[ée]es|h[ée]bergeurs?|prestataires?|fournisseurs?|services? (?:d['’]IA |cloud )?tiers|tiers|leveranciers?|proveedor(?:es)?|centros? de datos)`;

const PATTERNS: RegExp[] = [
  // "hosted with a SOC 2 / ISO 27001 certified provider", "certified data centers"
  new RegExp(String.raw`(?:certified|compliant|accredited|audited|attested)\s+(?:\w+\s+){0,2}${PROVIDER_NOUN}`, 'i'),
  // "AWS is ISO 27001 certified", "our data centers are SOC 2 compliant", "Stripe, a PCI DSS Level 1 service provider"
  new RegExp(String.raw`${PROVIDER_NOUN}\b[^.;]{0,80}?\b(?:is|are|maintains?|holds?|has|have|carr(?:y|ies)|meets?|undergoes?|undergo|which|that|,\s*(?:a|an|the)|certifi\w*|zertifiziert|gecertificeerd|sind|ist|est|sont|zijn)\b[^.;]{0,120}`, 'i'),
  // "relies on / hosted on / built on / leverages / inherits … certified …"
  /\b(?:hosted (?:with|on|by|in)|rel(?:y|ies) on|built on|leverag\w+|inherit\w*|runs? on|powered by)\b[^.;]{0,80}/i,
  // "provider's SOC 2 report", "AWS's ISO certification"
  new RegExp(String.raw`${PROVIDER_NOUN}['’]s?\s+(?:own\s+)?[^.;]{0,30}`, 'i'),
];

/** A provider doing the work: "handled entirely by our payment provider", "processed by Stripe", "via Stripe". Anywhere in the clause. */
const PROVIDER_AGENT = new RegExp(String.raw`\b(?:(?:hosted|processed|handled|managed|stored|provided|performed|operated|run|covered)\s+(?:\w+\s+)?(?:by|with|through|via)|via|through|outsourced to|delegated to)\s+(?:(?:our|a|an|the|their)\s+)?(?:[\w.-]+\s+){0,2}${PROVIDER_NOUN}\b`, 'i');

/** The vendor speaking of itself, which outweighs a provider in the same clause. */
const OWN_VOICE = /(?:\b[Ww]e|\b[A-Z][\w.-]+) (?:are|is|have been|has been|became|achieved|completed|received|obtained|holds?|maintains?|passed)\s+(?:(?:fully|now|officially|independently|also|proudly|successfully)\s+)*(?:(?:a|an|our)\s+)?(?:SOC|ISO|PCI|HIPAA)|\b[Oo]ur (?:own )?(?:SOC ?2|ISO(?:\/IEC)? ?\d+|PCI(?: DSS)?|HIPAA)(?: Type (?:I{1,2}|[12]))? (?:certificat\w*|report|attestation|compliance|audit|Level)/;

/** Whether the mention at [start, end) of `text` is a provider's certification. */
export function isProviderAttributed(text: string, start: number, end: number): boolean {
  const clause = clauseAround(text, start);
  const body = text.slice(clause.start, clause.end);
  const s = start - clause.start;
  const e = end - clause.start;
  if (PROVIDER_AGENT.test(body) && !OWN_VOICE.test(body.slice(0, e))) return true;
  for (const pattern of PATTERNS) {
    const g = globalOf(pattern);
    for (let m = g.exec(body); m; m = g.exec(body)) {
      const mStart = m.index;
      const mEnd = m.index + m[0].length;
      // the mention lies inside the provider phrase, or right before "certified provider"
      const covers = (mStart <= s && e <= mEnd) || (e <= mStart && mStart - e <= 40 && !/[,;]/.test(body.slice(e, mStart)));
      // "CockroachDB Advanced on AWS and GCP meets …": a provider after "on" / "in" is where the vendor runs, not who holds it
      const location = pattern === PATTERNS[1] && /\b(?:on|in|at|across|within)\s+(?:the\s+)?$/i.test(body.slice(0, mStart));
      if (covers && !location && !OWN_VOICE.test(body.slice(0, e))) return true;
      // matches may overlap ("facilities that host …, AWS, whose data centres are certified"): resume one character on
      g.lastIndex = m.index + 1;
    }
  }
  return false;
}

/** A sentence whose subject is a provider: "We host on AWS." is not, "AWS operates its data centres …" is; "Our data is hosted by Hetzner." counts (the provider is named as the agent). */
const PROVIDER_SUBJECT = new RegExp(String.raw`^(?:(?:our|the|a|an|all|these)\s+)?(?:[\w.-]+\s+){0,2}${PROVIDER_NOUN}\b|\b(?:hosted|stored|operated|run|housed)\s+(?:\w+\s+){0,3}(?:by|with|at|in)\s+(?:(?:our|a|an|the)\s+)?(?:[\w.-]+\s+){0,2}${PROVIDER_NOUN}\b`, 'i');

export function namesProviderAsSubject(text: string): boolean {
  return PROVIDER_SUBJECT.test(text);
}

/**
 * A provider named as what a heading or a list's lead-in is about: "Natural HR Data Centres", "ISO-zertifizierte
 * Rechenzentren", "examples of AWS compliance reports:". Needs an article, a possessive or a provider's kind or
 * name: a contract's "Provider will maintain…" is the vendor itself.
 */
const PROVIDER_TOPIC = new RegExp(String.raw`\b(?:data ?cent(?:er|re)s?|datacent\w*|Rechenzentr\w*|centres? de donn[ée]es|(?:cloud|hosting|infrastructure|payment) (?:providers?|partners?)|sub-?processors?|(?:our|the|their|its) (?:providers?|hosts?|hosting partners?)|AWS|Amazon Web Services|Google Cloud|Microsoft Azure|Azure)\b`, 'i');

export function topicNamesProvider(topic: string | null | undefined): boolean {
  return !!topic && PROVIDER_TOPIC.test(topic);
}

/** The vendor speaking of its own attestation in the first person ("we are ISO 27001 certified", "our SOC 2 report"). */
export function speaksInOwnVoice(text: string): boolean {
  return OWN_VOICE.test(text) || /\b(?:we|our)\b/i.test(text);
}
