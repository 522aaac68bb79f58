// Deep links name a built-in scenario by its own id: names inherited from Object.prototype are
// unknown, so the title opens as usual instead of throwing at start-up (issue 9, defect 5).
import { describe, expect, it } from 'vitest';
import { parseDeepLink, startupFor, withoutHash } from '../../src/ui/deep-link';

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

describe('a link is followed once; a reload resumes the game in progress', () => {
  it('a link in the address starts its game, even in a tab that had another open', () => {
    expect(startupFor('#scenario=sialkot-surgical&seed=7&begin', null)).toEqual({
      kind: 'link',
      link: { scenario: 'sialkot-surgical', seed: 7, begin: true, play: 0 },
    });
    expect(startupFor('#scenario=sialkot-surgical&play=3', 'cpl:game:abc').kind).toBe('link');
  });

  it('once the link is taken out of the address, the reload resumes the game this tab had open', () => {
    const href = 'https://example.org/cluster/?x=1#scenario=sialkot-surgical&seed=7&begin';
    const after = withoutHash(href);
    expect(after).toBe('https://example.org/cluster/?x=1');
    expect(startupFor(new URL(after).hash, 'cpl:game:abc')).toEqual({ kind: 'resume', key: 'cpl:game:abc' });
  });

  it('without a link or a game in this tab, the title', () => {
    expect(startupFor('', null)).toEqual({ kind: 'title' });
    expect(startupFor('#scenario=constructor&begin', null)).toEqual({ kind: 'title' });
    expect(withoutHash('https://example.org/')).toBe('https://example.org/');
  });
});
