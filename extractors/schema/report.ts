import { z } from './zod.ts';
import { ClaimSchema, ResolvedControlSchema } from './claim.ts';
import { CONTROLS, ControlIdSchema, type ControlId } from './controls.ts';

export const RecognitionSchema = z.object({
  isTrustPage: z.boolean(),
  score: z.number().min(0).max(1),
  /** Why: the signals that fired, for the popup and for debugging. */
  signals: z.array(z.string()).optional(),
});
export type Recognition = z.infer<typeof RecognitionSchema>;

export const AuditReportSchema = z
  .object({
    source: z.string(),
    recognition: RecognitionSchema,
    vendor: z.object({ name: z.string().nullable(), domain: z.string().nullable() }),
    lastUpdated: z.string().nullable(),
    claims: z.array(ClaimSchema),
    controls: z.partialRecord(ControlIdSchema, ResolvedControlSchema),
  })
  .superRefine((report, ctx) => {
    for (const [id, resolved] of Object.entries(report.controls)) {
      if (!resolved) continue;
      const parsed = CONTROLS[id as ControlId].attributeSchema.safeParse(resolved.attributes);
      if (!parsed.success) ctx.addIssue({ code: 'custom', path: ['controls', id, 'attributes'], message: `${id}: ${parsed.error.issues[0]?.message}` });
      if (!report.claims.some((c) => c.control === id)) ctx.addIssue({ code: 'custom', path: ['controls', id], message: `${id} is resolved but no claim supports it` });
    }
  });
export type AuditReport = z.infer<typeof AuditReportSchema>;
