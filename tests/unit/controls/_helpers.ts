import { expect } from 'vitest';
import { auditText } from '../../../extractors/audit.ts';
import type { ControlId } from '../../../extractors/schema/index.ts';

/** Audit a small page: a title line, then the given lines ("## Heading", sentences, "- " items, "| a | b |" rows). */
export function controlsOf(...lines: string[]) {
  return auditText(['# Acme Trust Center', '', ...lines].join('\n'), 'unit-test', { force: true }).controls;
}

type Controls = ReturnType<typeof controlsOf>;

/** The control is claimed with this status, these attributes (lists compared as sets) and at least these qualifiers. */
export function expectClaim(controls: Controls, id: ControlId, status: string, attributes: Record<string, unknown> = {}, qualifiers: string[] = []) {
  const c = controls[id];
  expect(c, `${id} should be claimed`).toBeDefined();
  expect(c!.status, `${id}.status`).toBe(status);
  for (const [key, want] of Object.entries(attributes)) {
    const have = c!.attributes[key];
    if (Array.isArray(want)) expect(Array.isArray(have) ? [...have].sort() : have, `${id}.${key}`).toEqual([...want].sort());
    else expect(have, `${id}.${key}`).toEqual(want);
  }
  for (const q of qualifiers) expect(c!.qualifiers, `${id} qualifiers`).toContain(q);
}

/** The page says nothing about the control. */
export function expectNoClaim(controls: Controls, id: ControlId) {
  expect(controls[id], `${id} should not be claimed`).toBeUndefined();
}

/** Whatever is claimed, it is not that the vendor has the control now. */
export function expectNotImplemented(controls: Controls, id: ControlId) {
  expect(controls[id]?.status, `${id} must not be implemented`).not.toBe('implemented');
}
