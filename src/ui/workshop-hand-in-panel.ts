// The Hand in results panel (loaded on first use by workshop-hand-in.ts): the team's result code for
// the years played so far in a read-only field labelled Result code, with Copy; its QR code, drawn
// with DOM calls (an SVG of rectangles, never markup); and a file to download. The code carries the
// session's id, the team's name and its decisions (src/platform/workshop-result-code.ts): the
// facilitator's dashboard replays them through the model.
import type { GameSnapshot } from '../flow';
import { downloadText } from '../platform/files';
import { WorkshopCodeError } from '../platform/workshop-code-error';
import { encodeResultCode } from '../platform/workshop-result-code';
import { adoptGameScenario, loadKeptScenarios } from '../platform/workshop-scenarios';
import { decodeSessionCode } from '../platform/workshop-session-code';
import { el } from './component';
import { qrImage } from './qr-image';
import { t } from './i18n';
import { resultFileName } from './workshop-team-logic';
import './locales/workshop';

export function fillHandIn(panel: HTMLElement, snapshot: GameSnapshot, announce: (message: string) => void): void {
  const doc = panel.ownerDocument;
  const { workshop, log, scenario } = snapshot.context;
  const heading = el(doc, 'h4', { id: 'hand-in-heading' }, t('Hand in results'));
  if (!workshop || !scenario || log.length === 0) {
    panel.replaceChildren(heading, el(doc, 'p', {}, t('There is nothing to hand in before the first year is played.')));
    return;
  }
  // A session on a custom scenario reads once the scenario is known: kept on this device, or the game's own.
  loadKeptScenarios(pageStorage(doc));
  adoptGameScenario(workshop.sessionCode, scenario);
  let code: string;
  try {
    code = encodeResultCode(decodeSessionCode(workshop.sessionCode), workshop.teamName, log);
  } catch (error) {
    const lost =
      error instanceof WorkshopCodeError &&
      (error.problem === 'missingScenario' || error.problem === 'otherScenarioVersion');
    panel.replaceChildren(
      heading,
      el(
        doc,
        'p',
        { role: 'alert' },
        lost
          ? t(
              'This game’s session plays a scenario this device no longer has. Open the session’s join link again (or its scenario file on the join screen), then come back to hand in.',
            )
          : t('This game’s session code cannot be read by this version, so no result code can be made.'),
      ),
    );
    return;
  }
  const year = scenario.startYear + log.length;
  const lead = el(
    doc,
    'p',
    {},
    log.length === 1
      ? t(
          'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for the first year; the dashboard replays them.',
        )
      : t(
          'Give this code to the facilitator: type it, show the QR code, or send the file. It holds your decisions for years 1 to {k}; the dashboard replays them.',
          {
            k: log.length,
          },
        ),
  );
  const label = el(doc, 'label', { for: 'hand-in-code' }, t('Result code'));
  const field = el(doc, 'textarea', {
    id: 'hand-in-code',
    class: 'hand-in__code',
    readonly: '',
    rows: '3',
    spellcheck: 'false',
    autocomplete: 'off',
    'aria-describedby': 'hand-in-meta',
  });
  field.value = code;
  const meta = el(
    doc,
    'p',
    { id: 'hand-in-meta', class: 'hand-in__meta' },
    t('{n} characters · team {team} · {year}', { n: code.replace(/-/g, '').length, team: workshop.teamName, year }),
  );
  const status = el(doc, 'p', { role: 'status', class: 'hand-in__meta' });
  const copy = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Copy'));
  copy.addEventListener('click', () => {
    field.select();
    const clipboard = doc.defaultView?.navigator.clipboard;
    const done = (copied: boolean) => {
      const text = copied
        ? t('Result code copied to the clipboard.')
        : t('This browser did not let the page copy it: select the code in the field and copy it.');
      status.textContent = text;
      announce(text);
    };
    if (!clipboard?.writeText) return done(false);
    clipboard.writeText(code).then(
      () => done(true),
      () => done(false),
    );
  });
  const download = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Download the code'));
  download.addEventListener('click', () =>
    downloadText(doc, resultFileName(workshop.teamName, year), `${code}\n`, 'text/plain'),
  );
  const row = el(doc, 'div', { class: 'hand-in__row' });
  row.append(copy, download);
  panel.replaceChildren(
    heading,
    lead,
    label,
    field,
    meta,
    row,
    status,
    qrImage(doc, code, t('QR code of the result code'), 'hand-in__qr'),
  );
}

/** The page's storage, if the browser lets the page have it. */
function pageStorage(doc: Document): Storage | null {
  try {
    return doc.defaultView?.localStorage ?? null;
  } catch {
    return null;
  }
}
