import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, serveStatic } from '../../../../src/tools/serve/serve-static.ts';

const PAGE = `<!doctype html><title>t</title>${'<p>slide</p>'.repeat(200)}`;
const FONT = Buffer.from([0x77, 0x4f, 0x46, 0x32, 1, 2, 3]);

let dir: string;
let server: StaticServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-static-'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  writeFileSync(join(dir, 'font.woff2'), FONT);
  server = await serveStatic(dir);
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GETs `path` with the given `Accept-Encoding`; resolves to the status, headers and raw body. */
function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
    const headers = acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {};
    request(`${server.url}${path}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

describe('the static server the PDF export, the bench and the tests share', () => {
  it('sends a page gzipped, as a static host does, to a client that accepts gzip', async () => {
    const { status, headers, body } = await get('/', 'gzip, deflate, br');
    expect(status).toBe(200);
    expect(headers['content-encoding']).toBe('gzip');
    expect(Number(headers['content-length'])).toBe(body.length);
    expect(body.length).toBeLessThan(PAGE.length / 4);
    expect(gunzipSync(body).toString()).toBe(PAGE);
  });

  it('sends the page as it is to a client that does not ask for gzip', async () => {
    const { headers, body } = await get('/index.html');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe(PAGE);
  });

  it('never gzips a font, which is compressed already', async () => {
    const { headers, body } = await get('/font.woff2', 'gzip');
    expect(headers['content-encoding']).toBeUndefined();
    expect(headers['content-type']).toBe('font/woff2');
    expect(body).toEqual(FONT);
  });

  it('sends a file changed on disk as it is now, not as it was gzipped before', async () => {
    writeFileSync(join(dir, 'notes.html'), PAGE);
    expect(gunzipSync((await get('/notes.html', 'gzip')).body).toString()).toBe(PAGE);
    const changed = PAGE.replaceAll('slide', 'notes');
    writeFileSync(join(dir, 'notes.html'), changed);
    expect(gunzipSync((await get('/notes.html', 'gzip')).body).toString()).toBe(changed);
  });

  it('answers 404 for a file outside its folder', async () => {
    expect((await get('/../etc/passwd')).status).toBe(404);
  });
});
