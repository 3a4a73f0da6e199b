import type { Profile } from '../../lib/profiles/schema.ts';
import { questionsFor, questionsText } from '../../lib/questions.ts';
import type { CliOptions } from '../audit.ts';
import { auditFile, describeReadError } from './run-audit.ts';

/**
 * --questions FILE...: the questions to send each vendor, plain text, one per
 * line (each ends with "?" and names the control; nothing about a met
 * requirement). With several files, each vendor's questions follow a line
 * naming the file.
 */
export async function runQuestions(opts: CliOptions, profile: Profile | null): Promise<number> {
  if (!profile) return 2; // scripts/audit.ts requires --profile with --questions
  let failed = 0;
  for (const file of opts.files) {
    try {
      const report = await auditFile(file, opts.force);
      if (opts.files.length > 1) process.stdout.write(`# ${report.vendor.name ?? report.vendor.domain ?? file} (${file})\n`);
      process.stdout.write(questionsText(questionsFor(report, profile)));
    } catch (e) {
      failed++;
      console.error(describeReadError(file, e));
    }
  }
  return failed ? 1 : 0;
}
