/**
 * Sentence splitting that survives trust-page text: version numbers ("TLS 1.2"),
 * domains ("centrali.io"), abbreviations ("e.g.", "Inc.", "EE.UU.") and
 * numbered clauses stay inside their sentence.
 */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|vs|inc|ltd|corp|co|no|st|ste|mr|ms|dr|approx|incl|esp|fig|dept|u\.s|u\.k|e\.u|ee\.uu)\.|\b[A-Z]\.)$/i;

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  const boundary = /[.!?…]+["”’)\]]*\s+(?=["“(\[]?[\p{Lu}\d•])/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    // only the end of the candidate can be an abbreviation: test a short tail, not the whole sentence
    if (ABBREVIATIONS.test(candidate.slice(-12))) continue;
    if (candidate.trim()) out.push(candidate.trim());
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}
