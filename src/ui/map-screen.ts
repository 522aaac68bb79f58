// The world map: a pin button per real cluster over the Phaser map, and every scenario (archetypes
// too) as plain buttons in a list, for keyboard users and small screens. Both are named by the
// cluster's short name, in the chosen language.
import { allScenarios } from '../scenario';
import { selectMap, type MapPin } from '../view/map';
import { CLUSTER_TYPE_LABELS } from '../view/labels';
import { el, type Component, type UiContext } from './component';
import { t } from './i18n';
import { localized, scenarioTextsKey } from './scenario-texts';

/** The map's ways out, built by the app shell (app.ts). */
export interface MapWays {
  /** Back to the title. */
  back(): void;
  /** Starts a new game on a scenario. */
  startScenario(id: string): void;
  /** Make your own: the scenario editor. */
  openEditor(): void;
}

export function mountMapScreen(root: HTMLElement, ctx: UiContext, ways: MapWays): Component {
  const { doc } = ctx;
  const pins = root.querySelector<HTMLElement>('#map-pins');
  const list = root.querySelector<HTMLElement>('#cluster-list');
  root.querySelector('#map-back')?.addEventListener('click', () => ways.back());

  const describe = (pin: MapPin): string =>
    pin.position ? `${pin.country} · ${pin.sector}` : `${t('Archetype')} · ${t(CLUSTER_TYPE_LABELS[pin.type])}`;

  // A legend for the pin shapes (shape is the second cue beside colour).
  const legend = el(doc, 'ul', { class: 'map-legend', 'aria-label': t('Kinds of cluster') });
  for (const type of ['survival', 'mass-producers', 'tnc'] as const) {
    const item = el(doc, 'li', { class: `map-legend__item map-pin--${type}` });
    item.append(el(doc, 'span', { class: 'map-pin__dot', 'aria-hidden': 'true' }), el(doc, 'span', {}, t(CLUSTER_TYPE_LABELS[type])));
    legend.append(item);
  }
  root.querySelector('#map-stage-slot')?.after(legend);

  // Your own cluster: the scenario editor (a screen of its own).
  const own = el(doc, 'div', { class: 'map-own' });
  const ownText = el(doc, 'p', { class: 'map-own__text', id: 'map-own-desc' });
  const ownButton = el(doc, 'button', { type: 'button', class: 'secondary', id: 'map-make-own', 'aria-describedby': 'map-own-desc' });
  ownButton.addEventListener('click', () => ways.openEditor());
  own.append(ownButton, ownText);
  legend.after(own);
  const labelOwn = (): void => {
    ownButton.textContent = t('Make your own');
    ownText.textContent = t('Build a cluster from your own country, starting from one of these.');
  };
  labelOwn();

  /** The pins and the list, with the clusters' names in the chosen language. */
  function build(): void {
    const view = selectMap(allScenarios().map(localized));
    pins?.replaceChildren(
      ...view.pins
        .filter((pin) => pin.position)
        .map((pin) => {
          const button = el(doc, 'button', { type: 'button', class: `map-pin map-pin--${pin.type}`, 'data-scenario': pin.id, title: `${pin.name}: ${describe(pin)}` });
          button.append(el(doc, 'span', { class: 'map-pin__dot', 'aria-hidden': 'true' }), el(doc, 'span', { class: 'map-pin__label' }, pin.shortName));
          button.style.insetInlineStart = `${((pin.position?.x ?? 0) * 100).toFixed(2)}%`;
          button.style.insetBlockStart = `${((pin.position?.y ?? 0) * 100).toFixed(2)}%`;
          button.addEventListener('click', () => ways.startScenario(pin.id));
          return button;
        }),
    );
    list?.replaceChildren(
      ...view.pins.map((pin) => {
        const item = el(doc, 'li', { class: `cluster-card cluster-card--${pin.type}` });
        const button = el(doc, 'button', { type: 'button', 'data-scenario': pin.id, 'aria-describedby': `cluster-desc-${pin.id}` }, pin.shortName);
        button.addEventListener('click', () => ways.startScenario(pin.id));
        const text = el(doc, 'span', { id: `cluster-desc-${pin.id}`, class: 'cluster-card__desc' }, describe(pin));
        item.append(button, text);
        return item;
      }),
    );
  }

  let builtFor = scenarioTextsKey();
  build();

  return {
    update() {
      // Rebuilt when the language changes or its scenario texts arrive.
      const key = scenarioTextsKey();
      if (key === builtFor) return;
      builtFor = key;
      build();
      labelOwn();
    },
  };
}
