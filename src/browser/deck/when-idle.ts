/** The longest a task waits for an idle moment before it runs anyway, in ms. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Runs `task` when the page has nothing else to do before its next frame: work that is not needed on
 * screen yet (a chart on the next slide) then never lands in the frame of a step. WebKit has no
 * `requestIdleCallback`; a timeout there still takes the task out of the step's own frame.
 */
export function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  } else {
    window.setTimeout(task, 0);
  }
}
