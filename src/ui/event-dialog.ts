// The event dialog (#event-dialog): a native modal <dialog> shown in the `event` phase with the
// scenario event's title and text and one button per choice. A choice must be made: Escape does
// not close it (the `cancel` event is refused, and if the browser closes it anyway it reopens).
// Keys carried over from End year (held, repeated) are ignored inside it (key-guard.ts).
import { currentState, type GameSnapshot } from '../flow';
import { el, type Component, type UiContext } from './component';
import { t } from './i18n';
import { guardCarriedKeys } from './key-guard';
import { localized, scenarioTextsKey } from './scenario-texts';
import './event-dialog.css';

interface ShownEvent {
  key: string;
  /** Where focus goes when the dialog opens: the heading, so an Enter pressed for End year cannot pick a choice. */
  heading: HTMLElement;
}

/** The scenario event waiting for a choice, with its text, or null. */
function activeEvent(snapshot: GameSnapshot) {
  const { context } = snapshot;
  if (snapshot.value !== 'event' || !context.scenario || context.history.length === 0) return null;
  const state = currentState(context);
  // The event's texts in the chosen language (its ids are the scenario's own).
  const spec = localized(context.scenario).events.find((e) => e.id === state.activeEvent);
  return spec ? { spec, year: state.year, termYear: state.t } : null;
}

export function mountEventDialog(root: HTMLDialogElement, ctx: UiContext): Component {
  const { doc } = ctx;
  let shown: ShownEvent | null = null;
  let chosen = false;

  root.classList.add('event-dialog', 'dialog-card');
  root.setAttribute('aria-labelledby', 'event-title');
  root.setAttribute('aria-describedby', 'event-text');

  // A key held down or repeated from the previous screen (End year) must not activate a choice.
  const guard = guardCarriedKeys(root, doc);

  // Escape must not dismiss the dialog without a choice.
  root.addEventListener('cancel', (event) => event.preventDefault());
  // Some browsers close a modal on a repeated Escape even when cancel is refused: open it again.
  root.addEventListener('close', () => {
    if (!chosen && ctx.snapshot().value === 'event') open(false);
  });

  /** Opens the dialog and focuses its heading; an update while it is open leaves focus where the player put it. */
  function open(rebuilt: boolean): void {
    if (!root.open) {
      // The Enter that ended the year may still be down: it, and its repeats, must not choose.
      guard.opened();
      if (typeof root.showModal === 'function') root.showModal();
      else root.setAttribute('open', '');
    } else if (!rebuilt) return;
    shown?.heading.focus();
  }


  function build(snapshot: GameSnapshot, key: string): void {
    const event = activeEvent(snapshot);
    if (!event) return;
    const { spec } = event;
    const kicker = el(
      doc,
      'p',
      { class: 'event-dialog__kicker' },
      t('Event · {year} · year {k}', { year: event.year, k: event.termYear }),
    );
    const title = el(doc, 'h2', { id: 'event-title', class: 'event-dialog__title', tabindex: '-1' }, spec.title);
    const text = el(doc, 'p', { id: 'event-text', class: 'event-dialog__text' }, spec.text);
    const question = el(doc, 'p', { class: 'event-dialog__question', id: 'event-question' }, t('What do you do?'));
    const choices = el(doc, 'div', {
      class: 'event-dialog__choices',
      role: 'group',
      'aria-labelledby': 'event-question',
    });
    spec.choices.forEach((choice, i) => {
      const labelId = `event-choice-${i}-label`;
      const descId = `event-choice-${i}-text`;
      // Named by everything it shows, the label then what it means (WCAG 2.5.3: the visible text is in the name).
      const button = el(doc, 'button', {
        type: 'button',
        class: 'event-choice',
        'aria-labelledby': `${labelId} ${descId}`,
      });
      button.append(
        el(doc, 'span', { class: 'event-choice__label', id: labelId }, choice.label),
        // A space between the two, so the button's text reads as two phrases, as its name does.
        doc.createTextNode(' '),
        el(doc, 'span', { class: 'event-choice__text', id: descId }, choice.text),
      );
      button.addEventListener('click', () => {
        chosen = true;
        ctx.send({ type: 'CHOOSE', choiceId: choice.id });
      });
      choices.append(button);
    });
    root.replaceChildren(kicker, title, text, question, choices);
    shown = { key, heading: title };
  }

  return {
    update(snapshot) {
      const event = activeEvent(snapshot);
      if (!event) {
        shown = null;
        chosen = true;
        if (root.open) root.close();
        return;
      }
      const key = `${snapshot.context.seed}/${event.year}/${event.spec.id}/${scenarioTextsKey()}`;
      const rebuilt = shown?.key !== key;
      if (rebuilt) {
        chosen = false;
        build(snapshot, key);
      }
      open(rebuilt);
    },
  };
}
