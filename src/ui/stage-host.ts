// The Phaser stage's host element (#stage), moved by the app shell into the slot of the screen that
// shows it: the world map or the town. The stage's code is loaded on first use; a failed download
// says so in the stage's place and offers a retry. The shell decides where the stage goes
// (app.ts); this file only loads it, places it and hands it the view to draw.
import type { GameSnapshot } from '../flow';
import { allScenarios } from '../scenario';
import { selectMap } from '../view/map';
import type { StageHandle, StartStage } from '../view/stage';
import { selectTown } from '../view/town-select';
import { t } from './i18n';

/** Where the stage goes on a screen: the slot element's id, and what it draws there. */
export interface StagePlace {
  slot: string;
  show: 'map' | 'town';
}

export interface StageHostOptions {
  /** The stage's host element (#stage). */
  host: HTMLElement;
  startStage: StartStage;
  reducedMotion(): boolean;
  /** Called when the stage has loaded, to draw the screen on it. */
  loaded(): void;
}

export interface StageHost {
  /** Puts the stage in its place on this screen and draws it; null hides it (a screen without it). */
  draw(place: StagePlace | null, snapshot: GameSnapshot): void;
  setReducedMotion(reduced: boolean): void;
}

export function mountStageHost(doc: Document, options: StageHostOptions): StageHost {
  const { host } = options;
  let stage: StageHandle | null = null;
  let stageLoading: Promise<StageHandle | null> | null = null;

  // Shown in the stage's place when its code could not be downloaded (a flaky network).
  const stageError = doc.createElement('div');
  stageError.className = 'stage-error';
  stageError.setAttribute('role', 'alert');
  stageError.hidden = true;
  const stageErrorText = doc.createElement('p');
  const retry = doc.createElement('button');
  retry.type = 'button';
  retry.className = 'secondary';
  retry.addEventListener('click', () => {
    stageError.hidden = true;
    void ensureStage();
  });
  stageError.append(stageErrorText, retry);
  function labelStageError(): void {
    stageErrorText.textContent = t('The town could not be loaded. Check your connection and try again; your game is safe.');
    retry.textContent = t('Retry');
  }

  /** The town and map code, loaded on first use; a failed download says so and offers a retry. */
  function ensureStage(): Promise<StageHandle | null> {
    if (stage) return Promise.resolve(stage);
    stageLoading ??= options.startStage(host).then(
      (handle) => {
        stage = handle;
        stageError.hidden = true;
        handle.setReducedMotion(options.reducedMotion());
        options.loaded();
        return handle;
      },
      () => {
        // Forget the failed attempt so Retry (or the next screen) loads again.
        stageLoading = null;
        if (stageError.parentElement !== host) host.append(stageError);
        labelStageError();
        stageError.hidden = false;
        retry.focus({ preventScroll: true });
        return null;
      },
    );
    return stageLoading;
  }

  return {
    draw(place, snapshot) {
      if (!place) {
        host.hidden = true;
        return;
      }
      host.hidden = false;
      const slot = doc.getElementById(place.slot);
      if (!slot) throw new Error(`missing #${place.slot} in index.html`);
      // The shell places the stage's host element; the stage only sizes its canvas to it.
      if (host.parentElement !== slot) slot.append(host);
      if (!stage) {
        void ensureStage();
        return;
      }
      stage.attach(slot);
      if (place.show === 'map') stage.showWorldMap(selectMap(allScenarios()));
      else {
        const town = selectTown(snapshot);
        if (town) {
          stage.showTown(town);
          // A readable summary of what the canvas draws, for browser tests and debugging.
          host.dataset.town = JSON.stringify({
            year: town.year,
            buildings: town.buildings.filter((b) => b.change !== 'closing').length,
            roads: Math.round(town.roads * 100) / 100,
            power: Math.round(town.power * 100) / 100,
            trainingCentre: town.trainingCentre,
            researchCentre: town.researchCentre,
          });
        }
      }
    },
    setReducedMotion(reduced) {
      stage?.setReducedMotion(reduced);
    },
  };
}
