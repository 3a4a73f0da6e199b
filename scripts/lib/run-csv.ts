import type { Profile } from '../../lib/profiles/schema.ts';
import type { CliOptions } from '../audit.ts';

// Placeholder until the --csv mode is written (its own issue work fills this file).
export async function runCsv(_opts: CliOptions, _profile: Profile | null): Promise<number> {
  console.error('audit: --csv is not available yet');
  return 2;
}
