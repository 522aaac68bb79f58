// Traffic: what carries the town's exports and who walks its streets. Ships dock at the quay (or a
// train of wagons pulls into the siding) with the year's exports; trucks drive on the right between
// the workshops, the board's edge and the gateway, loading and unloading; people walk the pavements.
// A new truck drives in from the edge of the board; one no longer needed fades out.
import type * as Phaser from 'phaser';
import type { TownView } from '../../view/town';
import { PERSON_KINDS, spriteOrigin, WAGON_KINDS } from '../draw/sprites';
import { BOARD, type Pt } from '../town-layout';
import { clamp, SPRITE_SCALE, Tweens, type TownContext, type TownSystem } from './context';

interface Mover {
  sprite: Phaser.GameObjects.Image;
  kind: 'truck' | 'person';
  from: number;
  to: number;
  t: number;
  speed: number;
  side: number;
  loaded: boolean;
  wait: number;
  phase: number;
  leaving: boolean;
}

export class Traffic implements TownSystem {
  private movers: Mover[] = [];
  private carriers: Phaser.GameObjects.Image[] = [];
  private carrierCount = -1;
  /** Road widths by graph edge ('a-b', both ways), for the pavements people walk on. */
  private readonly edgeWidths = new Map<string, number>();
  private readonly tweens: Tweens;

  constructor(private readonly ctx: TownContext) {
    this.tweens = new Tweens(ctx.scene);
    const { layout } = ctx;
    const keyOf = (p: Pt) => `${Math.round(p.x)}:${Math.round(p.y)}`;
    const index = new Map(layout.graph.nodes.map((p, i) => [keyOf(p), i]));
    for (const road of layout.roads) {
      const a = index.get(keyOf(road.a));
      const b = index.get(keyOf(road.b));
      if (a !== undefined && b !== undefined) {
        this.edgeWidths.set(`${a}-${b}`, road.width);
        this.edgeWidths.set(`${b}-${a}`, road.width);
      }
    }
  }

  sync(view: TownView, animate: boolean): void {
    this.syncCarriers(view, animate);
    this.syncMovers(view, animate);
  }

  update(dt: number): void {
    for (const m of this.movers) if (m.sprite.active) this.placeMover(m, dt);
  }

  animating(): boolean {
    return (!this.ctx.reduced && this.movers.length > 0) || this.tweens.running();
  }

  // --- Ships or wagons ---

