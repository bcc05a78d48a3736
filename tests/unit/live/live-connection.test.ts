import { describe, expect, it } from 'vitest';
import { CLOSE, type CloseReason } from '../../../src/live/close-codes.ts';
import { createLocalHub } from '../../../src/live/hub.ts';
import { createLiveConnection } from '../../../src/live/live-connection.ts';
import { createLiveState, type LiveState } from '../../../src/live/live-state.ts';
import type { ServerMessage } from '../../../src/live/messages.ts';
import { DEVICE, OUTLINE } from './outline-fixture.ts';

const KEY = 'the-remote-key';

function connect(options: { stored?: LiveState[]; broadcast?: ServerMessage[] } = {}) {
  const sent: ServerMessage[] = [];
  const closes: CloseReason[] = [];
  let clock = 0;
  const hub = createLocalHub(OUTLINE, createLiveState(OUTLINE), (state) => options.stored?.push(state));
  if (options.broadcast) hub.subscribe((message) => options.broadcast?.push(message));
  const connection = createLiveConnection({
    hub,
    outline: OUTLINE,
    isKey: (key) => key === KEY,
    now: () => clock,
    send: (message) => sent.push(message),
    close: (reason) => closes.push(reason),
  });
  const say = (message: object) => connection.receive(JSON.stringify(message));
  return { connection, say, sent, closes, tick: (ms: number) => (clock += ms) };
}

describe('a live connection', () => {
  it('is welcomed with the whole state after its hello', async () => {
    const { say, sent, connection } = connect();
    await say({ type: 'hello', role: 'audience', device: DEVICE });
    expect(connection.role()).toBe('audience');
    expect(sent[0]).toMatchObject({
      type: 'welcome',
      role: 'audience',
      state: { position: { slide: 'title', step: 0 } },
    });
  });

  it('must say hello first, and once', async () => {
    const first = connect();
    await first.say({ type: 'step', by: 1 });
    expect(first.closes).toEqual([CLOSE.noHello]);
    const twice = connect();
    await twice.say({ type: 'hello', role: 'audience', device: DEVICE });
    await twice.say({ type: 'hello', role: 'remote', device: DEVICE, key: KEY });
    expect(twice.closes).toEqual([CLOSE.noHello]);
  });

  it('lets in a remote or projector only with the key', async () => {
    for (const role of ['remote', 'projector']) {
      const without = connect();
      await without.say({ type: 'hello', role, device: DEVICE });
      expect(without.closes).toEqual([CLOSE.unauthorised]);
      const wrong = connect();
      await wrong.say({ type: 'hello', role, device: DEVICE, key: 'guess' });
      expect(wrong.closes).toEqual([CLOSE.unauthorised]);
      expect(wrong.connection.role()).toBeUndefined();
    }
  });

  it('stores, then tells everyone, a move the remote makes', async () => {
    const stored: LiveState[] = [];
    const broadcast: ServerMessage[] = [];
    const { say, closes } = connect({ stored, broadcast });
    await say({ type: 'hello', role: 'remote', device: DEVICE, key: KEY });
    await say({ type: 'step', by: 1 });
    expect(closes).toEqual([]);
    expect(stored.map((state) => state.position)).toEqual([{ slide: 'who', step: 0 }]);
    expect(broadcast).toMatchObject([{ type: 'position', position: { slide: 'who', step: 0 } }]);
  });

  it('closes an audience page that tries to move the talk or run a poll', async () => {
    for (const message of [
      { type: 'step', by: 1 },
      { type: 'go', slide: 'who', step: 0 },
      { type: 'poll', poll: 'who', action: 'close' },
    ]) {
      const broadcast: ServerMessage[] = [];
      const { say, closes } = connect({ broadcast });
      await say({ type: 'hello', role: 'audience', device: DEVICE });
      await say(message);
      expect(closes).toEqual([CLOSE.forbidden]);
      expect(broadcast).toEqual([]);
    }
  });

  it('closes a malformed message with its code, and hears nothing after', async () => {
    const { connection, closes, sent } = connect();
    await connection.receive('{"type":"hello","role":"audience","device":"x"}');
    await connection.receive(JSON.stringify({ type: 'hello', role: 'audience', device: DEVICE }));
    expect(closes).toEqual([CLOSE.malformed]);
    expect(sent).toEqual([]);
  });

  it('closes a page that sends faster than its rate limit, and lets a patient one go on', async () => {
    const { say, closes } = connect();
    await say({ type: 'hello', role: 'audience', device: DEVICE });
    for (let i = 0; i < 9; i++) await say({ type: 'vote', poll: 'who', choices: [0] });
    expect(closes).toEqual([]);
    await say({ type: 'vote', poll: 'who', choices: [1] });
    expect(closes).toEqual([CLOSE.tooFast]);
    const patient = connect();
    await patient.say({ type: 'hello', role: 'audience', device: DEVICE });
    for (let i = 0; i < 30; i++) {
      patient.tick(500);
      await patient.say({ type: 'vote', poll: 'who', choices: [i % 3] });
    }
    expect(patient.closes).toEqual([]);
  });

  it('sends a voter its ballot back, and the count to everyone', async () => {
    const broadcast: ServerMessage[] = [];
    const { say, sent } = connect({ broadcast });
    await say({ type: 'hello', role: 'audience', device: DEVICE });
    await say({ type: 'vote', poll: 'who', choices: [1, 2] });
    expect(sent.at(-1)).toEqual({ type: 'ballot', poll: 'who', choices: [1, 2] });
    expect(broadcast).toMatchObject([{ type: 'poll', poll: { counts: [0, 1, 1], voters: 1 } }]);
  });
});
