import WebSocket from 'ws';

/**
 * A small WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/) over `ws`:
 * commands are answered by id, events go to their listeners. Only what the
 * Firefox suite uses; every command error is thrown with its method name.
 */
export interface BidiEvent {
  method: string;
  params: Record<string, unknown>;
}

type Pending = { method: string; ok(result: unknown): void; fail(error: Error): void };

export class BidiConnection {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: BidiEvent) => void>();

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => this.receive(String(data)));
    ws.on('close', () => {
      for (const p of this.pending.values()) p.fail(new Error(`BiDi connection closed during ${p.method}`));
      this.pending.clear();
    });
  }

  static async connect(url: string, timeoutMs = 10_000): Promise<BidiConnection> {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise<void>((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`No WebDriver BiDi at ${url} after ${timeoutMs} ms`)), timeoutMs);
      ws.once('open', () => { clearTimeout(timer); ok(); });
      ws.once('error', (e) => { clearTimeout(timer); fail(e); });
    });
    return new BidiConnection(ws);
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = ++this.nextId;
    return new Promise<T>((ok, fail) => {
      this.pending.set(id, { method, ok: ok as (r: unknown) => void, fail });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Calls `listener` on every event; returns the function that removes it. */
  on(listener: (event: BidiEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.ws.close();
  }

  private receive(text: string) {
    const message = JSON.parse(text) as { id?: number; type: string; method?: string; params?: Record<string, unknown>; result?: unknown; error?: string; message?: string };
    if (message.type === 'event' && message.method) {
      for (const listener of this.listeners) listener({ method: message.method, params: message.params ?? {} });
      return;
    }
    const pending = message.id === undefined ? undefined : this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id!);
    if (message.type === 'error') pending.fail(new Error(`${pending.method}: ${message.error}: ${message.message}`));
    else pending.ok(message.result);
  }
}

/** A BiDi script result: the value on success, a thrown Error with the page's message on exception. */
export interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string; stackTrace?: unknown };
}

/**
 * Runs `fn(...args)` in a browsing context (awaited) and returns its result. The function crosses as source
 * text, so it must be self-contained; its arguments and its result cross as JSON.
 */
export async function callIn<A extends unknown[], R>(bidi: BidiConnection, context: string, fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
  const functionDeclaration = `async function (argsJson) {
    const result = await (${fn.toString()})(...JSON.parse(argsJson));
    return result === undefined ? '__undefined__' : JSON.stringify(result);
  }`;
  const r = await bidi.send<EvaluateResult>('script.callFunction', {
    functionDeclaration,
    arguments: [{ type: 'string', value: JSON.stringify(args) }],
    target: { context },
    awaitPromise: true,
  });
  if (r.type === 'exception') throw new Error(`In the page: ${r.exceptionDetails?.text ?? 'exception'}`);
  const value = r.result?.value;
  return (value === '__undefined__' || value === undefined ? undefined : JSON.parse(String(value))) as R;
}
