/**
 * Runs `run` with `env`'s variables set, as a build would see them on its command line (`SITE_URL`,
 * `WITH_PDFS`), and NODE_ENV set to production, and puts every one back as it was afterwards: under a
 * test runner NODE_ENV is "test", which Vite would bake into the bundle as a non-production build.
 */
export async function withBuildEnvironment<T>(
  env: Readonly<Record<string, string>>,
  run: () => Promise<T>,
): Promise<T> {
  const variables = { ...env, NODE_ENV: 'production' };
  const before = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
  Object.assign(process.env, variables);
  try {
    return await run();
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}
