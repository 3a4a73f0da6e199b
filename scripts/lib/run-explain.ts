import type { ClaimFrame } from '../../extractors/frame/frame.ts';
import type { Unit } from '../../extractors/controls/types.ts';
import type { Status } from '../../extractors/schema/claim.ts';
import type { CliOptions } from '../audit.ts';
import { auditFile, describeReadError } from './run-audit.ts';

/**
 * --explain: every claim frame of a page with its fields and the decision-table rule that decided it, so one
 * can see why a sentence reads the way it does. Frames that gave no claim are printed too.
 */
export function formatFrame(frame: ClaimFrame, status: Status | null, rule: string, unit: Unit): string {
  const fields = [
    `holder ${frame.holder}`,
    `kind ${frame.kind}`,
    `polarity ${frame.polarity}`,
    frame.time ? `time "${frame.time.text}"${frame.time.until ? ` (until ${frame.time.until})` : ''}` : null,
    frame.cue ? `cue "${frame.cue}"` : null,
    frame.attestation ? `attestation wording ${frame.attestationWording ? 'yes' : 'no'}` : null,
    `from ${frame.source.block}${frame.source.labelValue ? ' (label — value)' : ''}${frame.source.heading ? ` under "${frame.source.heading}"` : ''}${frame.source.question ? ` answering "${frame.source.question}"` : ''}`,
    frame.derivation === 'context' ? 'derived from its heading or question' : `mention "${frame.mention}"`,
  ].filter(Boolean);
  return [`${frame.control} → ${status ?? 'no claim'}   [${rule}]`, `  "${unit.evidence.slice(0, 200)}"`, `  ${fields.join(' · ')}`].join('\n');
}

export async function runExplain(opts: CliOptions): Promise<number> {
  let failed = 0;
  for (const file of opts.files) {
    const lines: string[] = [];
    try {
      await auditFile(file, true, {
        today: opts.now?.slice(0, 10),
        explain: (frame, status, rule, unit) => lines.push(formatFrame(frame, status, rule, unit)),
      });
    } catch (e) {
      failed++;
      console.error(describeReadError(file, e));
      continue;
    }
    process.stdout.write(`${file}: ${lines.length} frames\n${lines.join('\n')}\n`);
  }
  return failed ? 1 : 0;
}
