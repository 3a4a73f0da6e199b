import { access } from './access.ts';
import { agreements, certifications, testing } from './assurance.ts';
import { dataRights } from './data-rights.ts';
import { encryption } from './encryption.ts';
import { identity } from './identity.ts';
import { operations } from './operations.ts';
import { recovery } from './recovery.ts';
import type { ControlPatterns } from './types.ts';

/** Every control's patterns, one family per file. */
export const ALL_CONTROLS: readonly ControlPatterns[] = [
  ...certifications, ...testing, ...agreements,
  ...encryption, ...recovery, ...dataRights,
  ...identity, ...access, ...operations,
];
