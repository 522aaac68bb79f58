// The one-page student handout of a session: how to join, the session code, the QR code of the join
// link and the rules. Hidden on screen; `Print the student handout` prints it alone (print CSS in
// workshop-facilitator.css). Also what the printing of a team's memo uses: printOnly().
import { baseScenario, type SessionSettings } from '../view/workshop-session';
import { el } from './component';
import { t } from './i18n';
import { localized } from './scenario-texts';
import { qrImage } from './qr-image';

/**
 * Prints only the elements marked for it: the root gets `workshop-printing` and `mode` while the
 * print dialog is open (the print style sheet hides everything else).
 */
export function printOnly(doc: Document, mode: 'handout' | 'memo'): void {
  const view = doc.defaultView;
  const html = doc.documentElement;
  const classes = ['workshop-printing', `workshop-printing--${mode}`];
  html.classList.add(...classes);
  const done = () => html.classList.remove(...classes);
  if (!view) return done();
  view.addEventListener('afterprint', done, { once: true });
  try {
    view.print();
  } finally {
    // print() returns after the dialog in most browsers; afterprint also cleans up where it does not.
    view.setTimeout(done, 0);
  }
}

export function printHandout(doc: Document): void {
  printOnly(doc, 'handout');
}

export interface Handout {
  element: HTMLElement;
  set(settings: SessionSettings, code: string, link: string): void;
  label(): void;
}

export function mountHandout(doc: Document): Handout {
  const element = el(doc, 'section', { class: 'workshop-handout', 'aria-hidden': 'true' });
  let shown: { settings: SessionSettings; code: string; link: string } | null = null;

  function draw(): void {
    if (!shown) {
      element.replaceChildren();
      return;
    }
    const { settings, code, link } = shown;
    const scenario = localized(baseScenario(settings));
    const title = el(doc, 'h2', {}, t('Cluster Policy Lab: workshop session'));
    const sub = el(
      doc,
      'p',
      { class: 'workshop-handout__scenario' },
      t('{scenario}, {years} years', { scenario: scenario.name, years: settings.termYears }),
    );
    const codeBox = el(doc, 'div', { class: 'workshop-handout__code' });
    codeBox.append(el(doc, 'span', {}, t('Session code')), el(doc, 'strong', {}, code));
    const join = el(doc, 'div', { class: 'workshop-handout__join' });
    const steps = el(doc, 'ol');
    // A scenario of the facilitator's own comes with the join link or its file, never on paper.
    const custom = settings.scenarioFingerprint !== undefined;
    for (const step of [
      custom
        ? t(
            'This session plays a scenario made for it, which your device does not have yet: the facilitator sends you the join link or the scenario file.',
          )
        : t('Scan the QR code, or open the join link: {link}', { link }),
      custom
        ? t(
            'Open the join link. Or scan the QR code (or choose Workshop, then Join a session, and type the session code), then open the scenario file.',
          )
        : t('Or open Cluster Policy Lab, choose Workshop, then Join a session, and type the session code.'),
      t('Type your team’s name and press Join.'),
    ])
      steps.append(el(doc, 'li', {}, step));
    const joinText = el(doc, 'div');
    joinText.append(el(doc, 'h3', {}, t('How to join')), steps);
    join.append(joinText, qrImage(doc, link, t('QR code of the join link'), 'workshop-handout__qr'));
    const rules = el(doc, 'ul');
    const lines = [
      t('Every team plays the same cluster with the same luck: differences come from your decisions.'),
      t('Each year: share out the budget, set the tariff and the rules, predict what will happen, then end the year.'),
      settings.timerMinutes !== null
        ? t('You have {minutes} minutes for each year.', { minutes: settings.timerMinutes })
        : t('There is no timer: the facilitator tells you when to move on.'),
      settings.roles
        ? t('Each member takes a role and reads its brief: argue for your constituency, then decide together.')
        : null,
      t(
        'At the end of the term (or when the facilitator asks), press Hand in results and give the facilitator your result code: type it, show its QR code or send its file.',
      ),
      t('Once the page has loaded, the game works without internet.'),
    ];
    for (const line of lines) if (line) rules.append(el(doc, 'li', {}, line));
    element.replaceChildren(title, sub, codeBox, join, el(doc, 'h3', {}, t('The rules')), rules);
  }

  return {
    element,
    set(settings, code, link) {
      shown = { settings, code, link };
      draw();
    },
    label: draw,
  };
}
