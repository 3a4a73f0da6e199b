import { boundDuration } from '../language/binding.ts';
import { frequencyIn } from '../language/durations.ts';
import type { ControlPatterns } from './types.ts';

/** Backups and recovery objectives. */

const BACKUP = /\bbackups?\b|\b(?:test|verif|validat)\w*\s+(?:our\s+)?restor\w*|\brestor\w* (?:procedures?|tests?|drills?)\b|\bbacked[- ]up\b|\bback(?:s)? up\b|\bbackup\.sh\b|\bpoint[- ]in[- ]time recovery\b|\bsnapshots? (?:are )?(?:retained|kept|stored)\b|\b(?:encrypted|nightly|daily|hourly) snapshots?\b/i;
const RETENTION = /retention|retained|retain(?:s|ed)?|kept|keep(?:s)?|stored|held|preserved|rolling|history/;

export const recovery: ControlPatterns[] = [
  {
    control: 'backups',
    mentions: [BACKUP],
    topic: /\bbackups?\b|\bdisaster recovery\b/i,
    inTopic: [/\b(?:restore|recovery) (?:procedures?|tests?|drills?)\b|\bdisaster recovery\b[^.;]{0,40}\btested\b|\bintegrity is verified\b/i],
    excludes: [/\bbackup codes?\b|\brecovery codes?\b/i, /\b(?:delet|purg|eras|remov|wip)\w*\b[^.;]{0,60}\bbackups?\b|\bbackups? (?:copies )?included\b|\bincluding (?:every |all |any )?backups?\b/i, /\bbackup (?:MFA|method|email|phone)\b/i],
    attributes: (text) => {
      const out: Record<string, unknown> = {};
      const frequency = frequencyIn(text);
      if (frequency) out.frequency = frequency;
      const retention = boundDuration(text, RETENTION);
      if (retention && retention.days >= 1) out.retention_days = Math.round(retention.days);
      if (/\bencrypt(?:ed|ion)\b/i.test(text) && !/\bnot encrypted\b|\bunencrypted\b/i.test(text)) out.encrypted = true;
      if (/\b(?:restor\w*|recovery|disaster recovery|integrity|backups?)\b[^.;]{0,60}\b(?:tested|test(?:s|ing)?|verified|validated|drills?|exercised|integrity checks?)\b|\b(?:test|verify|validate)\w*\b[^.;]{0,30}\b(?:restor\w*|backups?|recovery)\b/i.test(text)) out.restore_tested = true;
      return out;
    },
  },
  {
    control: 'rpo',
    mentions: [/\bRPO\b|\brecovery point objective\b/i],
    attributes: (text) => {
      const d = boundDuration(text, /RPO|recovery point objective\)?:?/i, 60);
      return d ? { hours: d.businessDays ? d.days * 24 : d.hours } : {};
    },
  },
  {
    control: 'rto',
    mentions: [/\bRTO\b|\brecovery time objective\b|\brestore time objective\b/i],
    attributes: (text) => {
      const d = boundDuration(text, /RTO|(?:recovery|restore) time objective\)?:?/i, 60);
      return d ? { hours: d.businessDays ? d.days * 24 : d.hours } : {};
    },
  },
];
