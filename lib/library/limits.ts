/**
 * How big a library backup one import takes. The whole file is read into
 * memory and parsed at once, so the caps keep a crafted or runaway file from
 * freezing the vendors page; each message names its number.
 */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
export const MAX_BACKUP_SNAPSHOTS = 100_000;
