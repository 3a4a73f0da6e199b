import { clauseAround } from './clauses.ts';
import { isPhraseNegated } from './negation.ts';
import { globalOf } from './regex-cache.ts';

export type CueStatus = 'in_progress' | 'planned';

/** Wording that puts a claim in progress or in the future, as data. */
export const STATUS_CUES: { status: CueStatus; pattern: RegExp }[] = [
  { status: 'in_progress', pattern: /\b(?:in[- ]progress|under ?way|in preparation|preparing for|currently undergoing|undergoing|in the process of|being (?:audited|assessed|implemented|rolled out)|(?:auditors?|assessors?|QSAs?) (?:are|is) (?:now |currently )?(?:testing|reviewing|assessing|examining|auditing|evaluating)|(?:are|is) (?:now |currently )?being (?:tested|reviewed|examined)|(?:audit|assessment|engagement|observation (?:period|window)|fieldwork)(?: \w+){0,2} (?:has |have )?(?:begun|started|initiated|kicked off|commenced|under ?way)|initiated|in (?:the )?(?:audit|observation) (?:phase|period|window)|observation (?:period|window)|currently (?:working on|implementing|rolling out)|(?:audit|assessment|review)\b[^.;]{0,30}\bscheduled\b|scheduled (?:for|in) (?:Q[1-4]|H[12]|\w+ 20\d\d|20\d\d)|extending\b[^.;]{0,50}\bto (?:cover|include)|stage (?:1|2|one|two|I|II)\b[^.;]{0,20}\b(?:audit|review)|(?:private |public |closed |open )?beta)\b/i },
  { status: 'planned', pattern: /\b(?:(?:on )?(?:our|the) (?:\w+ )?roadmap|pursuing|roadmap item|working (?:towards?|to(?:ward)? achieve|on achieving)|building towards?|upcoming|planned(?! (?:maintenance|downtime|outages?))|plans? to|planning to|intends? to|intending to|aims? to (?:achieve|obtain|complete|be|become|get)|expects? to|expected (?:by|in)|targeting|coming soon|(?:evaluating|considering|exploring|investigating)\b|(?:later|early|next|end of) (?:this|next) (?:year|quarter)|by (?:Q[1-4]|H[12]|the end of|mid|early|late)[- ]?(?:\d{4}|\w+ \d{4})?|by (?:20\d\d)|near[- ]term milestone|future (?:release|milestone)|will (?:soon )?(?:be )?(?:pursu|seek|achiev|obtain|introduc|add|launch|roll|complet|begin|start)\w*)\b/i },
];

export interface CueMatch { status: CueStatus; start: number; end: number; negated: boolean }

/** Status cues in `text`, with whether each is itself negated ("no plans to pursue"). */
let lastText: string | null = null;
let lastCues: CueMatch[] = [];

export function findCues(text: string): CueMatch[] {
  // the same sentence is asked about once per control: remember the last answer
  if (text === lastText) return lastCues;
  const out: CueMatch[] = [];
  for (const { status, pattern } of STATUS_CUES) {
    const g = globalOf(pattern);
    for (let m = g.exec(text); m; m = g.exec(text)) {
      out.push({ status, start: m.index, end: m.index + m[0].length, negated: isPhraseNegated(text, m.index) });
      if (m[0].length === 0) g.lastIndex++;
    }
  }
  lastText = text;
  lastCues = out;
  return out;
}

/** The cue that governs the mention at `at`: one in the same clause. */
export function cueInClause(text: string, at: number, cues = findCues(text)): CueMatch | null {
  const clause = clauseAround(text, at);
  return cues.find((c) => c.start >= clause.start && c.start < clause.end) ?? null;
}

/** A heading or a list's lead-in that makes everything under it planned or in progress ("Security Roadmap", "Upcoming milestones include:"). */
const CONTEXT_CUES: { status: CueStatus; pattern: RegExp }[] = [
  { status: 'planned', pattern: /\b(?:roadmap|upcoming|coming soon|planned(?! (?:maintenance|downtime|outages?|work))|future|next steps|what(?:'s| is) next|on the horizon|milestones)\b/i },
  { status: 'in_progress', pattern: /\b(?:in progress|under ?way|what we(?:'re| are) working on|currently working on)\b/i },
];

export function contextStatus(text: string): CueStatus | null {
  for (const { status, pattern } of CONTEXT_CUES) if (pattern.test(text)) return status;
  return null;
}
