/**
 * Tags `promise` once it fulfils the way React's `use` reads a promise (`status`, `value`), so a
 * render after that — including a first render that waited for it — never suspends. Returns the
 * same promise; a rejection is left for `use` to rethrow to an error boundary.
 */
export function settledPromise<T>(promise: Promise<T>): Promise<T> {
  promise.then(
    (value) => Object.assign(promise, { status: 'fulfilled', value }),
    () => undefined,
  );
  return promise;
}
