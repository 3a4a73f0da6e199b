import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../e2e/support/fixture-server.ts';
import { FirefoxExtension } from './extension.ts';

export interface FirefoxSession {
  readonly server: FixtureServer;
  readonly extension: FirefoxExtension;
}

/** One fixture server and one Firefox with the add-on for the test file that calls this (at its top level). */
export function firefoxSession(): FirefoxSession {
  let server: FixtureServer | undefined;
  let extension: FirefoxExtension | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    extension = await FirefoxExtension.launch();
  });
  afterAll(async () => {
    await extension?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`The ${what} is not started (use it inside a test or hook)`);
    return value;
  };
  return {
    get server() { return started(server, 'fixture server'); },
    get extension() { return started(extension, 'Firefox session'); },
  };
}
