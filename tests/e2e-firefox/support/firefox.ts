import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BidiConnection } from './bidi.ts';

/** The browser the Firefox suite drives: Debian's Firefox ESR, never a downloaded one. */
export const DEFAULT_FIREFOX_PATH = '/usr/bin/firefox-esr';

/** The add-on id of the Firefox build (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'vetter@vetter.invalid';

/** Fixed so that extension pages live at a known origin: moz-extension://<uuid>/ (pref extensions.webextensions.uuids). */
export const EXTENSION_UUID = '6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b';

const STARTUP_TIMEOUT_MS = 30_000;

/**
 * Profile prefs: the fixed extension origin, and nothing that reaches the network or asks a question at
 * start-up (the machine's only network is the npm registry and Debian's mirrors).
 */
const PREFS: Record<string, string | number | boolean> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.region.network.url': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.normandy.enabled': false,
  'app.update.checkInstallTime': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  // the toolbar popup opened by browserAction.openPopup() from a test, with no click
  'extensions.openPopupWithoutUserGesture.enabled': true,
  // downloads (CSV, backup) are saved without a dialog, into the profile's downloads folder (set at launch)
  'browser.download.useDownloadDir': true,
  'browser.download.folderList': 2,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.alwaysOpenPanel': false,
};

const prefLine = (name: string, value: string | number | boolean) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`;

/** FIREFOX_PATH or /usr/bin/firefox-esr; throws one clear error when it is not there. */
export function firefoxExecutablePath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.FIREFOX_PATH?.trim() || DEFAULT_FIREFOX_PATH;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(`Firefox not found at ${path}. Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  }
  return path;
}

export interface Firefox {
  bidi: BidiConnection;
  /** e.g. "153.8.0" (from the BiDi session's capabilities). */
  version: string;
  /** Where Firefox saves downloads, without asking. */
  downloadsDir: string;
  close(): Promise<void>;
}

/** Starts headless Firefox on a fresh profile and opens a BiDi session on it. */
export async function launchFirefox(): Promise<Firefox> {
  const executable = firefoxExecutablePath();
  const profile = mkdtempSync(join(tmpdir(), 'vetter-e2e-firefox-'));
  const downloadsDir = join(profile, 'downloads');
  mkdirSync(downloadsDir);
  const prefs = { ...PREFS, 'browser.download.dir': downloadsDir };
  writeFileSync(join(profile, 'user.js'), `${Object.entries(prefs).map(([k, v]) => prefLine(k, v)).join('\n')}\n`);
  // port 0: Firefox picks a free port and prints the address on stderr
  const child = spawn(executable, ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const removeProfile = () => rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  let address: string;
  try {
    address = await bidiAddress(child);
  } catch (error) {
    child.kill('SIGKILL');
    removeProfile();
    throw error;
  }
  const bidi = await BidiConnection.connect(`${address}/session`);
  const session = await bidi.send<{ capabilities: { browserVersion: string } }>('session.new', { capabilities: {} });
  return {
    bidi,
    version: session.capabilities.browserVersion,
    downloadsDir,
    async close() {
      await bidi.send('browser.close').catch(() => undefined);
      bidi.close();
      await exited(child, 10_000);
      removeProfile();
    },
  };
}

function bidiAddress(child: ChildProcess): Promise<string> {
  return new Promise((ok, fail) => {
    let stderr = '';
    const timer = setTimeout(() => fail(new Error(`Firefox did not start WebDriver BiDi within ${STARTUP_TIMEOUT_MS} ms: ${stderr.slice(-2000)}`)), STARTUP_TIMEOUT_MS);
    let found = false;
    // stderr keeps being read (and dropped) after the address: a full pipe would block Firefox
    child.stderr!.on('data', (chunk: Buffer) => {
      if (found) return;
      stderr += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(stderr);
      if (m) { found = true; clearTimeout(timer); ok(m[1]!); }
    });
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`Firefox exited (${code}) before BiDi started: ${stderr.slice(-2000)}`)); });
  });
}

function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); ok(); }, timeoutMs);
    child.once('exit', () => { clearTimeout(timer); ok(); });
  });
}
