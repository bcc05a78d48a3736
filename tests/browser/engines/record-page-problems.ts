/**
 * Runs in the page before its own scripts and records, in `sessionStorage` (so a record survives the
 * page's own navigations, reloads and Back), what the shared suite fails a test on: console errors,
 * uncaught errors and rejections, CSP violations and requests to another origin. Drivers with events
 * for some of these report them too; this is the one record every engine keeps, including WebKit over
 * classic WebDriver, which has no console or network events to listen to.
 *
 * Self-contained on purpose: it is sent to the page as source text.
 */
export function recordPageProblems(): void {
  const key = '__engine_page_problems__';
  const record = (problem: string) => {
    try {
      const problems = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
      problems.push(problem);
      sessionStorage.setItem(key, JSON.stringify(problems));
    } catch {
      // A page without storage (an opaque origin) keeps its record in memory only.
      const holder = window as unknown as Record<string, string[]>;
      holder[key] = [...(holder[key] ?? []), problem];
    }
  };
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    record(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  window.addEventListener(
    'error',
    (event) => {
      if (event.target !== window && event.target instanceof Element) {
        const failed = event.target as Element & { src?: string; href?: string };
        record(`failed to load ${failed.tagName.toLowerCase()}: ${failed.src ?? failed.href ?? ''}`);
      } else {
        record(`uncaught: ${event.message} (${event.filename}:${event.lineno})`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) =>
    record(`unhandled rejection: ${String(event.reason)}`),
  );
  document.addEventListener('securitypolicyviolation', (event) =>
    record(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
  );
  const home = location.origin;
  const offOrigin = (url: string) => {
    const { protocol, origin } = new URL(url, location.href);
    return !['data:', 'blob:', 'about:'].includes(protocol) && origin !== home;
  };
  new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) {
      if (offOrigin(entry.name)) record(`request to another origin: ${entry.name}`);
    }
  }).observe({ type: 'resource', buffered: true });
}

/** Reads, in the page, what `recordPageProblems` has recorded there. Self-contained, like it. */
export function readPageProblems(): string[] {
  const key = '__engine_page_problems__';
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
  } catch {
    return (window as unknown as Record<string, string[]>)[key] ?? [];
  }
}
