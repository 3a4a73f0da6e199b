import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from '../../extractors/audit.ts';
import { badgeFor, BADGE_COLORS } from '../../lib/badge.ts';
import { PRESETS } from '../../lib/profiles/presets.ts';
import { evaluate, summarise } from '../../lib/verdicts.ts';

const SEEDS = resolve(import.meta.dirname, '../../../shared/corpus/seeds');
const seed = (name: string) => auditText(readFileSync(resolve(SEEDS, `${name}.txt`), 'utf8'), name);
const enterprise = PRESETS.find((p) => p.id === 'enterprise')!;
const badgeOf = (name: string) => { const report = seed(name); return badgeFor(report, summarise(evaluate(report, enterprise)), enterprise.name); };

describe('the toolbar badge', () => {
  it('is ✓ only when every requirement is met', () => {
    const report = seed('zentrik');
    expect(badgeFor(report, { pass: 15, fail: 0, partial: 0, unknown: 0 }, 'Enterprise')).toMatchObject({ text: '✓', color: BADGE_COLORS.allMet });
    expect(badgeFor(report, { pass: 14, fail: 0, partial: 0, unknown: 1 }, 'Enterprise')).toMatchObject({ text: '1', color: BADGE_COLORS.notMet });
  });

  it('counts the failed on red, else the not met on amber, and its title says which', () => {
    const report = seed('zentrik');
    const failed = badgeFor(report, { pass: 5, fail: 2, partial: 3, unknown: 5 }, 'Enterprise');
    expect(failed).toMatchObject({ text: '2', color: BADGE_COLORS.failed });
    expect(failed.title).toMatch(/2 of 15 requirements of Enterprise failed/);
    const notMet = badgeFor(report, { pass: 4, fail: 0, partial: 5, unknown: 6 }, 'Enterprise');
    expect(notMet).toMatchObject({ text: '11', color: BADGE_COLORS.notMet });
    expect(notMet.title).toMatch(/none failed, but 11 of 15 requirements of Enterprise not met/);
  });

  it('is not ✓ for Centrali (not SOC 2 certified, MFA on the roadmap) nor ZenWorkflow (silent on SOC 2)', () => {
    expect(badgeOf('centrali').text).not.toBe('✓');
    expect(badgeOf('centrali').color).toBe(BADGE_COLORS.notMet);
    expect(badgeOf('zenworkflow').text).not.toBe('✓');
  });

  it('is blank on a page that is not a trust page', () => {
    const page = auditText('Our pricing: three plans, billed monthly.', 'pricing');
    expect(badgeFor(page, { pass: 0, fail: 0, partial: 0, unknown: 15 }, 'Enterprise').text).toBe('');
  });
});
