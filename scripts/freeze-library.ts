/**
 * npx tsx scripts/freeze-library.ts vN > tests/unit/vendor-library/frozen/vN.json
 * npx tsx scripts/freeze-library.ts v1 mixed > tests/unit/vendor-library/frozen/v1-mixed.json
 *   (the library as v1 keyed it, wrongly: two SafeBase trust centers under `safebase.io`, and a page on an
 *   IP address filed under the vendor its text names; the v2 migration must split them)
 * Freezes a small sample library as the current code writes it: the stores'
 * definitions (key paths, indexes) and their records. Run it once when a
 * release changes DB_VERSION, BEFORE changing the code, and commit the file:
 * the migration test then opens every frozen version with the new code.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { auditDocumentWithText } from '../extractors/audit.ts';
import { contentHash } from '../lib/library/content-hash.ts';
import { DB_NAME, DB_VERSION } from '../lib/library/db.ts';
import { openLibrary } from '../lib/library/library.ts';

const factory = new IDBFactory();
const library = await openLibrary({ factory });
const SAMPLES: Record<string, [string, string, string][]> = {
  standard: [
    ['lib-brambleway-v1', 'https://brambleway.io/security', '2026-03-02T09:00:00.000Z'],
    ['lib-brambleway-v2', 'https://brambleway.io/security', '2026-09-14T09:00:00.000Z'],
    ['c-pinegrove-terse', 'https://pinegrove.io/security', '2026-05-20T16:30:00.000Z'],
  ],
  mixed: [
    ['lib-brambleway-v1', 'https://brambleway.safebase.io/', '2026-03-02T09:00:00.000Z'],
    ['c-pinegrove-terse', 'https://pinegrove.safebase.io/', '2026-05-20T16:30:00.000Z'],
    ['lib-brambleway-v2', 'https://brambleway.safebase.io/', '2026-09-14T09:00:00.000Z'],
    ['zentrik', 'https://zentrik.ai/trust', '2026-04-01T10:00:00.000Z'],
    ['zentrik', 'http://10.0.0.5/trust', '2026-06-01T10:00:00.000Z'],
  ],
};
const sample = process.argv[3] ?? 'standard';
const pages = SAMPLES[sample];
if (!pages) throw new Error(`unknown sample "${sample}" (${Object.keys(SAMPLES).join(', ')})`);
for (const [name, url, capturedAt] of pages) {
  const doc = new JSDOM(readFileSync(`tests/fixtures/${name}/source.html`, 'utf8'), { url }).window.document;
  const { report, text } = auditDocumentWithText(doc, url);
  // the mixed sample saves one text at two addresses: its hash names the address, or the second would be a duplicate
  await library.saveSnapshot({ report, url, capturedAt, contentHash: contentHash(sample === 'mixed' ? `${url}\n${text}` : text) });
}
library.close();

const db = await new Promise<IDBDatabase>((resolve, reject) => { const r = factory.open(DB_NAME); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
const tx = db.transaction([...db.objectStoreNames], 'readonly');
const stores: Record<string, unknown> = {};
for (const name of db.objectStoreNames) {
  const store = tx.objectStore(name);
  const records = await new Promise<unknown[]>((resolve) => { const r = store.getAll(); r.onsuccess = () => resolve(r.result); });
  stores[name] = {
    keyPath: store.keyPath,
    indexes: [...store.indexNames].map((i) => ({ name: i, keyPath: store.index(i).keyPath, unique: store.index(i).unique })),
    records,
  };
}
process.stdout.write(`${JSON.stringify({ version: DB_VERSION, frozenAt: '2026-11-23', stores }, null, 1)}\n`);
