import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayText,
  formatState,
  isDay,
  parseState,
  withChanges,
} from '../../explorer/src/state.js';

describe("the explorer's state, kept in the URL", () => {
  it('round-trips through the query string, so a link restores the view', () => {
    const state = {
      view: 'path' as const,
      from: 'sam-altman',
      to: '21vianet',
      asOf: '2024-08-01',
    };
    expect(formatState(state)).toBe('?view=path&asOf=2024-08-01&from=sam-altman&to=21vianet');
    expect(parseState(formatState(state))).toEqual(state);
  });

  it('starts on the entity view with nothing chosen', () => {
    expect(parseState('')).toEqual({ view: 'entity' });
    expect(formatState({ view: 'entity' })).toBe('');
  });

  it('drops what a hand-edited link gets wrong instead of sending it to the API', () => {
    expect(parseState('?view=graph&asOf=2024-02-30&entity=%20openai%20')).toEqual({
      view: 'entity',
      entity: 'openai',
    });
    expect(parseState('?asOf=yesterday').asOf).toBeUndefined();
  });

  it('sets and clears keys in one change', () => {
    const before = { view: 'entity' as const, entity: 'openai', asOf: '2020-01-01' };
    expect(withChanges(before, { entity: 'microsoft', asOf: undefined })).toEqual({
      view: 'entity',
      entity: 'microsoft',
    });
    expect(before.asOf).toBe('2020-01-01');
  });

  it('counts slider steps in calendar days, across leap days and years', () => {
    expect(dayText(dayNumber('2024-02-28') + 1)).toBe('2024-02-29');
    expect(dayText(dayNumber('2024-12-31') + 1)).toBe('2025-01-01');
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
  });
});
