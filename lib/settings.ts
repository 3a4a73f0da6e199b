import { browser } from 'wxt/browser';
import { z } from '../extractors/schema/zod.ts';

/**
 * The buyer's settings, in extension storage. Validated on the way out, so a
 * damaged entry falls back to the defaults instead of breaking a page.
 */
export const SettingsSchema = z.object({
  /** Save a new snapshot by itself when a saved vendor's page changed. */
  autoSaveSnapshots: z.boolean().default(false),
  /** Read the vendor's /.well-known/security.txt from the trust page's own origin. */
  checkSecurityTxt: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

const KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  const parsed = SettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}
