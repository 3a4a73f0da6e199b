import { readFile, stat } from 'node:fs/promises';
import { parseSecurityTxt } from '../../extractors/security-txt/index.ts';
import type { Profile } from '../../lib/profiles/schema.ts';
import type { CliOptions } from '../audit.ts';

const MAX_BYTES = 1024 * 1024;

/**
 * --security-txt FILE...: checks saved security.txt files against RFC 9116,
 * read as bytes (a BOM or bad UTF-8 is a finding, not repaired). --now sets
 * the reference time for Expires. Exit 0 when every file is valid, 1 when one
 * is invalid or unreadable.
 */
export async function runSecurityTxt(opts: CliOptions, _profile: Profile | null): Promise<number> {
  const now = opts.now ? new Date(opts.now) : new Date();
  let bad = 0;
  for (const file of opts.files) {
    let bytes: Buffer;
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      if (info.size > MAX_BYTES) throw new Error(`the file is ${(info.size / 1048576).toFixed(1)} MB; a security.txt is a few hundred bytes`);
      bytes = await readFile(file);
    } catch (e) {
      bad++;
      console.error(`audit: ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
      continue;
    }
    const { valid, signed, fields, findings } = parseSecurityTxt(new Uint8Array(bytes), { now });
    if (!valid) bad++;
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ file, valid, signed, fields, findings })}\n`);
      continue;
    }
    process.stdout.write(`${file}: ${valid ? 'valid' : 'NOT valid'}${signed ? ', signed' : ''} (checked at ${now.toISOString()})\n`);
    if (fields.contact.length) process.stdout.write(`  contact   ${fields.contact.join(', ')}\n`);
    if (fields.expires) process.stdout.write(`  expires   ${fields.expires}\n`);
    for (const f of findings) process.stdout.write(`  ${f.severity.padEnd(8)}${f.line ? `line ${f.line}: ` : ''}${f.message}\n`);
  }
  return bad ? 1 : 0;
}
