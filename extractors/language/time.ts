/**
 * Time in a claim: does the clause place the control in the future ("targeted H2 2027", "due to complete next
 * spring", "before year end", "2028", "we'll add…")? A date is read against the page's date (its "last updated",
 * else the reading date): a past date ("SOC 2 Type II (2022)") is no plan.
 */

/** Wording that points forward by itself, whatever the date. */
const FUTURE_WORDING = /\b(?:next (?:spring|summer|autumn|fall|winter|year|quarter|month|few months|release)|(?:later|early|end of) (?:this|next) (?:year|quarter)|later this year|before (?:the )?(?:year[- ]end|end of (?:the |this |next )?(?:year|quarter))|by (?:the )?(?:year[- ]end|end of (?:the |this |next )?(?:year|quarter))|(?:in|within) the (?:coming|next) (?:months?|quarters?|year)|coming (?:months|quarters|year)|on track (?:to|for)|due (?:to (?:complete|finish|be completed|start|begin|conclude)|(?:in|by|for) (?:Q[1-4]|H[12]|20\d\d|early|mid|late|the end|next))|targeted (?:for|in|by)?|target(?:ing)? (?:date|completion|Q[1-4]|H[12]|20\d\d)|\bETA\b|expected (?:to|by|in|for|before|completion|date)|anticipated|(?:we['’]ll|we will|will) (?:soon |also )?(?:be )?(?:add|adding|launch|introduc|roll(?:ing)? out|pursu|seek|obtain|achiev|complet|begin|start|implement|undergo|offer|enabl|releas|ship|becom|get (?:certified|audited|our))\w*|(?:is|are) (?:scheduled|slated|set) (?:for|to)|soon\b)/i;

/** A calendar expression: "Q3 2027", "H2 2027", "mid-2025", "March 2027", "2028". */
const DATE = /\b(?:(Q[1-4]|H[12])\s?(?:FY)?['’]?(20\d\d|\d\d)\b|(?:(?:early|mid|late|end of)[- ]?)?(?:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\s+)?(20\d\d)\b)/gi;
/** A verb of the past or present beside a date: "achieved in 2022", "since 2021", "(2022)" after a report held. */
const PAST_BESIDE_DATE = /\b(?:reports?|certificates?|attestations?|audit period|period|since|achieved|obtained|completed|received|passed|certified|audited|issued|renewed|awarded|earned|attained|valid (?:until|through|to)|expires?|as of|in place since|dated|updated|last)\b[^.;]{0,25}$/i;

const QUARTER_END_MONTH: Record<string, number> = { Q1: 3, Q2: 6, Q3: 9, Q4: 12, H1: 6, H2: 12 };
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export interface TimeExpression {
  /** The words that gave it. */
  text: string;
  start: number;
  /** The last month it can mean, as yyyy-mm, when it names a date. */
  until: string | null;
  future: boolean;
}

function untilOf(m: RegExpExecArray): string {
  if (m[1]) {
    const year = m[2]!.length === 2 ? `20${m[2]}` : m[2]!;
    return `${year}-${String(QUARTER_END_MONTH[m[1].toUpperCase()]).padStart(2, '0')}`;
  }
  const month = m[3] ? MONTHS.indexOf(m[3].slice(0, 3).toLowerCase()) + 1 : 12;
  return `${m[4]}-${String(month).padStart(2, '0')}`;
}

/** A clause told in the past or present perfect: its dates are when things happened ("report was issued … December 2025"). */
const PAST_TENSE = /\b(?:was|were|has been|have been|had been|received|issued|completed|achieved|obtained|passed|awarded|renewed|launched|shipped|released|introduced|added|became|started|began|concluded)\b/i;
/** "If you report a flaw, we will respond": a condition's consequence is a commitment, not a plan. */
const CONDITION = /^\s*(?:if|when|whenever|once|after|should|in the (?:unlikely )?event)\b/i;

/** The first time expression in `text` that places it in the future, relative to `today` (yyyy-mm-dd). */
export function futureTimeIn(text: string, today: string): TimeExpression | null {
  if (CONDITION.test(text)) return null;
  const words = FUTURE_WORDING.exec(text);
  if (words) return { text: words[0], start: words.index, until: null, future: true };
  if (PAST_TENSE.test(text)) return null;
  const month = today.slice(0, 7);
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const until = untilOf(m);
    if (PAST_BESIDE_DATE.test(text.slice(0, m.index))) continue;
    // "© 2026", "Last updated March 2026", "2026-03-02": the page's own dates, not the claim's
    if (/(?:©|copyright|updated|revised|effective)\s*[^.;]{0,15}$/i.test(text.slice(0, m.index)) || /^[-/.]\d/.test(text.slice(m.index + m[0].length))) continue;
    if (until >= month) return { text: m[0], start: m.index, until, future: true };
  }
  return null;
}
