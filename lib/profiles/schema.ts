import { z } from '../../extractors/schema/zod.ts';
import { CONTROLS, ControlIdSchema, StatusSchema, type ControlId } from '../../extractors/schema/index.ts';

/**
 * A requirement profile: what a buyer requires of a vendor, one requirement per
 * control, each with a required status and optional attribute rules. Profiles are
 * exported and imported as JSON, so the file format is validated here with zod.
 */
export const AttributeRuleSchema = z
  .object({
    key: z.string().min(1),
    /** numbers (and version strings such as TLS "1.2") at least / at most this */
    min: z.number().optional(),
    max: z.number().optional(),
    /** lists: must contain this value ("regions includes EU") */
    includes: z.string().optional(),
    /** scalars: must equal this value ("report_type = 2") */
    equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
    /** scalars: one of these values ("pentest frequency annual or more often") */
    oneOf: z.array(z.union([z.string(), z.number()])).min(1).optional(),
  })
  .refine((r) => [r.min, r.max, r.includes, r.equals, r.oneOf].some((v) => v !== undefined), { message: 'a rule needs min, max, includes, equals or oneOf' });
export type AttributeRule = z.infer<typeof AttributeRuleSchema>;

export const RequirementSchema = z
  .object({
    control: ControlIdSchema,
    /** the weakest status that meets the requirement */
    status: StatusSchema.default('implemented'),
    rules: z.array(AttributeRuleSchema).default([]),
    /** an attestation report (SOC 2, ISO 27001, PCI DSS) must be public: one shared on request / under NDA is then partial */
    publicReport: z.boolean().optional(),
  })
  .superRefine((req, ctx) => {
    const keys = Object.keys(CONTROLS[req.control].attributes);
    req.rules.forEach((rule, i) => {
      if (!keys.includes(rule.key)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'key'], message: `${req.control} has no attribute "${rule.key}"${keys.length ? ` (it has ${keys.join(', ')})` : ''}` });
      }
    });
  });
export type Requirement = z.infer<typeof RequirementSchema>;

export const ProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,40}$/, 'a profile id is lower-case letters, digits and dashes'),
    name: z.string().trim().min(1).max(80),
    description: z.string().max(500).optional(),
    requirements: z.array(RequirementSchema),
  })
  .superRefine((p, ctx) => {
    const seen = new Set<ControlId>();
    p.requirements.forEach((r, i) => {
      if (seen.has(r.control)) ctx.addIssue({ code: 'custom', path: ['requirements', i, 'control'], message: `${r.control} is required twice` });
      seen.add(r.control);
    });
  });
export type Profile = z.infer<typeof ProfileSchema>;

export const PROFILES_FILE_FORMAT = 'vetter-profiles';
export const ProfilesFileSchema = z.object({
  format: z.literal(PROFILES_FILE_FORMAT, { error: 'not a Vetter profiles file' }),
  version: z.literal(1, { error: 'this profiles file was written by a newer Vetter' }),
  profiles: z.array(ProfileSchema),
});
export type ProfilesFile = z.infer<typeof ProfilesFileSchema>;
