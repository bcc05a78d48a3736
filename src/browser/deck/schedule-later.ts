/**
 * The longest a task waits for an idle moment before it runs anyway, in ms: short, because a chart
 * mounted in idle moments may be on screen (a reader paging fast) before its last task has run.
 */
const IDLE_TIMEOUT_MS = 200;

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

/**
 * Runs `task` in a task of its own after the next frame has painted: work wanted on screen soon, but
 * not in the same frame as the work before it (a frame's tasks count together).
 */
export function afterNextFrame(task: () => void): void {
  window.requestAnimationFrame(() => window.setTimeout(task, 0));
}
