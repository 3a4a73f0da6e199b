import { countByClassification, diffReports } from '../../lib/diff/index.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import type { CliOptions } from '../audit.ts';
import { auditFile, describeReadError } from './run-audit.ts';

/**
 * --diff OLD NEW: what changed between two saved versions of a vendor's page,
 * each change classified (regression / improvement / neutral) under --profile,
 * or by which way is better when no profile is given. Regressions first.
 */
export async function runDiff(opts: CliOptions, profile: Profile | null): Promise<number> {
  const [oldFile, newFile] = opts.files as [string, string];
  const reports = [];
  for (const file of [oldFile, newFile]) {
    try {
      // both versions are read as trust pages: a diff is asked for on purpose
      reports.push(await auditFile(file, true));
    } catch (e) {
      console.error(describeReadError(file, e));
      return 1;
    }
  }
  const [older, newer] = reports as [typeof reports[0], typeof reports[0]];
  const changes = diffReports(older, newer, profile);
  const counts = countByClassification(changes);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify({ old: older.source, new: newer.source, profile: profile?.id ?? null, changes, counts })}\n`);
    return 0;
  }
  if (!changes.length) {
    process.stdout.write('No changes.\n');
    return 0;
  }
  for (const c of changes) process.stdout.write(`${c.classification.padEnd(12)}${c.summary}\n`);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  process.stdout.write(`${plural(changes.length, 'change')}: ${plural(counts.regression, 'regression')}, ${plural(counts.improvement, 'improvement')}, ${counts.neutral} neutral${profile ? ` (under ${profile.name})` : ''}\n`);
  return 0;
}
