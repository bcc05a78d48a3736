import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CLOSE } from '../../src/live/close-codes.ts';
import { LIVE_PATHS } from '../../src/live/live-paths.ts';
import type { LiveOutline } from '../../src/live/outline.ts';
import {
  freePort,
  type LiveServerProcess,
  startLiveServerProcess,
} from '../../src/tools/present/present-process.ts';
import { findAxeViolations } from './support/axe.ts';
import { useBrowser } from './support/use-browser.ts';

// Not strict: a page whose server was killed logs the failed reconnections, as it should.
const { open } = useBrowser({ strict: false });
const PHONE = { width: 390, height: 844 };
const POLL = 'who-are-you';

let server: LiveServerProcess;
let port = 0;
let stateDir = '';
let outline: LiveOutline;

const start = async () => {
  server = await startLiveServerProcess(inject('projectRoot'), {
    distDir: inject('distDir'),
    stateDir,
    port,
  });
};

beforeAll(async () => {
  stateDir = mkdtempSync(join(tmpdir(), 'deck-present-'));
  port = await freePort();
  await start();
  outline = (await (await fetch(`${server.origin}${LIVE_PATHS.outline}`)).json()) as LiveOutline;
});

afterAll(async () => {
  await server?.kill();
  rmSync(stateDir, { recursive: true, force: true });
});

/** The slide a deck page shows as current: the projector's slide, or the page a reader is on. */
const currentSlide = (page: Page) =>
  page.evaluate(() => document.querySelector('.reveal .slides section.present')?.id ?? '');
const currentStep = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('.reveal .slides section.present .fragment.visible').length);
const slideAfter = (id: string) =>
  outline.slides[outline.slides.findIndex((slide) => slide.id === id) + 1]?.id;

/** Resolves once the page's scrolling has come to rest: the same scroll position three frames running. */
function scrollSettled(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () => {
      const scroller = document.querySelector('.reveal-viewport') ?? document.documentElement;
      const record = window as unknown as { lastTops?: number[] };
      record.lastTops = [...(record.lastTops ?? []), scroller.scrollTop].slice(-3);
      return record.lastTops.length === 3 && record.lastTops.every((top) => top === record.lastTops?.[0]);
    },
    undefined,
    { polling: 'raf' },
  );
}

async function openProjector(): Promise<Page> {
  const { page } = await open(server.projector);
  await page.waitForSelector('.live-status[data-status="live"]', { state: 'attached' });
  return page;
}

async function openRemote(): Promise<Page> {
  const { page } = await open(server.remote, { viewport: PHONE });
  await page.waitForSelector('#remote-status[data-status="live"]');
  return page;
}

async function openAudience(count: number): Promise<Page[]> {
  return Promise.all(
    Array.from({ length: count }, async () => {
      const { page } = await open(server.audience, { viewport: PHONE });
      await page.waitForSelector('.live-status[data-status="live"]', { state: 'attached' });
      return page;
    }),
  );
}

/** Presses Next on the remote until the projector shows `slide`. */
async function remoteTo(remote: Page, projector: Page, slide: string): Promise<void> {
  for (let presses = 0; presses < 40 && (await currentSlide(projector)) !== slide; presses++) {
    const before = `${await currentSlide(projector)}/${await currentStep(projector)}`;
    await remote.getByRole('button', { name: 'Next', exact: true }).click();
    await expect
      .poll(async () => `${await currentSlide(projector)}/${await currentStep(projector)}`)
      .not.toBe(before);
  }
  expect(await currentSlide(projector)).toBe(slide);
}

/** Opens a channel of its own from inside a page, sends `messages`, and resolves with the close code. */
function closeCodeFor(page: Page, messages: readonly unknown[]): Promise<number> {
  return page.evaluate(
    ({ path, messages }) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(`ws://${window.location.host}${path}`);
        socket.addEventListener('open', () => {
          for (const message of messages)
            socket.send(typeof message === 'string' ? message : JSON.stringify(message));
        });
        socket.addEventListener('close', (event) => resolve(event.code));
      }),
    { path: LIVE_PATHS.channel, messages },
  );
}

const hello = (role: string) => ({ type: 'hello', role, device: 'test-device-0123456789' });

