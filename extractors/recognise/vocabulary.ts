/**
 * Stage 2's vocabulary, as data: what a sentence of a trust page looks like
 * (a vendor stating its own practice) and what sentences of other kinds of page
 * look like (advice to the reader, a question, a definition, a job ad, news,
 * pricing, legal terms, a template, sample data). Each pattern is tested once per
 * sentence; the recogniser turns the hits into shares of the page's sentences,
 * so one ordinary word never decides a page. English, German, French, Dutch and
 * Spanish where the word differs; Unicode letter boundaries where a word may hold
 * an accented letter (\b is ASCII-only).
 */

/** The vendor speaking of itself. ("we" is also Dutch.) */
export const FIRST_PERSON = /\b(?:we|our|ours|us|we're|we've|we'll|wir|unser\w*|uns|nous|notre|nos|wij|ons|onze|nosotros|nuestr[oa]s?)(?![\p{L}])/iu;

/** A writer speaking for themself: a blog post, an opinion, a forum answer; a vendor's page says "we". */
export const FIRST_PERSON_SINGULAR = /(?:^|[\s(“"])(?:I|I'm|I've|I'd|I'll|my)(?=[\s,.;:!?)”"])/u;

/** The reader addressed (a guide, marketing, a help article written at the reader). */
export const SECOND_PERSON = /\b(?:you|your|yours|you're|you'll|Sie|Ihr\w*|vous|votre|vos|jij|je|jouw|uw|usted|ustedes|tu|tus)(?![\p{L}])/u;
export const SECOND_PERSON_CI = /\b(?:you|your|yours)\b/i;

/** A sentence that opens with an instruction to the reader. */
export const IMPERATIVE_START = /^(?:[-•*\d.)\s]*)(?:use|set up|configure|enable|disable|make sure|consider|ensure|avoid|do not|don't|never|check|describe|list|read|pair|keep|review|choose|select|create|install|run|add|remove|follow|learn|start|contact your|ask|verify|confirm|document|implement|define|identify|establish|assess|map|build|prepare|include|provide your|share|send|go to|click|open|navigate|try|restrict|block|opt out|protect|conduct|redact|limit)\b/i;

/** Advice to the reader, beyond the pronoun. */
export const ADVICE = /\b(?:you (?:should|must|need to|can|may want to|will need|have to)|we recommend(?: that)? you|it is (?:important|recommended|best) to|organi[sz]ations (?:should|must|need)|companies (?:should|must|need)|teams should|best practices?|tips?\b|step \d|here(?:'s| is) how|how to\b|in this (?:guide|article|post))\b/i;

/** The vendor doing something: verbs of practice, English and the other languages' common stems. */
export const PRACTICE_VERB = /\b(?:encrypt\w*|maintain\w*|use[sd]?|using|require[sd]?|enforce[sd]?|perform\w*|conduct\w*|run[s]?|store[sd]?|host\w*|back(?:s|ed)? up|backup[s]?|monitor\w*|log(?:s|ged)?|notif\w+|support\w*|offer\w*|provid\w+|certif\w+|complian\w*|audit\w*|ha(?:ve|s) (?:been|a|an|our|its)|hold[s]?|test\w*|scan\w*|patch\w*|appl(?:y|ies|ied)|restrict\w*|retain\w*|retention|publish\w*|acknowledge\w*|review\w*|delet\w+|remov\w+|protect\w*|secur(?:e[sd]?|ing)|operat\w+|commit\w*|respond\w*|process\w*|keep[s]?|kept|implement\w*|employ\w*|undergo\w*|partner\w*|sign\w*|rotat\w+|isolat\w+|verschlüssel\w*|speicher\w*|gehostet|betreib\w*|schütz\w*|sicher\w*|chiffr\w*|héberg\w*|stock\w*|sauvegard\w*|protég\w*|versleutel\w*|opgeslagen|bewaar\w*|beveilig\w*|gehost|cifr\w*|almacen\w*|aloj\w*|proteg\w*)(?![\p{L}])/iu;

/** A practice stated in the passive, with no subject named: "data is backed up daily". */
export const PASSIVE_PRACTICE = /\b(?:is|are|was|were|be|been|wird|werden|sind|ist|est|sont|wordt|worden|zijn|es|son|está[n]?)\s+(?:[\p{L}\d-]+\s+){0,4}(?:encrypted|stored|hosted|backed up|retained|logged|monitored|restricted|protected|deleted|removed|tested|reviewed|audited|certified|isolated|hashed|rotated|replicated|kept|required|enforced|verschlüsselt|gespeichert|gehostet|gesichert|geschützt|zertifiziert|chiffrée?s?|hébergée?s?|stockée?s?|sauvegardée?s?|protégée?s?|certifiée?s?|versleuteld|opgeslagen|gehost|beveiligd|gecertificeerd|cifrad[oa]s?|almacenad[oa]s?|alojad[oa]s?|protegid[oa]s?|certificad[oa]s?)(?![\p{L}])/iu;

/** Security, privacy and compliance words, any language of the corpus. */
export const SECURITY_TERM = /\b(?:secur\w*|encrypt\w*|decrypt\w*|tls|ssl|aes[- ]?\d*|soc ?[12]|iso(?:\/iec)? ?27\d\d\d|gdpr|hipaa|pci(?: dss)?|mfa|2fa|sso|saml|authenticat\w*|password\w*|vulnerab\w*|penetration|pentest\w*|firewall\w*|backup\w*|back(?:ed)? up|disaster recovery|incident\w*|breach\w*|complian\w*|certif\w*|audit\w*|access control\w*|privacy|data protection|sub-?processor\w*|retention|confidential\w*|integrity|availability|uptime|monitor\w*|logging|disclosure|bug bounty|sicherheit\w*|verschlüssel\w*|zertifizier\w*|rechenzentr\w*|schwachstelle\w*|datenschutz\w*|sicherungskopie\w*|sécurité|chiffr\w*|certifié\w*|hébergé\w*|hébergement|vulnérabilit\w*|conformité|conforme|sauvegarde\w*|beveilig\w*|versleutel\w*|gecertificeerd|datacent\w*|seguridad|cifrad\w*|certificad\w*|vulnerabilidad\w*|alojad\w*|respaldo\w*|rgpd|avg|dsgvo)(?![\p{L}])/giu;

/**
 * A status the vendor gives itself as a label, the way status pages and compliance
 * tables write it ("Status: Planned", "SOC 2 Type II — in audit", "Compliant").
 */
export const STATUS_STATEMENT = /(?:^|\bstatus\s*[:—–-]\s*|\s[—–|:]\s*)(?:compliant|certified|attested|in (?:progress|audit|place)|planned|on (?:the )?roadmap|not (?:yet )?(?:started|certified|compliant|available|planned)|under (?:audit|review)|completed?|renewed|expected (?:in )?(?:q[1-4]|h[12]|\d{4})|targeted?|live|available)\b/i;

/** A short line that is only a status, as status cards write it ("In audit", "Type I planned · Q3 2026", "Available now"). */
export const STATUS_LABEL = /\b(?:in (?:progress|audit|place|review)|planned|on (?:the )?roadmap|available(?: now)?|certified|compliant|attested|not (?:yet )?(?:started|certified|compliant|available|planned)|coming soon|completed?|underway|live|renewed|expected)(?![\p{L}])/iu;

/** A line of code or configuration (a how-to answer, a setup guide), not a sentence. */
export const CODE_LINE = /(?:^[\w.-]+(?:\s+[\w.:'"-]+)+;$|^\$\s|^(?:sudo|npm|pip|docker|kubectl|curl|openssl|git|export|apt(?:-get)?)\s|^[A-Z_]{3,}=|[{}]\s*$|^\s*<\/?[a-z]+[ >])/;

/** A heading whose topic is security, privacy, compliance or operations. */
export const SECURITY_HEADING = /\b(?:secur\w*|encryption|compliance|certifications?|access|authentication|identity|incidents?|vulnerabilit\w*|disclosure|bug bounty|backups?|recovery|continuity|privacy|data (?:protection|handling|residency|retention|location)|infrastructure|hosting|network|audit\w*|isolation|sub-?processors?|monitoring|uptime|availability|measures|controls?|standards|regulations|trust|soc ?(?:[12]|ii?)|iso(?:\/iec)? ?\d+|hipaa|pci(?: dss)?|gdpr|fedramp|cfr|nis ?2|dora|csa star|sicherheit\w*|datenschutz\w*|verschlüsselung|rechenzentr\w*|sécurité|conformité|hébergement|chiffrement|beveiliging|seguridad|cumplimiento)(?![\p{L}])/iu;

/** A sentence that defines a term rather than states a practice (a glossary, a guide). */
export const DEFINITION = /(?:^|[.:]\s)(?:an?\s+|the\s+)?[\p{L}\d][\p{L}\d ./()-]{0,40}?\s(?:is|are)\s(?:an?|the)\s(?:\p{L}+\s){0,4}?(?:framework|standard|regulation|law|report|attestation|set|process|type|term|method|certification|audit|examination|assessment|principle|practice|document|annex|criteria|requirement|control|feature|measure)s?\b|\b(?:refers to|stands for|is defined as|is short for|means that a|definition|also known as)\b|^(?:an?|the)\s(?:[\p{L}/()-]+\s){0,6}?(?:that|which|who|listing|used to|in which)\s(?!we\b|our\b)/iu;

/** Markers of other kinds of page, each tested once per sentence. */
export const OTHER_PAGE_MARKERS = {
  job: /\b(?:responsibilities|what we(?:'re| are) looking for|who you are|preferred (?:skills|experience)|must[- ]haves?|qualifications|years of (?:professional )?experience|apply (?:now|today|for this)|we(?:'re| are) hiring|salary|compensation|equal opportunity|what you(?:'ll| will) do|about the role|the role|nice to have|you will (?:own|lead|design|build|work)|job (?:description|type|title)|full[- ]time|remote[- ]first|candidate|hiring manager)\b/i,
  news: /\b(?:reported|said (?:in|on|that|the)|according to (?:a|the|sources|reports?)|spokesperson|spokesman|told (?:reporters|the)|announced (?:on|that|today)|press release|investigators?|hackers? (?:stole|accessed|breached)|breach (?:at|of) [A-Z]|affected (?:up to )?\d|customers? (?:were|was) affected|(?:reuters|associated press|ap)\b)/i,
  blog: /\b(?:min(?:ute)?s? (?:read|to read)|posted (?:on|by|in)|written by|share this (?:post|article)|subscribe (?:to|for)|related (?:posts|articles)|read more|newsletter|comments?\s*\(\d|leave a comment|thought i'd|let's dive|in this (?:post|article|blog))\b/i,
  pricing: /(?:[$€£]\s?\d[\d,.]*\s*(?:\/|per)\s*(?:user|seat|month|mo|year|yr)|\bper (?:user|seat|month)\b|\bbilled (?:annually|monthly|yearly)\b|\bfree (?:plan|trial|tier|forever)\b|\bcontact sales\b|\bupgrade (?:to|now|your plan)\b|\bmost popular\b|\b(?:starter|pro|business|enterprise|team|free) (?:plan|tier)s?\b|\btiers?\b|\bunlimited\b|\bquotas?\b|\bcaps?\b)/i,
  marketing: /\b(?:get started(?: for free)?|book a demo|request a demo|schedule a demo|start (?:your )?free|sign up|try (?:it )?(?:for )?free|npm install|pip install|drop-in|in minutes|ship(?:ped)? faster|for your (?:customers|users|team|apps?)|your (?:customers|users|apps?|applications?|code|endpoints?|workloads?)|protects? your|secures? your|scan your|detects?)\b/i,
  privacyPolicy: /\b(?:personal (?:data|information) (?:we|that we|which we) (?:collect|process)|legal basis|lawful basis|your rights|data controller|cookies?|this privacy (?:policy|notice)|privacy policy|we collect (?:the following|information)|right to (?:object|erasure|access|rectification|restrict)|data subject rights|marketing (?:communications|emails)|third[- ]party websites|opt[- ]out of)\b/i,
  template: /(?:\btemplate\b|\bplaceholder\b|\[(?:company|vendor|your|name|date|insert)[^\]]*\]|\{\{|<(?:company|vendor|your)[^>]*>|\b(?:company|vendor|contact) name:\s|\bdue date:\s|\binsert (?:your|the)\b|\bsample (?:language|wording|answer|response|policy)\b|\bfill in\b|\bdescribe (?:your|how)\b|\bexample:\s)/i,
  demo: /\b(?:demo|mock-?up|sample data|example data|dummy|lorem ipsum|john doe|jane doe|acme corp|test (?:user|account|tenant)|screenshot|preview)\b/i,
  thirdParty: /\b(?:reasons (?:why|to)|is (?:\w+ )?safe (?:to use|for you)|review of|vs\.?|versus|alternatives?|compared (?:to|with)|we (?:think|believe|found|tested|reviewed) (?:that )?[A-Z]|their (?:security|encryption|platform|servers|data centers?|compliance))\b/i,
  regulationBody: /\b(?:government|ministry|national|agency|authority|act of|section \d+ of|the framework|framework (?:core|functions?|areas?)|function areas?|organi[sz]ations? (?:should|must|can|are)|entities|stakeholders|critical infrastructure)\b/i,
} as const;

/** All of OTHER_PAGE_MARKERS in one pattern: a cheap first test. */
export const ANY_OTHER_PAGE_MARKER = new RegExp(Object.values(OTHER_PAGE_MARKERS).map((re) => `(?:${re.source})`).join('|'), 'i');

/** A page that, today, has only toggles and statuses: an "Enabled" cell is not a sentence of practice. */
export const TOGGLE_CELL = /^(?:enabled|disabled|on|off|active|inactive|yes|no|true|false|configured|not configured|✓|✔|✗|✘|—|-)$/i;
