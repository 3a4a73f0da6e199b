import { NOT_TRUST_PATH, NOT_TRUST_TITLE, TRUST_HOST, TRUST_PATH, TRUST_STEMS, TRUST_TITLE } from './signals.ts';
import { urlParts } from './url-parts.ts';

/** What stage 1 reads: nothing but the URL and the page's head. */
export interface PageHead {
  url: string | null;
  title: string;
  h1: string;
  description: string;
}

export interface Stage1 { likely: boolean; score: number; signals: string[] }

/**
 * Cheap enough for every page load: runs before any text is read. Its "likely"
 * only decides whether the full audit runs on its own; stage 2 (the text) decides
 * whether the page is a trust page, with the head as one signal among many.
 */
export function recogniseStage1(head: PageHead): Stage1 {
  const signals: string[] = [];
  let score = 0;
  // most pages say nothing of trust anywhere in their head: then no pattern runs, and nothing is subtracted from 0
  // (the whole URL holds its path and host; a stem in its query only costs the patterns' run)
  if (!mayBeTrustHead(`${head.url ?? ''} ${head.title} ${head.h1} ${head.description}`)) return { likely: false, score: 0, signals };
  const { path, host } = urlParts(head.url);
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

/** False only when no stage-1 trust pattern can match the text (see TRUST_STEMS). */
export function mayBeTrustHead(text: string): boolean {
  const lower = text.toLowerCase();
  return TRUST_STEMS.some((stem) => lower.includes(stem));
}
