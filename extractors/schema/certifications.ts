import type { ControlId } from './controls.ts';

/** Certifications: where a claim can belong to a provider rather than the vendor. Kept free of zod so the content script stays small. */
export const CERTIFICATIONS: ReadonlySet<ControlId> = new Set<ControlId>(['soc2', 'iso27001', 'iso27701', 'pci_dss', 'hipaa']);

/** Attestations (catalog v2): only the vendor's own audit, report or certificate is `implemented`; alignment never is. */
export const ATTESTATIONS: ReadonlySet<ControlId> = new Set<ControlId>(['soc2', 'iso27001', 'iso27701', 'pci_dss']);
