import type { Recognition } from '../schema/index.ts';
import { MIN_SENTENCES_TO_CONFIRM, pageFeatures, type FeatureName, type PageBlocks } from './features.ts';
import { checkModel, scoreWith, type RecognitionModel } from './model.ts';
import type { PageHead, Stage1 } from './stage1.ts';
import { RECOGNITION_MODEL } from './weights.ts';

export { recogniseStage1, type PageHead, type Stage1 } from './stage1.ts';

/**
 * What stage 2 reads: the page's own text and headings. Not the extractor's
 * claims: a demo screen's "Enabled" cells resolve to controls, and a claim the
 * recogniser did not read as the vendor's practice is no evidence of a trust page.
 */
export interface TextEvidence {
  /** The head stage 1 read: its URL and title are features of stage 2 too. */
  head: PageHead;
  /** The page's blocks, as the extractors read them. */
  blocks: PageBlocks;
}

/** What each feature means to a reader of the signals. */
const FEATURE_LABELS: Record<FeatureName, string> = {
  head_trust_url: 'URL of a trust page',
  head_trust_title: 'title of a trust page',
  head_not_trust: 'URL or title of another kind of page',
  practice_share: 'sentences stating the vendor’s own practice',
  practice_evidence: 'practice statements (up to 5)',
  first_person_share: 'sentences in the first person',
  vendor_named_share: 'sentences naming the vendor',
  first_singular_share: 'sentences in the first person singular (a post, an answer)',
  reader_share: 'sentences addressed to the reader',
  imperative_share: 'sentences that instruct the reader',
  advice_share: 'advice to the reader',
  question_share: 'sentences that are questions',
  unanswered_question_share: 'questions with no answer after them (a questionnaire, a template)',
  definition_share: 'definitions',
  security_density: 'security vocabulary (any language), per 100 words',
  security_heading_share: 'headings about security',
  code_share: 'lines of code or configuration',
  third_party_subject: 'mostly about another company',
  job_share: 'job-ad wording',
  news_share: 'news wording',
  blog_share: 'blog wording',
  pricing_share: 'pricing wording',
  marketing_share: 'product-marketing wording',
  privacy_policy_share: 'privacy-policy wording',
  template_share: 'template wording',
  demo_share: 'demo or sample-data wording',
  third_party_share: 'wording of a review of another company',
  regulation_body_share: 'wording of a regulator or framework text',
  toggle_share: 'cells that are only a toggle state',
  log_words: 'length (log10 of words)',
};

/** Features that are yes/no, and those that are a number rather than a share. */
const YES_NO = new Set<FeatureName>(['head_trust_url', 'head_trust_title', 'head_not_trust', 'third_party_subject']);
const NUMBERS = new Set<FeatureName>(['security_density', 'log_words']);
const valueText = (name: FeatureName, value: number) =>
  YES_NO.has(name) ? (value ? 'yes' : 'no') : NUMBERS.has(name) ? value.toFixed(1) : `${Math.round(value * 100)}%`;

/** How many of the strongest reasons each way the signals list. */
const SIGNALS_EACH_WAY = 3;

/** Stage 2: the fitted model weighs the page's text, with the head as one feature among many. */
export function recognise(stage1: Stage1, evidence: TextEvidence, model: RecognitionModel = fittedModel()): Recognition {
  const features = pageFeatures(evidence.head, evidence.blocks);
  const { score, contributions } = scoreWith(model, features);
  // stage 2 confirms what the page says: a page with no sentence (an app shell before it renders) says nothing yet
  const confirmable = features.sentences >= MIN_SENTENCES_TO_CONFIRM;
  const ranked = [...contributions].sort((a, b) => b.contribution - a.contribution);
  const describe = (c: (typeof ranked)[number]) => `${FEATURE_LABELS[c.name]}: ${valueText(c.name, c.value)} (${c.contribution >= 0 ? '+' : ''}${c.contribution.toFixed(2)})`;
  const signals = [
    ...stage1.signals,
    ...ranked.slice(0, SIGNALS_EACH_WAY).filter((c) => c.contribution > 0.1).map(describe),
    ...ranked.slice(-SIGNALS_EACH_WAY).reverse().filter((c) => c.contribution < -0.1).map(describe),
    ...(confirmable ? [] : ['no sentence on the page to confirm it']),
  ];
  return { isTrustPage: confirmable && score >= model.threshold, score: Math.round(score * 100) / 100, signals };
}

let checked: RecognitionModel | null = null;
/** The committed weights, checked on first use (not at import: the fit script imports this module while the weights are stale). */
function fittedModel(): RecognitionModel {
  checked ??= checkModel(RECOGNITION_MODEL);
  return checked;
}

