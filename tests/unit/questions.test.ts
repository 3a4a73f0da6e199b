import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../extractors/audit.ts';
import { CONTROLS } from '../../extractors/schema/index.ts';
import { PRESETS } from '../../lib/profiles/presets.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import { questionFor, questionsFor, questionsText } from '../../lib/questions.ts';
import { evaluate, rankVerdicts } from '../../lib/verdicts.ts';

const SEEDS = resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const seed = (name: string) => auditText(readFileSync(resolve(SEEDS, `${name}.txt`), 'utf8'), name);
const enterprise = PRESETS.find((p) => p.id === 'enterprise')!;

describe('questions for the vendor', () => {
  it.each(['centrali', 'zentralink', 'zentrik', 'zentro', 'zenworkflow'])('%s: one question per requirement not met, each ending "?" and naming its control; none for a met one', (name) => {
    const report = seed(name);
    const verdicts = rankVerdicts(evaluate(report, enterprise));
    const notMet = verdicts.filter((v) => v.verdict !== 'pass');
    const questions = questionsFor(report, enterprise);
    expect(questions).toHaveLength(notMet.length);
    notMet.forEach((v, i) => {
      const q = questions[i]!;
      expect(q).toMatch(/\?$/);
      expect(q.length).toBeLessThan(160);
      expect(q.toLowerCase()).toContain(CONTROLS[v.control].label.toLowerCase());
    });
    for (const v of verdicts.filter((x) => x.verdict === 'pass')) expect(questionFor(v, report)).toBeNull();
  });

  it('ZenWorkflow under Enterprise: asks about SOC 2, not about MFA (met)', () => {
    const questions = questionsFor(seed('zenworkflow'), enterprise);
    expect(questions.some((q) => /SOC 2/.test(q))).toBe(true);
    expect(questions.some((q) => /multi-factor|MFA/i.test(q))).toBe(false);
  });

  it('asks when an audit in progress completes, and about SAML when the page is silent on SSO', () => {
    const questions = questionsFor(seed('zentrik'), enterprise);
    expect(questions).toContain('When do you expect the SOC 2 Type II audit to complete?');
    expect(questions).toContain('Do you support SAML single sign-on?');
  });

  it('asks for the report under NDA when the profile wants a public one', () => {
    const report = auditText('# Security at Brambleway\n\n## Compliance\n\nWe hold a SOC 2 Type II report, available on request under NDA.', 'nda.md', { force: true });
    const strict: Profile = { id: 'strict', name: 'Strict', requirements: [{ control: 'soc2', status: 'implemented', rules: [], publicReport: true }] };
    expect(questionsFor(report, strict)).toEqual(['Could you share your SOC 2 Type II report (we can sign an NDA)?']);
    // under the preset the report on request is met: nothing to ask
    expect(questionsFor(report, { ...strict, requirements: [{ control: 'soc2', status: 'implemented', rules: [] }] })).toEqual([]);
  });

  it('writes plain text, one question per line', () => {
    expect(questionsText(['A?', 'B?'])).toBe('A?\nB?\n');
  });
});
