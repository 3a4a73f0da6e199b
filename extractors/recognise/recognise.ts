import { globalOf } from '../language/regex-cache.ts';
import type { Recognition } from '../schema/index.ts';
import { FIRST_PERSON, FOREIGN_SECURITY_STEMS, FOREIGN_SECURITY_TERMS, SECOND_PERSON, NEGATIVE_TEXT, NOT_TRUST_PATH, NOT_TRUST_TITLE, TRUST_HOST, TRUST_PATH, TRUST_TITLE, VENDOR_PRACTICE } from './signals.ts';

/** What stage 1 reads: nothing but the URL and the page's head. */
export interface PageHead {
  url: string | null;
  title: string;
  h1: string;
  description: string;
}

export interface Stage1 { likely: boolean; score: number; signals: string[] }

/** Cheap enough for every page load: runs before any text is read. */
export function recogniseStage1(head: PageHead): Stage1 {
  const signals: string[] = [];
  let score = 0;
  let path = '';
  let host = '';
  if (head.url) {
    try {
      const u = new URL(head.url);
      path = u.pathname;
      host = u.hostname;
    } catch { /* not a URL (a file name): no URL signal */ }
  }
  if (TRUST_PATH.test(path)) { score += 0.45; signals.push(`url path ${path}`); }
  if (TRUST_HOST.test(host)) { score += 0.35; signals.push(`host ${host}`); }
  if (TRUST_TITLE.test(head.title)) { score += 0.3; signals.push(`title "${head.title.slice(0, 60)}"`); }
  if (TRUST_TITLE.test(head.h1)) { score += 0.25; signals.push(`heading "${head.h1.slice(0, 60)}"`); }
  if (TRUST_TITLE.test(head.description)) { score += 0.1; signals.push('meta description'); }
  if (NOT_TRUST_PATH.test(path)) { score -= 0.4; signals.push(`not-trust url ${path}`); }
  if (NOT_TRUST_TITLE.test(head.title) || NOT_TRUST_TITLE.test(head.h1)) { score -= 0.35; signals.push('not-trust title'); }
  score = Math.max(0, Math.min(1, score));
  return { likely: score >= 0.25, score, signals };
}

export interface TextEvidence {
  /** Plain text of the page's blocks. */
  text: string;
  /** Distinct controls with a claim, a page's density of security content. */
  controlCount: number;
  /** Headings of the page. */
  headings: string[];
}

const count = (re: RegExp, text: string) => (text.match(globalOf(re)) ?? []).length;
const SECURITY_HEADING = /\b(?:security|encryption|compliance|access control|authentication|incident|vulnerabilit|backups?|privacy|data protection|infrastructure|certifications?|sub-?processors|disclosure|audit|isolation|network)\b/i;

/** Stage 2: the page's text decides, with stage 1 as a prior. */
export function recognise(stage1: Stage1, evidence: TextEvidence): Recognition {
  const signals = [...stage1.signals];
  const words = Math.max(1, evidence.text.split(/\s+/).length);
  const firstPerson = count(FIRST_PERSON, evidence.text);
  const practices = count(VENDOR_PRACTICE, evidence.text);
  const securityHeadings = evidence.headings.filter((h) => SECURITY_HEADING.test(h)).length;

  let score = stage1.score * 0.5;
  score += Math.min(0.45, evidence.controlCount * 0.06);
  // a short page dense with claims is a narrow trust page (a backups doc, a disclosure policy)
  if (words < 400 && evidence.controlCount >= 3) { score += 0.1; signals.push('short and dense'); }
  if (evidence.controlCount) signals.push(`${evidence.controlCount} controls claimed`);
  score += Math.min(0.2, practices * 0.04);
  if (practices) signals.push(`${practices} first-person practice statements`);
  score += Math.min(0.15, securityHeadings * 0.03);
  const lower = evidence.text.toLowerCase();
  const foreign = FOREIGN_SECURITY_STEMS.some((stem) => lower.includes(stem)) ? count(FOREIGN_SECURITY_TERMS, evidence.text) + evidence.headings.reduce((n, h) => n + count(FOREIGN_SECURITY_TERMS, h), 0) : 0;
  if (foreign >= 3) { score += Math.min(0.35, foreign * 0.06); signals.push(`security vocabulary in German, French or Spanish (${foreign})`); }
  // a vendor writing of itself by name ("Kontorix ist … zertifiziert") has no first person to count
  if (firstPerson / words < 0.004 && foreign < 3) { score -= 0.15; signals.push('little first-person voice'); }
  // a page that talks to the reader about the reader's product (a guide, a product page), not about the vendor's own practice
  const secondPerson = count(SECOND_PERSON, evidence.text);
  if (secondPerson > 2.5 * firstPerson && firstPerson / words < 0.01) { score -= 0.1; signals.push('addressed to the reader'); }

  for (const { signal, pattern, weight } of NEGATIVE_TEXT) {
    const hits = count(pattern, evidence.text);
    if (hits >= 2) {
      score -= Math.min(0.45, hits * weight);
      signals.push(`${signal} (${hits})`);
    }
  }
  score = Math.max(0, Math.min(1, score));
  return { isTrustPage: score >= 0.5, score: Math.round(score * 100) / 100, signals };
}
