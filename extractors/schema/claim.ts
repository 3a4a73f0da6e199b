import { z } from './zod.ts';
import { CONTROLS, ControlIdSchema, type ControlId } from './controls.ts';

export const STATUSES = ['implemented', 'in_progress', 'planned', 'denied', 'inherited'] as const;
export const StatusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof StatusSchema>;

export const QUALIFIERS = ['target', 'where_feasible', 'may', 'on_request', 'optional', 'aligned', 'customer_operated'] as const;
export const QualifierSchema = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof QualifierSchema>;

export type Attributes = Record<string, unknown>;

/** Checks a control's attributes against that control's own schema (unknown keys and wrong types are errors). */
const withControlAttributes = <T extends { control: ControlId; attributes: Attributes }>(value: T, ctx: z.RefinementCtx) => {
  const parsed = CONTROLS[value.control].attributeSchema.safeParse(value.attributes);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      ctx.addIssue({
        code: 'custom',
        path: ['attributes', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: `${value.control}: ${issue.message}`,
      });
    }
  }
};

export const ClaimSchema = z
  .object({
    control: ControlIdSchema,
    status: StatusSchema,
    attributes: z.record(z.string(), z.unknown()).default({}),
    qualifiers: z.array(QualifierSchema).default([]),
    evidence: z.array(z.string().trim().min(1, 'an evidence quote cannot be empty')).min(1, 'a claim needs at least one evidence quote from the page'),
  })
  .superRefine(withControlAttributes);
export type Claim = z.infer<typeof ClaimSchema>;

export const ResolvedControlSchema = z.object({
  status: StatusSchema,
  attributes: z.record(z.string(), z.unknown()),
  qualifiers: z.array(QualifierSchema),
});
export type ResolvedControl = z.infer<typeof ResolvedControlSchema>;