  private syncCarriers(view: TownView, animate: boolean): void {
    const { layout, scene } = this.ctx;
    const gw = layout.gateway;
    const count = gw.kind === 'port' ? Math.min(view.ships, gw.berths.length) : Math.min(view.ships * 2, 8);
    if (count === this.carrierCount) return;
    const old = this.carriers;
    this.carriers = [];
    this.carrierCount = count;
    const dir = layout.mirrored ? -1 : 1;
    if (gw.kind === 'port') {
      for (let i = 0; i < count; i++) {
        const berth = gw.berths[i] as Pt;
        const existing = old[i];
        if (existing) {
          this.carriers.push(existing);
          continue;
        }
        const ship = scene.add.image(berth.x, berth.y, 'ship').setScale(SPRITE_SCALE).setDepth(berth.y);
        ship.setOrigin(spriteOrigin('ship').x, spriteOrigin('ship').y).setFlipX(dir < 0);
        this.carriers.push(ship);
        if (animate) {
          ship.x = berth.x + dir * 700;
          this.tweens.add({ targets: ship, x: berth.x, duration: 2600, delay: 300 + i * 300, ease: 'Sine.easeOut' });
        }
        if (!this.ctx.reduced) this.tweens.add({ targets: ship, y: berth.y + 1.5, duration: 1600 + i * 130, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
      }
      for (const ship of old.slice(count)) {
        if (animate) this.tweens.add({ targets: ship, x: ship.x + dir * 800, duration: 2400, ease: 'Sine.easeIn', onComplete: () => ship.destroy() });
        else ship.destroy();
      }
      return;
    }
    // Rail: the train is rebuilt with its new length and pulls in.
    for (const part of old) {
      if (animate) this.tweens.add({ targets: part, x: part.x - dir * 900, duration: 1600, ease: 'Sine.easeIn', onComplete: () => part.destroy() });
      else part.destroy();
    }
    if (count === 0) return;
    const head = gw.berths[0] as Pt;
    const parts: Phaser.GameObjects.Image[] = [];
    const loco = scene.add.image(head.x, head.y, 'loco').setScale(SPRITE_SCALE).setFlipX(dir > 0).setDepth(head.y);
    loco.setOrigin(spriteOrigin('loco').x, spriteOrigin('loco').y);
    parts.push(loco);
    for (let i = 0; i < count; i++) {
      const key = `wagon-${(i + layout.seed) % WAGON_KINDS}`;
      const wagon = scene.add.image(head.x + dir * (50 + i * 48), head.y, key).setScale(SPRITE_SCALE).setDepth(head.y);
      wagon.setOrigin(spriteOrigin(key).x, spriteOrigin(key).y);
      parts.push(wagon);
    }
    if (animate) {
      for (const part of parts) {
        const x = part.x;
        part.x = x + dir * 900;
        this.tweens.add({ targets: part, x, duration: 2600, delay: 900, ease: 'Cubic.easeOut' });
      }
    }
    this.carriers = parts;
  }

  // --- Trucks and people ---

  private syncMovers(view: TownView, animate: boolean): void {
    for (const kind of ['truck', 'person'] as const) {
      const want = kind === 'truck' ? view.trucks : view.people;
      const mine = this.movers.filter((m) => m.kind === kind && !m.leaving);
      for (let i = mine.length; i < want; i++) this.movers.push(this.spawnMover(kind, animate));
      for (const m of mine.slice(want)) {
        m.leaving = true;
        if (!animate) m.sprite.destroy();
        else this.tweens.add({ targets: m.sprite, alpha: 0, duration: 600, onComplete: () => m.sprite.destroy() });
      }
    }
    this.movers = this.movers.filter((m) => m.sprite.active);
  }

  private spawnMover(kind: 'truck' | 'person', animate: boolean): Mover {
    const { layout, scene, rand } = this.ctx;
    const { nodes, links, exits } = layout.graph;
    let from: number;
    let to: number;
    let t: number;
    if (animate && kind === 'truck' && exits.length > 0) {
      // New trucks drive in from the edge of the board.
      from = exits[Math.floor(rand() * exits.length)] as number;
      to = (links[from] ?? [])[0] ?? from;
      t = 0;
    } else {
      from = Math.floor(rand() * nodes.length);
      const options = (links[from] ?? []).filter((n) => kind === 'truck' || !exits.includes(n));
      to = options[Math.floor(rand() * options.length)] ?? from;
      t = 0.15 + rand() * 0.7;
    }
    const key = kind === 'truck' ? 'truck-side' : `person-${Math.floor(rand() * PERSON_KINDS)}`;
    const sprite = scene.add.image(0, 0, key).setScale(SPRITE_SCALE);
    const origin = spriteOrigin(key);
    sprite.setOrigin(origin.x, origin.y);
    const mover: Mover = {
      sprite,
      kind,
      from,
      to,
      t,
      speed: kind === 'truck' ? 50 + rand() * 25 : 11 + rand() * 8,
      side: rand() < 0.5 ? -1 : 1,
      loaded: rand() < 0.5,
      wait: 0,
      phase: rand() * Math.PI * 2,
      leaving: false,
    };
    this.placeMover(mover, 0);
    return mover;
  }

  private placeMover(m: Mover, dt: number): void {
    const { layout, rand } = this.ctx;
    const { nodes, links, exits, gateway } = layout.graph;
    if (m.wait > 0) {
      m.wait -= dt;
      return;
    }
    let a = nodes[m.from] as Pt;
    let b = nodes[m.to] as Pt;
    let len = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
    m.t += (m.speed * dt) / len;
    if (m.t >= 1) {
      // Arrived at a crossing: choose the next street.
      const here = m.to;
      if (m.kind === 'truck' && here === gateway && m.loaded) {
        m.loaded = false;
        m.wait = 1.5;
      } else if (m.kind === 'truck' && exits.includes(here)) {
        m.loaded = true;
        m.wait = 1 + rand() * 4;
      }
      let options = (links[here] ?? []).filter((n) => n !== m.from);
      if (m.kind === 'person') options = options.filter((n) => !exits.includes(n));
      if (options.length === 0) options = [m.from];
      let next = options[Math.floor(rand() * options.length)] as number;
      if (m.kind === 'truck' && rand() < 0.7) {
        const goal = m.loaded ? nodes[gateway] : nodes[exits[Math.floor(rand() * exits.length)] ?? gateway];
        if (goal) {
          next = options.reduce((best, n) => {
            const pn = nodes[n] as Pt;
            const pb = nodes[best] as Pt;
            return Math.hypot(pn.x - goal.x, pn.y - goal.y) < Math.hypot(pb.x - goal.x, pb.y - goal.y) ? n : best;
          }, next);
        }
      }
      m.from = here;
      m.to = next;
      m.t = 0;
      a = nodes[m.from] as Pt;
      b = nodes[m.to] as Pt;
      len = Math.max(1, Math.hypot(b.x - a.x, b.y - a.y));
    }
    const dx = (b.x - a.x) / len;
    const dy = (b.y - a.y) / len;
    const width = this.edgeWidths.get(`${m.from}-${m.to}`) ?? 26;
    let x = a.x + (b.x - a.x) * m.t;
    let y = a.y + (b.y - a.y) * m.t;
    if (m.kind === 'truck') {
      // Drive on the right.
      x += -dy * 7;
      y += dx * 7;
      const horizontal = Math.abs(dx) > Math.abs(dy);
      const key = horizontal ? 'truck-side' : dy > 0 ? 'truck-front' : 'truck-back';
      if (m.sprite.texture.key !== key) {
        m.sprite.setTexture(key);
        const origin = spriteOrigin(key);
        m.sprite.setOrigin(origin.x, origin.y);
      }
      m.sprite.setFlipX(horizontal && dx < 0);
    } else {
      // Walk along the pavement on one side of the street.
      const off = (width / 2 + 4) * m.side;
      const horizontal = Math.abs(dx) > Math.abs(dy);
      if (horizontal) y += off;
      else x += off;
      m.phase += dt * 9;
      y += Math.sin(m.phase) * 0.6;
    }
    m.sprite.setPosition(x, y);
    m.sprite.setDepth(y);
    const edge = Math.min(x - BOARD.x, BOARD.x + BOARD.width - x, BOARD.y + BOARD.height - y);
    if (!m.leaving) m.sprite.setAlpha(clamp(edge / 30, 0, 1));
  }
}
