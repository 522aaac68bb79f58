// A question with a few answers, on a native modal <dialog>: its heading is the dialog's accessible
// name and its text the description; one button per answer. Focus goes to the safe answer when it
// opens and back where it was when it closes. Escape gives the `cancel` answer (when there is one;
// otherwise Escape does nothing). Keys carried over from before it opened never choose (key-guard).
import { el } from './component';
import { guardCarriedKeys } from './key-guard';
import './choice-dialog.css';

export interface Choice {
  id: string;
  label: string;
  /** The look of the button: the main action, a destructive one, or a plain one. */
  kind?: 'primary' | 'danger' | 'secondary';
}

export interface ChoiceQuestion {
  title: string;
  /** One paragraph each. */
  text: string[];
  choices: Choice[];
  /** The answer focused when the dialog opens (the safe one). */
  focus: string;
  /** The answer Escape gives; null: the dialog needs a button. */
  cancel: string | null;
  /** An id for the dialog element (tests find it by role and name; this is for styling hooks). */
  id?: string;
}

let opened = 0;

/** Shows the question and resolves with the id of the answer chosen. */
export function askChoice(doc: Document, question: ChoiceQuestion): Promise<string> {
  const n = ++opened;
  const dialog = el(doc, 'dialog', {
    class: 'choice-dialog dialog-card',
    'aria-labelledby': `choice-dialog-${n}-title`,
    'aria-describedby': `choice-dialog-${n}-text`,
  });
  if (question.id) dialog.id = question.id;
  const title = el(doc, 'h2', { id: `choice-dialog-${n}-title`, class: 'choice-dialog__title' }, question.title);
  const text = el(doc, 'div', { id: `choice-dialog-${n}-text`, class: 'choice-dialog__text' });
  for (const paragraph of question.text) text.append(el(doc, 'p', {}, paragraph));
  const actions = el(doc, 'div', { class: 'choice-dialog__actions' });
  const returnFocus = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const guard = guardCarriedKeys(dialog, doc);

  return new Promise((resolve) => {
    let answered = false;
    const answer = (id: string) => {
      if (answered) return;
      answered = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      if (returnFocus?.isConnected) returnFocus.focus();
      resolve(id);
    };
    let focusButton: HTMLButtonElement | null = null;
    for (const choice of question.choices) {
      const button = el(
        doc,
        'button',
        { type: 'button', class: `${choice.kind === 'primary' ? 'primary' : 'secondary'}${choice.kind === 'danger' ? ' danger' : ''}` },
        choice.label,
      );
      button.dataset.choice = choice.id;
      button.addEventListener('click', () => answer(choice.id));
      if (choice.id === question.focus) focusButton = button;
      actions.append(button);
    }
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      if (question.cancel !== null) answer(question.cancel);
    });
    // Closed some other way (a browser's second Escape): that is the cancel answer, or open again.
    dialog.addEventListener('close', () => {
      if (answered) return;
      if (question.cancel !== null) answer(question.cancel);
      else dialog.showModal();
    });
    dialog.append(title, text, actions);
    doc.body.append(dialog);
    guard.opened();
    dialog.showModal();
    ((focusButton as HTMLButtonElement | null) ?? title).focus();
  });
}
