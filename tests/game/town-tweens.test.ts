// The town's systems say whether they are animating partly by the tweens they started: the stage
// stops drawing when none runs, so a finished tween must stop counting and a running one must count.
import type * as Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { Tweens } from '../../src/game/town/context';

type State = 'pending' | 'playing' | 'finished' | 'pendingRemove' | 'removed' | 'destroyed';

class FakeTween {
  state: State = 'pending';
  isDestroyed = () => this.state === 'destroyed';
  isRemoved = () => this.state === 'removed';
  isPendingRemove = () => this.state === 'pendingRemove';
  isFinished = () => this.state === 'finished';
}

function fakeScene(): { scene: Phaser.Scene; made: FakeTween[] } {
  const made: FakeTween[] = [];
  const make = () => {
    const tween = new FakeTween();
    made.push(tween);
    return tween;
  };
  const scene = { tweens: { add: make, addCounter: make, chain: make } } as unknown as Phaser.Scene;
  return { scene, made };
}

describe('a town system’s tweens', () => {
  it('run while any is waiting or playing, and stop counting once each has ended in any way', () => {
    const { scene, made } = fakeScene();
    const tweens = new Tweens(scene);
    expect(tweens.running()).toBe(false);
    tweens.add({ targets: {}, x: 1 });
    tweens.counter({ from: 0, to: 1 });
    tweens.chain({ tweens: [] });
    expect(made).toHaveLength(3);
    // Waiting out its delay counts: the stage must keep drawing until it plays.
    expect(tweens.running()).toBe(true);
    const ends: State[] = ['finished', 'pendingRemove', 'destroyed'];
    made.forEach((tween, i) => {
      tween.state = 'playing';
      expect(tweens.running()).toBe(true);
      tween.state = ends[i] as State;
    });
    expect(tweens.running()).toBe(false);
  });

  it('keeps a repeating tween (a ship at its berth, a crane’s jib) running until it is removed', () => {
    const { scene, made } = fakeScene();
    const tweens = new Tweens(scene);
    tweens.add({ targets: {}, y: 1, yoyo: true, repeat: -1 });
    const [bobbing] = made as [FakeTween];
    bobbing.state = 'playing';
    for (let frame = 0; frame < 3; frame++) expect(tweens.running()).toBe(true);
    bobbing.state = 'removed';
    expect(tweens.running()).toBe(false);
  });
});
