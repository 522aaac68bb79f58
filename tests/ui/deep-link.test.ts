// Deep links name a built-in scenario by its own id: names inherited from Object.prototype are
// unknown, so the title opens as usual instead of throwing at start-up (issue 9, defect 5).
import { describe, expect, it } from 'vitest';
import { parseDeepLink } from '../../src/ui/deep-link';

describe('deep links', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('#scenario=%s is no link', (id) => {
    expect(parseDeepLink(`#scenario=${id}&begin`)).toBeNull();
  });

  it('a built-in scenario is followed', () => {
    expect(parseDeepLink('#scenario=sialkot-surgical&seed=7&begin')).toEqual({
      scenario: 'sialkot-surgical',
      seed: 7,
      begin: true,
      play: 0,
    });
  });
});
