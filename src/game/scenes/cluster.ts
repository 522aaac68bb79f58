// Cluster: the living town, a conductor of systems. It draws a TownView on a board seen from above
// at a slight angle and, when a new view arrives, animates only what changed. Each concern is a
// system in ../town that owns its game objects: the board (ground, roads, trees, power lines), the
// landmarks (the centres and the export gateway), the buildings (and the greenery on vacant plots),
// the traffic (ships or trains, trucks, people), the effects (smoke, fire, dust, sparks) and the
// mood (light, clouds, the year plaque, the dawn and banner of a new year). The scene fits the
// camera, hands every new view to the systems, steps them each frame and tells the stage whether any
// still moves, so the stage can stop drawing. With reduced motion everything is drawn in its final
// state and nothing moves.
import * as Phaser from 'phaser';
import type { TownView } from '../../view/town';
import type { StageBridge } from '../bridge';
import { TABLE } from '../palette';
import { seededRandom } from '../rng';
import { Board } from '../town/board';
import { Buildings } from '../town/buildings';
import type { TownContext, TownSystem } from '../town/context';
import { Effects } from '../town/effects';
import { Landmarks } from '../town/landmarks';
import { Mood } from '../town/mood';
import { Traffic } from '../town/traffic';
import { createTownLayout, WORLD_HEIGHT, WORLD_WIDTH } from '../town-layout';

interface Town {
  context: TownContext;
  board: Board;
  /** The systems in the order the first view is laid down, bottom layers first. */
  firstOrder: TownSystem[];
  /** The order a later view's changes play out in. */
  changeOrder: TownSystem[];
}

export class ClusterScene extends Phaser.Scene {
  private town: Town | null = null;
  private shown: TownView | null = null;

  constructor(private readonly bridge: StageBridge) {
    super('Cluster');
  }

  create(): void {
    this.town = null;
    this.shown = null;
    const onResize = () => this.fitCamera();
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    this.events.on(Phaser.Scenes.Events.WAKE, () => {
      this.fitCamera();
      this.refresh();
    });
    this.cameras.main.setBackgroundColor(TABLE);
    this.fitCamera();
    this.refresh();
  }

  /**
   * Whether the next frame may differ from this one: whether any system is animating (people,
   * trucks, smoke, clouds, a tween still running). With reduced motion none is once a change has
   * been drawn. The stage stops drawing when nothing moves.
   */
  isAnimating(): boolean {
    if (!this.sys.isActive() || !this.town) return false;
    return this.town.firstOrder.some((system) => system.animating());
  }

  /** Called by the stage when a new view or motion setting arrives. */
  refresh(): void {
    if (!this.sys.isActive()) return;
    const view = this.bridge.townView;
    if (!view) return;
    const reduced = this.bridge.reducedMotion;
    const shown = this.shown;
    const town = this.town;
    // A different town, a new game or a loaded save (time went back), or a new motion setting: redraw from scratch.
    if (
      !town ||
      !shown ||
      shown.scenarioId !== view.scenarioId ||
      shown.exportGateway !== view.exportGateway ||
      view.t < shown.t ||
      reduced !== town.context.reduced
    ) {
      this.rebuild(view, reduced);
      return;
    }
    if (view === shown) return;
    this.shown = view;
    const animate = !reduced;
    for (const system of town.changeOrder) system.sync(view, animate);
  }

  override update(_time: number, delta: number): void {
    const town = this.town;
    if (!town || town.context.reduced) return;
    const dt = Math.min(delta, 100) / 1000;
    for (const system of town.firstOrder) system.update(dt);
  }

  /**
   * Shows the whole board when the slot has the board's 4:3 shape; in a wider or taller slot it
   * zooms in a little (up to 18 %) and crops the far edge rather than leave wide empty bands.
   */
  private fitCamera(): void {
    const width = Math.max(1, this.scale.width);
    const height = Math.max(1, this.scale.height);
    const cam = this.cameras.main;
    cam.setSize(width, height);
    const fit = Math.min(width / WORLD_WIDTH, height / WORLD_HEIGHT);
    const cover = Math.max(width / WORLD_WIDTH, height / WORLD_HEIGHT);
    const zoom = Math.min(cover, fit * 1.18);
    cam.setZoom(zoom);
    const visibleHeight = height / zoom;
    // Keep the top (the year plaque and the export gateway) in view; crop the bottom first.
    const centreY = visibleHeight < WORLD_HEIGHT ? visibleHeight / 2 : WORLD_HEIGHT / 2;
    cam.centerOn(WORLD_WIDTH / 2, centreY);
    // The ground is drawn at the zoom's resolution.
    this.town?.board.refit();
  }

  /** A new scenario, the first show, or a motion setting change: a fresh set of systems. */
  private rebuild(view: TownView, reduced: boolean): void {
    this.tweens.killAll();
    this.time.removeAllEvents();
    this.children.removeAll(true);
    const layout = createTownLayout(view.scenarioId, view.exportGateway);
    const context: TownContext = { scene: this, layout, reduced, rand: seededRandom(layout.seed ^ 0x2545f491) };
    // Sparks fly at the open workshops of the moment, which the buildings know.
    const effects: Effects = new Effects(context, () => buildings.openWorkshops());
    const board = new Board(context, effects);
    const landmarks = new Landmarks(context, effects);
    const buildings = new Buildings(context, effects);
    const traffic = new Traffic(context);
    const mood = new Mood(context);
    this.town = {
      context,
      board,
      firstOrder: [board, landmarks, buildings, traffic, mood, effects],
      changeOrder: [board, buildings, landmarks, traffic, mood, effects],
    };
    this.shown = view;
    for (const system of this.town.firstOrder) system.sync(view, false);
  }
}
