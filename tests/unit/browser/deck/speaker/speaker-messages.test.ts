import { describe, expect, it } from 'vitest';
import {
  parseSpeakerMessage,
  SPEAKER_CHANNEL,
  speakerMessage,
} from '../../../../../src/browser/deck/speaker/speaker-messages.ts';

const state = { slide: 4, step: 3, steps: 5, slideCount: 22, paused: false };

describe('a message between the deck and its speaker view', () => {
  it('is read back as it was sent', () => {
    for (const message of [
      speakerMessage({ type: 'hello' }),
      speakerMessage({ type: 'command', command: 'next' }),
      speakerMessage({ type: 'state', state }),
      speakerMessage({ type: 'show', position: { slide: 2, step: 0 } }),
      speakerMessage({ type: 'preview-ready' }),
      speakerMessage({ type: 'preview-shown', position: { slide: 2, step: 1 } }),
    ]) {
      expect(parseSpeakerMessage(structuredClone(message))).toEqual(message);
    }
  });

  it('is dropped when it is another channel’s, another shape, or reveal.js’s own', () => {
    for (const data of [
      null,
      'hello',
      JSON.stringify({ method: 'setState', args: [{ indexh: 0 }] }),
      { method: 'setState', args: [{ indexh: 0 }] },
      { channel: 'other', type: 'hello' },
      { channel: SPEAKER_CHANNEL, type: 'setState' },
      { channel: SPEAKER_CHANNEL, type: 'command', command: 'slide' },
      { channel: SPEAKER_CHANNEL, type: 'command', command: 'togglePause' },
      { channel: SPEAKER_CHANNEL, type: 'state', state: { ...state, step: 6 } },
      { channel: SPEAKER_CHANNEL, type: 'state', state: { ...state, slide: 22 } },
      { channel: SPEAKER_CHANNEL, type: 'state', state: { ...state, paused: 'no' } },
      { channel: SPEAKER_CHANNEL, type: 'show', position: { slide: -1, step: 0 } },
      { channel: SPEAKER_CHANNEL, type: 'show', position: { slide: 1.5, step: 0 } },
      { channel: SPEAKER_CHANNEL, type: 'show', position: { slide: 1e9, step: 0 } },
      [SPEAKER_CHANNEL, 'hello'],
    ]) {
      expect(parseSpeakerMessage(data), JSON.stringify(data)).toBeUndefined();
    }
  });

  it('takes nothing from a prototype', () => {
    const inherited = Object.create({ channel: SPEAKER_CHANNEL, type: 'hello' });
    expect(parseSpeakerMessage(inherited)).toBeUndefined();
    const position = Object.create({ slide: 1, step: 0 });
    expect(parseSpeakerMessage({ channel: SPEAKER_CHANNEL, type: 'show', position })).toBeUndefined();
  });
});
