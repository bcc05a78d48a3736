/** The message an in-page wait rejects with at its timeout: every other failure is the page going away. */
export const WAIT_TIMED_OUT = 'Timed out waiting for';

/**
 * The source of an expression that, evaluated in the page, resolves once `test(arg)` is truthy, checking
 * on every animation frame (and on a 100 ms timer, as a window out of sight gets no frames), or rejects at
 * the timeout. Built as text so each driver sends it the way it sends any script; the driver evaluates it,
 * so the page's CSP (which forbids eval) does not apply.
 */
export function inPageWait(testSource: string, arg: unknown, timeoutMs: number, what: string): string {
  return `new Promise((resolve, reject) => {
    const test = (${testSource});
    const arg = ${JSON.stringify(arg ?? null)};
    const end = performance.now() + ${Math.max(0, Math.round(timeoutMs))};
    const check = () => {
      let passed = false;
      try { passed = Boolean(test(arg)); } catch { passed = false; }
      if (passed) return resolve(true);
      if (performance.now() > end) return reject(new Error(${JSON.stringify(`${WAIT_TIMED_OUT} ${what}`)}));
      let called = false;
      const once = () => { if (!called) { called = true; check(); } };
      requestAnimationFrame(once);
      setTimeout(once, 100);
    };
    check();
  })`;
}

/**
 * Waits with `evaluate` on an in-page wait, starting it again when a navigation ended the page it ran
 * in, until `timeoutMs` has passed in all.
 */
export async function waitInPage(
  evaluate: (expression: string) => Promise<unknown>,
  what: string,
  testSource: string,
  arg: unknown,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = deadline - Date.now();
    try {
      await evaluate(inPageWait(testSource, arg, left, what));
      return;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (message.includes(WAIT_TIMED_OUT) || left <= 0) throw new Error(`${WAIT_TIMED_OUT} ${what}`);
    }
  }
}
