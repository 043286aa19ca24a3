const POLL_MS = 100;

/**
 * Polls `probe` until it returns something truthy and returns that; throws after `timeoutMs`
 * naming `what`. The way a test waits for a state: never a fixed pause.
 */
export const waitFor = async <T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, timeoutMs = 90_000, what = 'condition'): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
};
