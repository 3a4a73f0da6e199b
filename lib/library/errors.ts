/**
 * What can go wrong with the vendor library, in words a buyer can act on.
 * Every message says what happened and that nothing saved before was lost.
 */
export type LibraryErrorKind = 'unavailable' | 'quota' | 'blocked' | 'newer-version' | 'invalid' | 'not-found' | 'unknown';

const MESSAGES: Record<LibraryErrorKind, string> = {
  unavailable: 'The vendor library cannot be opened: this browser profile does not allow local storage for extensions (private window or storage disabled). Nothing was saved; the scorecard still works.',
  quota: 'Your disk is full, or the browser’s storage quota is used up: the snapshot was not saved. Nothing saved before was lost. Free some space or delete old vendors, then try again.',
  blocked: 'Vetter was updated, but another Vetter tab still has the vendor library open with the old version. Close the other Vetter tabs (vendor library, popup) and try again. Nothing was lost.',
  'newer-version': 'This vendor library was written by a newer version of Vetter. Update Vetter to open it; nothing was changed.',
  invalid: 'The data is not valid.',
  'not-found': 'That vendor or snapshot is no longer in the library.',
  unknown: 'The vendor library could not complete the operation. Nothing saved before was lost.',
};

export class LibraryError extends Error {
  constructor(readonly kind: LibraryErrorKind, message: string = MESSAGES[kind], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LibraryError';
  }
}

/** DOMException names (IndexedDB, storage) → the buyer's kind of problem. */
const BY_NAME: Record<string, LibraryErrorKind> = {
  QuotaExceededError: 'quota',
  VersionError: 'newer-version',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  NotFoundError: 'not-found',
};

export function toLibraryError(e: unknown): LibraryError {
  if (e instanceof LibraryError) return e;
  const name = (e as { name?: unknown } | null)?.name;
  // an aborted transaction carries its cause as the transaction's error: a full disk shows up this way
  const inner = (e as { target?: { error?: { name?: string } } } | null)?.target?.error?.name;
  const kind = (typeof name === 'string' && BY_NAME[name]) || (inner && BY_NAME[inner]) || 'unknown';
  return new LibraryError(kind, undefined, { cause: e });
}
