import type { Status } from '../../extractors/schema/index.ts';

/**
 * Which way is better, as data. Used when the profile has no rule on what
 * changed: a vendor that starts keeping backups for fewer days got worse even
 * if this buyer never asked.
 */

/** Strongest first. A provider's certificate is worth more than a denial, less than a plan of the vendor's own. */
export const STATUS_STRENGTH: readonly Status[] = ['implemented', 'in_progress', 'planned', 'inherited', 'denied'];

export const strength = (s: Status) => STATUS_STRENGTH.length - STATUS_STRENGTH.indexOf(s);

/** Numbers (and version strings) where more is better, and where less is better. */
export const HIGHER_IS_BETTER = new Set(['retention_days', 'report_type', 'tls_min_version', 'level', 'min_length', 'bits']);
export const LOWER_IS_BETTER = new Set(['hours', 'breach_notification_hours', 'ack_business_days', 'sla_days', 'critical_days', 'high_days', 'idle_timeout_minutes']);

/** Booleans where true is the safe side (anything else: no direction). */
export const TRUE_IS_BETTER = new Set(['encrypted', 'restore_tested', 'safe_harbor', 'preload', 'include_subdomains', 'enforceable', 'baa', 'customer_managed_keys', 'paid']);

/** Frequencies, most frequent first: backups every hour beat backups every week. */
export const FREQUENCY_ORDER = ['continuous', 'hourly', 'daily', 'weekly', 'monthly', 'quarterly', 'biannual', 'annual'];
