import { describe, expect, it } from 'vitest';
import { MAX_CLIENT_MESSAGE_BYTES } from '../../../src/live/messages.ts';
import { parseClientMessage } from '../../../src/live/parse-client-message.ts';
import { DEVICE } from './outline-fixture.ts';

const problem = (text: string) => {
  const parsed = parseClientMessage(text);
  return parsed.ok ? undefined : parsed.problem;
};

describe('a message from a live page', () => {
  it('is read when it is one of the messages with the fields it has', () => {
    const messages = [
      { type: 'hello', role: 'audience', device: DEVICE },
      { type: 'hello', role: 'remote', device: DEVICE, key: 'a-B_9' },
      { type: 'step', by: -1 },
      { type: 'go', slide: 'who', step: 2 },
      { type: 'poll', poll: 'who', action: 'reset' },
      { type: 'vote', poll: 'who', choices: [0, 2] },
      { type: 'vote', poll: 'who', choices: [] },
    ];
    for (const message of messages)
      expect(parseClientMessage(JSON.stringify(message))).toEqual({ ok: true, message });
  });

  it('is refused when it is not a JSON object of a known type', () => {
    expect(problem('{"type":')).toBe('not JSON');
    expect(problem('[1]')).toBe('not a JSON object');
    expect(problem('null')).toBe('not a JSON object');
    expect(problem('{"type":"shutdown"}')).toBe('unknown message type');
    expect(problem('{"type":"toString"}')).toBe('unknown message type');
    expect(problem('{"by":1}')).toBe('unknown message type');
  });

  it('is refused with a field it does not have, prototype names included', () => {
    expect(problem('{"type":"step","by":1,"extra":true}')).toBe('unknown field in "step"');
    expect(problem('{"type":"step","by":1,"__proto__":{"role":"remote"}}')).toBe('unknown field in "step"');
  });

  it('is refused with a field of the wrong type or range', () => {
    expect(problem('{"type":"step","by":2}')).toBe('bad "by" in "step"');
    expect(problem('{"type":"step"}')).toBe('bad "by" in "step"');
    expect(problem('{"type":"go","slide":"who","step":1.5}')).toBe('bad "step" in "go"');
    expect(problem('{"type":"go","slide":"<img>","step":1}')).toBe('bad "slide" in "go"');
    expect(problem('{"type":"poll","poll":"who","action":"delete"}')).toBe('bad "action" in "poll"');
    expect(problem('{"type":"vote","poll":"who","choices":[-1]}')).toBe('bad "choices" in "vote"');
    expect(problem('{"type":"vote","poll":"who","choices":"0"}')).toBe('bad "choices" in "vote"');
    expect(problem(`{"type":"vote","poll":"who","choices":[${Array(13).fill(0)}]}`)).toBe(
      'bad "choices" in "vote"',
    );
    expect(problem('{"type":"hello","role":"admin","device":"aaaaaaaaaaaaaaaa"}')).toBe(
      'bad "role" in "hello"',
    );
    expect(problem('{"type":"hello","role":"audience","device":"short"}')).toBe('bad "device" in "hello"');
  });

  it('is refused above the size limit, counted in bytes', () => {
    const padded = (length: number) =>
      JSON.stringify({ type: 'go', slide: 'a', step: 1 }).padEnd(length, ' ');
    expect(problem(padded(MAX_CLIENT_MESSAGE_BYTES))).toBeUndefined();
    expect(problem(padded(MAX_CLIENT_MESSAGE_BYTES + 1))).toBe(
      `longer than ${MAX_CLIENT_MESSAGE_BYTES} bytes`,
    );
    // Fewer characters than the limit, more bytes.
    const accented = `{"type":"go","slide":"a","step":1}${' '.repeat(100)}${'é'.repeat(200)}`;
    expect(accented.length).toBeLessThan(MAX_CLIENT_MESSAGE_BYTES);
    expect(problem(accented)).toBe(`longer than ${MAX_CLIENT_MESSAGE_BYTES} bytes`);
  });
});
