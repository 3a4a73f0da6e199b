import { z } from '../../extractors/schema/zod.ts';
import { AuditReportSchema } from '../../extractors/schema/index.ts';
import { ProfileSchema } from '../profiles/schema.ts';

/**
 * What the vendor library stores and what its backup file holds. Every record
 * is validated on the way in (saving, importing), so the stores only ever hold
 * data of these shapes.
 */
const IsoDateTime = z.iso.datetime({ offset: true });

/** A page's address: only a web page (http, https) can be a snapshot's, never `javascript:` or `data:` from a crafted backup. */
const WebUrl = z.string().refine((u) => {
  try { return ['http:', 'https:'].includes(new URL(u).protocol); } catch { return false; }
}, { message: 'the page address is not a web address (only http:// and https:// pages can be saved)' });

export const SnapshotSchema = z.object({
  id: z.string().min(1),
  /** The vendor's registrable domain: the key of its vendor record. */
  domain: z.string().min(1),
  url: WebUrl,
  capturedAt: IsoDateTime,
  /** Hash of the extracted text (lib/library/content-hash.ts): a revisit with another hash is a changed page. */
  contentHash: z.string().min(1),
  report: AuditReportSchema,
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const VendorSchema = z.object({
  domain: z.string().min(1),
  name: z.string().min(1),
  firstSavedAt: IsoDateTime,
  lastCapturedAt: IsoDateTime,
  /** Kept on the vendor so the list loads two snapshots per vendor, not its whole history. */
  latestSnapshotId: z.string().min(1),
  previousSnapshotId: z.string().min(1).nullable(),
  snapshotCount: z.number().int().positive(),
});
export type Vendor = z.infer<typeof VendorSchema>;

export const LIBRARY_FILE_FORMAT = 'vetter-library';
export const LIBRARY_FILE_VERSION = 1;

export const LibraryBackupSchema = z
  .object({
    format: z.literal(LIBRARY_FILE_FORMAT, { error: 'not a Vetter library file' }),
    version: z.number().int().refine((v) => v <= LIBRARY_FILE_VERSION, { message: 'this library file was written by a newer Vetter; update Vetter to import it' }).refine((v) => v >= 1, { message: 'unknown library file version' }),
    exportedAt: IsoDateTime,
    vendors: z.array(VendorSchema),
    snapshots: z.array(SnapshotSchema),
    profiles: z.array(ProfileSchema).default([]),
    activeProfileId: z.string().optional(),
  })
  .superRefine((file, ctx) => {
    const domains = new Set(file.vendors.map((v) => v.domain));
    file.snapshots.forEach((s, i) => {
      if (!domains.has(s.domain)) ctx.addIssue({ code: 'custom', path: ['snapshots', i, 'domain'], message: `snapshot ${s.id} belongs to ${s.domain}, which has no vendor record` });
    });
  });
export type LibraryBackup = z.infer<typeof LibraryBackupSchema>;
