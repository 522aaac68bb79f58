// "Open the scenario file": how a device without a session's custom scenario gets it from the file
// the facilitator hands out (the join screen, and a dashboard opened on another device). A button
// that opens a hidden file input, as the other file imports do; the file is read as text, validated,
// checked against the session code's fingerprint and kept (workshop-scenarios.ts). Its one problem,
// if any, is shown under the button.
import { takeScenarioFile } from '../platform/workshop-scenarios';
import type { Scenario } from '../scenario';
import { renderMsg } from '../view/report';
import type { CustomScenarioRef } from '../view/workshop-session';
import { el } from './component';
import { t } from './i18n';

export interface ScenarioFileControl {
  element: HTMLElement;
  /** Shows a problem under the button (null: none). */
  problem(text: string | null): void;
  focus(): void;
  label(): void;
}

export function scenarioFileControl(
  doc: Document,
  options: {
    id: string;
    storage: Storage | null;
    /** The scenario the session code names, when the file is chosen. */
    ref(): CustomScenarioRef | null;
    /** The session's scenario is kept on this device now. */
    taken(scenario: Scenario): void;
  },
): ScenarioFileControl {
  const element = el(doc, 'div', { class: 'workshop-field workshop-scenario-file' });
  const input = el(doc, 'input', {
    id: options.id,
    type: 'file',
    accept: '.json,application/json',
    // Out of the page and its accessibility tree: the button is the one control (as the editor's import).
    hidden: '',
  });
  const button = el(doc, 'button', { type: 'button', class: 'secondary' });
  const error = el(doc, 'p', { id: `${options.id}-error`, class: 'workshop-error', role: 'alert' });
  error.hidden = true;
  element.append(button, input, error);
  button.addEventListener('click', () => input.click());

  function problem(text: string | null): void {
    error.textContent = text ?? '';
    error.hidden = text === null;
    if (text === null) button.removeAttribute('aria-describedby');
    else button.setAttribute('aria-describedby', error.id);
  }

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    problem(null);
    void takeScenarioFile(options.storage, file, options.ref()).then((taken) => {
      if ('problem' in taken) problem(renderMsg(taken.problem, t));
      else options.taken(taken.scenario);
    });
  });

  const label = () => {
    button.textContent = t('Open the scenario file');
  };
  label();
  return { element, problem, focus: () => button.focus(), label };
}
