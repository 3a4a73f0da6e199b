import { CONTROLS, type Status } from '../../extractors/schema/index.ts';
import { ATTRIBUTE_UNITS, attributeName, attributePhrase, attributeValue, HEDGE_WORDS, STATUS_WORDS } from '../buyer-words.ts';
import type { RawChange } from './changes.ts';

/** One line per change a buyer reads without a legend: "Backups: retention 7 → 5 days". */

export function describeChange(change: RawChange): string {
  const label = CONTROLS[change.control].label;
  switch (change.kind) {
    case 'status':
      return `${label}: ${STATUS_WORDS[change.before as Status]} → ${STATUS_WORDS[change.after as Status]}`;
    case 'added':
      return `${label}: now claimed (${STATUS_WORDS[change.after as Status]})`;
    case 'removed':
      return `${label}: no longer mentioned (was ${STATUS_WORDS[change.before as Status]})`;
    case 'qualifier-added':
      return `${label}: now hedged (${HEDGE_WORDS[change.qualifier!]})`;
    case 'qualifier-removed':
      return `${label}: no longer hedged (${HEDGE_WORDS[change.qualifier!]})`;
    case 'evidence':
      return `${label}: same claim, reworded`;
    case 'attribute': {
      const key = change.attribute!;
      const name = attributeName(key);
      // "7 → 5 days" reads better than "7 days → 5 days" when both carry the unit
      const unit = ATTRIBUTE_UNITS[key] ?? '';
      const bothNumbers = typeof change.before === 'number' && typeof change.after === 'number' && unit;
      if (typeof change.before === 'boolean' || typeof change.after === 'boolean') return `${label}: ${attributePhrase(key, change.before)} → ${attributePhrase(key, change.after)}`;
      return bothNumbers ? `${label}: ${name} ${change.before} → ${change.after}${unit}` : `${label}: ${name} ${attributeValue(key, change.before)} → ${attributeValue(key, change.after)}`;
    }
  }
}
