// Hand in results (issue 11): in a workshop game, a button in the year report and the debrief that
// shows the team's result code for the years played so far. The panel itself (the code, its QR code,
// the file) is loaded on first use (workshop-hand-in-panel.ts), so ordinary games do not carry it.
import type { GameSnapshot } from '../flow';
import { el } from './component';
import { t } from './i18n';

/** The Hand in results button and where its panel goes; null for a game that is not a workshop team's. */
export function handInControl(
  doc: Document,
  snapshot: () => GameSnapshot,
  announce: (message: string) => void,
): { button: HTMLButtonElement; panel: HTMLElement } | null {
  if (!snapshot().context.workshop) return null;
  const panel = el(doc, 'section', { class: 'hand-in', id: 'hand-in-panel', 'aria-labelledby': 'hand-in-heading' });
  panel.hidden = true;
  const button = el(
    doc,
    'button',
    { type: 'button', class: 'primary', 'aria-controls': 'hand-in-panel' },
    t('Hand in results'),
  );
  button.setAttribute('aria-expanded', 'false');
  button.addEventListener('click', () => {
    button.disabled = true;
    import('./workshop-hand-in-panel')
      .then(({ fillHandIn }) => {
        fillHandIn(panel, snapshot(), announce);
        panel.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        panel.querySelector<HTMLElement>('textarea')?.focus();
      })
      .catch(() => {
        panel.replaceChildren(
          el(doc, 'p', { role: 'alert' }, t('The result code could not be made: check your connection and try again.')),
        );
        panel.hidden = false;
      })
      .finally(() => {
        button.disabled = false;
      });
  });
  return { button, panel };
}
