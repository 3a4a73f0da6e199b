import { boundDuration } from '../language/binding.ts';
import type { ControlPatterns } from './types.ts';

/** Running the service: incidents, vulnerabilities, monitoring, the network edge. */

export const operations: ControlPatterns[] = [
  {
    control: 'incident_response',
    mentions: [/\bincident[- ]response\b|\bsecurity incidents?\b|\bbreach(?:es)? notification\b|\bnotif(?:y|ied|ication|ying)\b[^.;]{0,80}\bbreach(?:es)?\b|\bbreach(?:es)?\b[^.;]{0,60}\bnotif\w*\b|\bincident (?:management|handling|playbook|process)\b|\bpost-incident\b/i],
    topic: /\bincident\b|\bbreach\b/i,
    inTopic: [/\bnotif(?:y|ying|ied)\b[^.;]{0,40}\bcustomers?\b|\bcustomers?\b[^.;]{0,20}\bnotified\b/i],
    attributes: (text) => {
      const d = boundDuration(text, /notif\w*|within|aware\w*|discover\w*|confirm\w*|breach\w*/i, 80);
      return d && /\b(?:breach|incident|notif)/i.test(text) ? { breach_notification_hours: d.businessDays ? d.days * 24 : d.hours } : {};
    },
  },
  {
    control: 'vulnerability_management',
    mentions: [
      /\bvulnerabilit(?:y|ies)\b[^.;]{0,40}\b(?:scan\w*|management|monitor\w*|remediat\w*|patch\w*)\b|\b(?:scan\w*|monitor\w*)\b[^.;]{0,60}\b(?:vulnerabilit(?:y|ies)|dependencies|CVEs?|container images?)\b/i,
      /\b(?:security )?patch(?:es|ing)?\b[^.;]{0,60}\b(?:applied|deployed|regular\w*|cadence|within|timely)\b|\bdependenc(?:y|ies)\b[^.;]{0,40}\b(?:updat\w*|audit\w*|scan\w*|monitor\w*)\b|\bremediat\w*\b[^.;]{0,40}\b(?:critical|high|targets?|SLAs?)\b/i,
      /\b(?:Dependabot|Snyk|Renovate|SAST|DAST|software composition analysis)\b/i,
      // "Vulnerabilities that affect our systems will be patched or otherwise remediated within …"
      /\bvulnerabilit(?:y|ies)\b[^.;]{0,80}\b(?:will be|are|get|is)\s+(?:\w+\s+)?(?:patched|remediated|fixed|resolved|mitigated)\b/i,
    ],
    // a remediation section: its severity table ("Critical: 24 hours") gives the deadlines
    topic: /\bvulnerability (?:management|remediation)\b|\bremediation (?:times?|timeframes?|targets?|SLAs?|policy)\b|\bpatch/i,
    inTopic: [/^(?:critical|high)(?:[- ]severity)?\b[^.;]{0,10}[:—–-]?\s*\d/i],
    excludes: [/\breport(?:ing)? (?:a |the )?(?:security )?vulnerabilit/i, /\bif you (?:discover|find|believe)\b/i],
    attributes: (text) => {
      const out: Record<string, unknown> = {};
      const critical = boundDuration(text, /critical(?:[- ]severity)?(?: vulnerabilities| issues| findings)?/i, 70);
      if (critical) out.critical_days = Math.round(critical.days * 100) / 100;
      const high = boundDuration(text, /high(?:[- ]severity)?(?: vulnerabilities| issues| findings)?/i, 70);
      if (high && high !== critical) out.high_days = Math.round(high.days * 100) / 100;
      return out;
    },
  },
  { control: 'malware_scanning', mentions: [/\bmalware\b|\banti-?virus\b|\bvirus scan\w*\b|\bscanned for (?:viruses|malicious)\b/i], excludes: [/\bmalware (?:attacks?|infections?) (?:are|is) (?:a|common)\b/i] },
  {
    control: 'monitoring',
    mentions: [/\bmonitor(?:s|ed|ing)?\b[^.;]{0,60}\b(?:alert\w*|anomal\w*|suspicious|24\/7|around the clock|security|errors?|performance|access patterns|activity|on-call)\b|\b(?:error|performance|security|infrastructure) monitoring\b|\bobservability\b|\bon-call\b|\bSIEM\b|\bintrusion detection\b|\b(?:IDS|EDR)\b|\balert(?:s|ing)? on\b|\bautomatically flagged\b|\b(?:errors|exceptions) are captured\b/i],
    topic: /\bmonitoring\b/i,
    // audit logs kept "to monitor and control access" are audit logging, not security monitoring
    excludes: [/\b(?:audit|access) (?:logs?|trails?)\b[^.;]{0,20}\bto monitor\b/i],
  },
  {
    control: 'ddos_protection',
    mentions: [/\bDDoS\b|\bdenial[- ]of[- ]service\b|\bWAF\b|\bweb application firewall\b|\bDoS (?:attacks? )?(?:protection|mitigation|prevention|defen[cs]e)\b|\bprotect\w* against DoS\b|\b(?:DDoS|DoS)-(?:Schutz|Abwehr|bescherming)\b/i],
    attributes: (text) => (/\bWAF\b|\bweb application firewall\b/i.test(text) ? { waf: true } : {}),
  },
  {
    control: 'security_headers',
    mentions: [/\bsecurity headers\b|\bContent[- ]Security[- ]Policy\b|\bCSP\b|\bX-Frame-Options\b|\bX-Content-Type-Options\b|\bReferrer-Policy\b|\bPermissions-Policy\b/i],
    attributes: (text) => (/\bContent[- ]Security[- ]Policy\b|\bCSP\b/i.test(text) ? { csp: true } : {}),
  },
  {
    control: 'network_security',
    mentions: [/\bfirewalls?\b(?! (?:rules )?for (?:your|customer))|\bprivate (?:network(?:s|ing)?|subnets?)\b|\bVPCs?\b|\bsecurity groups\b|\bnetwork segmentation\b|\bnetwork (?:isolation|security)\b|\brestricted inbound\b/i],
    polar: [/\bnot (?:publicly )?exposed (?:publicly|to the (?:public )?internet)\b|\bno (?:direct )?public (?:database |internet )?access\b|\bnot (?:exposed|reachable|accessible) (?:publicly|from the (?:public )?internet)\b/i],
    excludes: [/\bweb application firewall\b(?![^.;]*\bfirewalls\b)/i, /\b(?:behind|inside|within) (?:your|the customer's|their|a customer's) (?:own |corporate )?firewall\b/i],
  },
  {
    control: 'change_management',
    excludes: [/\bchanges? to (?:these|this|the|our) (?:terms|polic(?:y|ies)|agreement|page|notice|documents?|privacy)\b/i],
    mentions: [/\bchanges?\b[^.;]{0,60}\b(?:reviewed|approved|approval|peer review|code review)\b|\b(?:deployments?|releases?)\b[^.;]{0,40}\b(?:review|approv\w*)\b|\bcode reviews?\b|\bchange management\b|\bfour-eyes\b|\bpeer[- ]reviewed\b/i],
  },
  {
    control: 'status_page',
    mentions: [/\bstatus ?page\b|\bstatus\.[\w-]+\.\w+\b|\/status page\b|\bsystem status\b/i],
    attributes: (text) => {
      const url = /\bhttps?:\/\/status\.[\w.-]+[\w]|\bstatus\.[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i.exec(text);
      return url ? { url: url[0].startsWith('http') ? url[0] : `https://${url[0]}` } : {};
    },
  },
];