describe('presenting together on the live server', () => {
  it("moves the projector and every audience phone when the remote's Next is tapped", async () => {
    const projector = await openProjector();
    const remote = await openRemote();
    const audience = await openAudience(3);
    const from = await currentSlide(projector);
    for (const page of audience) await expect.poll(() => currentSlide(page)).toBe(from);
    const next = slideAfter(from) as string;
    await remote.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => currentSlide(projector)).toBe(next);
    for (const page of audience) await expect.poll(() => currentSlide(page)).toBe(next);
    await expect
      .poll(() => remote.locator('#current-title').textContent())
      .toContain(outline.slides.find((slide) => slide.id === next)?.title);
    // The laptop's own keys move the talk too, and the remote follows them.
    await projector.keyboard.press('PageUp');
    await expect
      .poll(() => remote.locator('#current-title').textContent())
      .toContain(outline.slides.find((slide) => slide.id === from)?.title);
    for (const page of audience) await expect.poll(() => currentSlide(page)).toBe(from);
    expect(await findAxeViolations(remote)).toEqual([]);
  });

  it('shows the room its own address on the follow-along slides: a QR code and a link to the audience page', async () => {
    const projector = await openProjector();
    const figures = projector.locator('.follow-along');
    await expect
      .poll(() => projector.locator('.follow-along img.qr-code').count())
      .toBe(await figures.count());
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      expect(await figure.locator('img.qr-code').getAttribute('src')).toBe(LIVE_PATHS.audienceQr);
      expect(await figure.locator('figcaption a').getAttribute('href')).toBe(server.audience);
      expect(await figure.locator('svg').count()).toBe(0);
    }
  });

  it('leaves a reader who scrolled away where they are, until they follow the speaker again', async () => {
    const projector = await openProjector();
    const remote = await openRemote();
    const [reader, follower] = await openAudience(2);
    if (!reader || !follower) throw new Error('two audience pages');
    const speakerAt = await currentSlide(projector);
    await expect.poll(() => currentSlide(reader)).toBe(speakerAt);
    const follow = reader.getByRole('button', { name: 'Follow the speaker' });
    expect(await follow.isVisible()).toBe(false);
    await reader.mouse.move(195, 400);
    for (let i = 0; i < 6; i++) await reader.mouse.wheel(0, 900);
    await expect.poll(() => currentSlide(reader)).not.toBe(speakerAt);
    await follow.waitFor({ state: 'visible' });
    await scrollSettled(reader);
    const readingAt = await currentSlide(reader);
    await remote.getByRole('button', { name: 'Next', exact: true }).click();
    const next = slideAfter(speakerAt) as string;
    await expect.poll(() => currentSlide(follower)).toBe(next);
    expect(await currentSlide(reader)).toBe(readingAt);
    await follow.click();
    await expect.poll(() => currentSlide(reader)).toBe(next);
    expect(await follow.isVisible()).toBe(false);
  });

  it("shows three phones' ballots as three on the projector's chart, with a table of the counts", async () => {
    const projector = await openProjector();
    const remote = await openRemote();
    const audience = await openAudience(3);
    await remoteTo(remote, projector, POLL);
    const [patient] = outline.slides.find((slide) => slide.id === POLL)?.poll?.options ?? [];
    for (const page of audience) {
      const ballot = page.locator(`#${POLL} .poll-ballot`);
      await ballot.getByLabel(patient as string).check();
      await ballot.getByRole('button', { name: 'Send my answer' }).click();
      await expect.poll(() => ballot.locator('.poll-said').textContent()).toContain('Counted');
    }
    const firstBar = projector.locator(`#${POLL} li[data-poll-option="0"] .poll-count`);
    await expect.poll(() => firstBar.textContent()).toBe('3');
    expect(await projector.locator(`#${POLL} .poll-table tbody tr:first-child td`).textContent()).toBe('3');
    expect(await projector.locator(`#${POLL} .poll-status`).textContent()).toBe('3 people have answered.');
    await projector.locator(`#${POLL}`).screenshot({ path: join(stateDir, '..', 'live-poll-projector.png') });
    await expect.poll(() => remote.locator('#poll-summary').textContent()).toContain('3 answered');
    expect(await findAxeViolations(audience[0] as Page, `#${POLL}`)).toEqual([]);
  });

  it('refuses an audience page that moves the talk or forges a ballot, and a remote without the key', async () => {
    const projector = await openProjector();
    const [phone] = await openAudience(1);
    if (!phone) throw new Error('an audience page');
    const before = `${await currentSlide(projector)}/${await currentStep(projector)}`;
    expect(await closeCodeFor(phone, [hello('audience'), { type: 'step', by: 1 }])).toBe(
      CLOSE.forbidden.code,
    );
    expect(await closeCodeFor(phone, [hello('audience'), { type: 'go', slide: 'references', step: 0 }])).toBe(
      CLOSE.forbidden.code,
    );
    expect(await closeCodeFor(phone, [hello('audience'), { type: 'vote', poll: POLL, choices: [9] }])).toBe(
      CLOSE.badBallot.code,
    );
    expect(
      await closeCodeFor(phone, [hello('audience'), { type: 'vote', poll: 'title', choices: [0] }]),
    ).toBe(CLOSE.badBallot.code);
    expect(await closeCodeFor(phone, [{ ...hello('remote'), key: 'guessed' }])).toBe(CLOSE.unauthorised.code);
    expect(`${await currentSlide(projector)}/${await currentStep(projector)}`).toBe(before);
    expect(await projector.locator(`#${POLL} li[data-poll-option="0"] .poll-count`).textContent()).toBe('3');
  });

  it('closes a malformed message with its code while every other page carries on', async () => {
    const projector = await openProjector();
    const remote = await openRemote();
    const [phone, other] = await openAudience(2);
    if (!phone || !other) throw new Error('two audience pages');
    expect(await closeCodeFor(phone, ['{"type": "hello", "role":'])).toBe(CLOSE.malformed.code);
    expect(
      await closeCodeFor(phone, [hello('audience'), { type: 'vote', poll: POLL, choices: [0], extra: 1 }]),
    ).toBe(CLOSE.malformed.code);
    expect(await closeCodeFor(phone, [hello('audience'), 'x'.repeat(2000)])).toBe(CLOSE.tooBig.code);
    const from = await currentSlide(projector);
    await remote.getByRole('button', { name: 'Next', exact: true }).click();
    await expect
      .poll(async () => `${await currentSlide(projector)}/${await currentStep(projector)}`)
      .not.toBe(`${from}/0`);
    await expect.poll(() => currentSlide(other)).toBe(await currentSlide(projector));
    await remote.getByRole('button', { name: 'Previous', exact: true }).click();
    await expect.poll(() => currentSlide(projector)).toBe(from);
  });

  it('comes back from a killed server with the slide, the step and the votes', async () => {
    const projector = await openProjector();
    const remote = await openRemote();
    const [phone] = await openAudience(1);
    if (!phone) throw new Error('an audience page');
    await remote.getByRole('button', { name: 'Next', exact: true }).click();
    await expect.poll(() => currentStep(projector)).toBeGreaterThan(0);
    const slide = await currentSlide(projector);
    const step = await currentStep(projector);
    await server.kill();
    await phone.waitForSelector('.live-status[data-status="offline"]');
    await start();
    // The audience page finds the server again by itself; the projector needs this run's key.
    await phone.waitForSelector('.live-status[data-status="live"]', { state: 'attached', timeout: 20_000 });
    expect(await currentSlide(phone)).toBe(slide);
    const again = await openProjector();
    await expect.poll(() => currentSlide(again)).toBe(slide);
    await expect.poll(() => currentStep(again)).toBe(step);
    expect(await again.locator(`#${POLL} li[data-poll-option="0"] .poll-count`).textContent()).toBe('3');
    expect(await phone.locator(`#${POLL} .poll-status`).textContent()).toBe('3 people have answered.');
  });

  it('lets the remote close, reopen, hide and reset the poll, its bars still for reduced motion', async () => {
    const { page: projector } = await open(server.projector, { reducedMotion: true });
    await projector.waitForSelector('.live-status[data-status="live"]', { state: 'attached' });
    const remote = await openRemote();
    const [phone] = await openAudience(1);
    if (!phone) throw new Error('an audience page');
    await expect.poll(() => currentSlide(projector)).toBe(POLL);
    const bar = projector.locator(`#${POLL} li[data-poll-option="0"] .poll-bar`);
    expect(await bar.evaluate((element) => getComputedStyle(element).transitionDuration)).toBe('0s');
    const status = projector.locator(`#${POLL} .poll-status`);
    const ballot = phone.locator(`#${POLL} .poll-ballot`);

    await remote.getByRole('button', { name: 'Close the poll' }).click();
    await expect.poll(() => status.textContent()).toBe('The poll is closed: 3 people have answered.');
    await expect
      .poll(() => ballot.evaluate((element) => (element as HTMLFieldSetElement).disabled))
      .toBe(true);
    await remote.getByRole('button', { name: 'Open the poll' }).click();
    await expect
      .poll(() => ballot.evaluate((element) => (element as HTMLFieldSetElement).disabled))
      .toBe(false);

    await remote.getByRole('button', { name: 'Hide the results' }).click();
    await expect.poll(() => bar.isVisible()).toBe(false);
    await remote.getByRole('button', { name: 'Show the results' }).click();
    await expect.poll(() => bar.isVisible()).toBe(true);

    remote.once('dialog', (dialog) => void dialog.accept());
    await remote.getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => status.textContent()).toBe('0 people have answered.');
    expect(await projector.locator(`#${POLL} li[data-poll-option="0"] .poll-count`).textContent()).toBe('0');
  });
});
