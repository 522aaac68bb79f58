// Predict, then see (DOM). Three pieces, each hooked in by its screen with a line or two:
//  - mountPrediction: the optional "Your prediction" group in the budget panel, just before End
//    year: per indicator a radio group Rise / About the same / Fall and an optional size. Every
//    change is sent as SET_PREDICTION; the group redraws from the snapshot's context.prediction.
//    Folded in the first year (the player is learning the budget), open from the second year on,
//    unless the player opened or closed it, which is then kept.
//  - predictionReportSection: the year report's "Your prediction": predicted, happened, right or
//    wrong, and for a miss what was misjudged (src/view/prediction.ts).
//  - calibrationSection: the debrief's calibration over the term.
// Text goes in via textContent only.
import {
  PREDICTION_DIRECTIONS,
  PREDICTION_INDICATORS,
  type GameSnapshot,
  type IndicatorPrediction,
  type PredictionDirection,
  type PredictionIndicator,
} from '../flow';
import { renderMsg, type Msg } from '../view/report';
import { bandHint, PREDICTION_UNITS, type CalibrationView, type PredictionReport } from '../view/prediction';
import { el, scrollingTable, setDisabled, setText, type UiContext } from './component';
import { t } from './i18n';
import './prediction.css';

const tr = (m: Msg): string => renderMsg(m, t);

const ARROW: Record<PredictionDirection, string> = { rise: '▲', same: '=', fall: '▼' };

/** The radio's name, and the visible word when it is shorter (so a row fits a phone; the name contains it). */
function directionWords(direction: PredictionDirection): { name: string; shown: string | null } {
  if (direction === 'rise') return { name: t('Rise'), shown: null };
  if (direction === 'fall') return { name: t('Fall'), shown: null };
  return { name: t('About the same'), shown: t('Same') };
}

/** The indicator's name, translated (the report's headline words). */
function indicatorName(indicator: PredictionIndicator): string {
  return indicator === 'output' ? t('Output') : indicator === 'jobs' ? t('Jobs') : t('Poverty');
}

/** The player's own choice to open or close the group (kept from one year to the next); null: the default. */
let openChoice: boolean | null = null;

export interface PredictionControls {
  /** The group, to place just before End year. */
  element: HTMLElement;
  update(snapshot: GameSnapshot): void;
}

interface RowControls {
  row: HTMLElement;
  radios: Record<PredictionDirection, HTMLInputElement>;
  size: HTMLInputElement;
}

export function mountPrediction(ctx: UiContext): PredictionControls {
  const { doc } = ctx;
  const details = el(doc, 'details', { class: 'prediction' });
  const summary = el(doc, 'summary', { class: 'prediction__summary' });
  const title = el(doc, 'span', { class: 'prediction__title' }, t('Your prediction'));
  const status = el(doc, 'span', { class: 'prediction__status' });
  summary.append(title, status);
  const group = el(doc, 'fieldset', {
    class: 'prediction__group',
    'aria-describedby': 'prediction-intro prediction-hint',
  });
  // The summary shows the name; the legend gives the group the same one for screen readers.
  group.append(el(doc, 'legend', { class: 'visually-hidden' }, t('Your prediction')));
  const intro = el(doc, 'p', { class: 'prediction__intro', id: 'prediction-intro' });
  group.append(intro);

  const rows = {} as Record<PredictionIndicator, RowControls>;
  // One grid for the three rows, so their names, choices and sizes line up in any language.
  const table = el(doc, 'div', { class: 'prediction__rows' });
  group.append(table);
  for (const indicator of PREDICTION_INDICATORS) {
    const labelId = `prediction-${indicator}-label`;
    const row = el(doc, 'div', { class: 'prediction__row', role: 'radiogroup', 'aria-labelledby': labelId });
    row.append(el(doc, 'span', { class: 'prediction__label', id: labelId }, indicatorName(indicator)));
    const choices = el(doc, 'span', { class: 'prediction__choices' });
    const radios = {} as Record<PredictionDirection, HTMLInputElement>;
    for (const direction of PREDICTION_DIRECTIONS) {
      const id = `prediction-${indicator}-${direction}`;
      const radio = el(doc, 'input', {
        type: 'radio',
        id,
        name: `prediction-${indicator}`,
        value: direction,
        class: 'prediction__radio',
      });
      // The radio lies over its whole label (transparent), so a click anywhere on the word picks it.
      const label = el(doc, 'label', { class: `prediction__choice prediction__choice--${direction}` });
      label.append(radio, el(doc, 'span', { 'aria-hidden': 'true', class: 'prediction__arrow' }, ARROW[direction]));
      const words = directionWords(direction);
      if (words.shown === null) label.append(el(doc, 'span', {}, words.name));
      else
        label.append(
          el(doc, 'span', { 'aria-hidden': 'true' }, words.shown),
          el(doc, 'span', { class: 'visually-hidden' }, words.name),
        );
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        const magnitude = direction === 'same' ? undefined : sizeOf(rows[indicator].size);
        send(indicator, { direction, ...(magnitude !== undefined ? { magnitude } : {}) });
      });
      radios[direction] = radio;
      choices.append(label);
    }
    const unit = PREDICTION_UNITS[indicator] === 'percent' ? '%' : t('pts');
    const sizeWrap = el(doc, 'span', { class: 'prediction__size' });
    const size = el(doc, 'input', {
      type: 'number',
      class: 'prediction__size-input',
      id: `prediction-${indicator}-size`,
      min: '0',
      step: PREDICTION_UNITS[indicator] === 'percent' ? '1' : '0.5',
      inputmode: 'decimal',
      'aria-label':
        PREDICTION_UNITS[indicator] === 'percent'
          ? t('{indicator}: by how much (%), optional', { indicator: indicatorName(indicator) })
          : t('{indicator}: by how many points, optional', { indicator: indicatorName(indicator) }),
    });
    size.addEventListener('input', () => {
      const current = ctx.snapshot().context.prediction[indicator];
      if (!current || current.direction === 'same') return;
      const magnitude = sizeOf(size);
      if (size.value.trim() !== '' && magnitude === undefined) return; // not a size yet ("-", "1e")
      send(indicator, { direction: current.direction, ...(magnitude !== undefined ? { magnitude } : {}) });
    });
    sizeWrap.append(size, el(doc, 'span', { 'aria-hidden': 'true', class: 'prediction__unit' }, unit));
    row.append(choices, sizeWrap);
    table.append(row);
    rows[indicator] = { row, radios, size };
  }
  const footer = el(doc, 'div', { class: 'prediction__footer' });
  const hint = el(doc, 'p', { class: 'prediction__hint', id: 'prediction-hint' });
  const clear = el(doc, 'button', { type: 'button', class: 'link-button prediction__clear' }, t('Clear prediction'));
  clear.addEventListener('click', () => {
    ctx.send({ type: 'SET_PREDICTION', prediction: { output: null, jobs: null, poverty: null } });
    for (const indicator of PREDICTION_INDICATORS) rows[indicator].size.value = '';
    ctx.announce(t('Prediction cleared'));
  });
  footer.append(hint, clear);
  group.append(footer);
  details.append(summary, group);

  /** The open state last set here, to tell the player's toggles from ours. */
  let setOpen = false;
  details.addEventListener('toggle', () => {
    if (details.open !== setOpen) openChoice = details.open;
    setOpen = details.open;
  });

  function send(indicator: PredictionIndicator, value: IndicatorPrediction): void {
    ctx.send({ type: 'SET_PREDICTION', prediction: { [indicator]: value } });
  }

  let yearKey = '';
  return {
    element: details,
    update(snapshot) {
      const { context } = snapshot;
      const editable = snapshot.value === 'planning';
      const played = context.history.length - 1;
      const key = `${context.scenario?.id}/${context.seed}/${played}`;
      if (key !== yearKey) {
        yearKey = key;
        setOpen = openChoice ?? played >= 1;
        details.open = setOpen;
        const year = (context.history[played]?.year ?? 0) + 1;
        intro.textContent = t('How will {year} go? Say it before you end the year; the year report checks it.', {
          year,
        });
        hint.textContent = tr(bandHint());
      }
      let set = 0;
      for (const indicator of PREDICTION_INDICATORS) {
        const current = context.prediction[indicator];
        const c = rows[indicator];
        for (const direction of PREDICTION_DIRECTIONS) {
          c.radios[direction].checked = current?.direction === direction;
          setDisabled(c.radios[direction], !editable);
        }
        const sized = !!current && current.direction !== 'same';
        setDisabled(c.size, !editable || !sized);
        // On a phone the size shows only once it can be given.
        c.row.classList.toggle('prediction__row--sized', sized);
        const typing = doc.activeElement === c.size;
        if (!typing)
          c.size.value =
            current?.magnitude !== undefined && current.direction !== 'same' ? String(current.magnitude) : '';
        if (current) set++;
      }
      setDisabled(clear, !editable || set === 0);
      setText(status, set === 0 ? t('optional') : t('{n} of {m} predicted', { n: set, m: PREDICTION_INDICATORS.length }));
    },
  };
}

/** The size typed in a field, or undefined when none (or not a size). */
function sizeOf(input: HTMLInputElement): number | undefined {
  const value = input.valueAsNumber;
  return input.value.trim() !== '' && Number.isFinite(value) && value >= 0 && value <= 1000 ? value : undefined;
}

// ---------------------------------------------------------------------------------------------
// The year report

export function predictionReportSection(doc: Document, report: PredictionReport): HTMLElement {
  const section = el(doc, 'section', { class: 'report-prediction', 'aria-labelledby': 'report-prediction-heading' });
  section.append(el(doc, 'h4', { id: 'report-prediction-heading' }, t('Your prediction')));
  section.append(el(doc, 'p', { class: 'report-prediction__summary' }, tr(report.summary)));
  const list = el(doc, 'ul', { class: 'prediction-results' });
  for (const row of report.rows) {
    const item = el(doc, 'li', {
      class: `prediction-result prediction-result--${row.judgement}`,
      'data-indicator': row.indicator,
    });
    item.append(
      el(
        doc,
        'span',
        { class: 'prediction-result__mark', 'aria-hidden': 'true' },
        row.judgement === 'right' ? '✓' : '✗',
      ),
    );
    const head = el(doc, 'span', { class: 'prediction-result__head' });
    head.append(
      el(doc, 'strong', {}, indicatorName(row.indicator)),
      el(doc, 'span', { class: 'prediction-result__verdict' }, tr(row.verdict)),
    );
    item.append(head, el(doc, 'span', { class: 'prediction-result__text' }, tr(row.comparison)));
    if (row.explanation) item.append(el(doc, 'span', { class: 'prediction-result__why' }, tr(row.explanation)));
    list.append(item);
  }
  section.append(list);
  if (report.spendingLag) section.append(el(doc, 'p', { class: 'report-prediction__lag' }, tr(report.spendingLag)));
  return section;
}

// ---------------------------------------------------------------------------------------------
// The debrief

export function calibrationSection(doc: Document, view: CalibrationView): HTMLElement {
  const section = el(doc, 'section', {
    class: 'debrief-card debrief-prediction',
    'aria-labelledby': 'prediction-calibration-heading',
    'data-print': 'hide',
  });
  section.append(el(doc, 'h3', { id: 'prediction-calibration-heading' }, t('Your predictions')));
  section.append(el(doc, 'p', { class: 'debrief-prediction__summary' }, tr(view.summary)));
  if (view.made === 0) return section;

  const table = el(doc, 'table', { class: 'report-table calibration-table' });
  table.append(
    el(
      doc,
      'caption',
      { class: 'visually-hidden' },
      t('Your predictions by measure: how many were right, and which way the misses went'),
    ),
  );
  const head = el(doc, 'tr');
  head.append(
    el(doc, 'th', { scope: 'col' }, t('Measure')),
    el(doc, 'th', { scope: 'col', class: 'num' }, t('Right')),
    el(doc, 'th', { scope: 'col', class: 'num' }, t('Too hopeful')),
    el(doc, 'th', { scope: 'col', class: 'num' }, t('Too gloomy')),
  );
  const thead = el(doc, 'thead');
  thead.append(head);
  const body = el(doc, 'tbody');
  for (const line of view.lines) {
    if (line.made === 0) continue;
    const tr_ = el(doc, 'tr', { 'data-indicator': line.indicator });
    tr_.append(
      el(doc, 'th', { scope: 'row' }, indicatorName(line.indicator)),
      el(doc, 'td', { class: 'num' }, t('{right} of {made}', { right: line.right, made: line.made })),
      el(doc, 'td', { class: 'num' }, String(line.hopeful)),
      el(doc, 'td', { class: 'num' }, String(line.gloomy)),
    );
    body.append(tr_);
  }
  table.append(thead, body);
  section.append(
    scrollingTable(doc, table),
    el(
      doc,
      'p',
      { class: 'debrief-explain' },
      t('Too hopeful: the year turned out worse than you expected. Too gloomy: better.'),
    ),
  );
  if (view.lessons.length > 0) {
    section.append(el(doc, 'h4', {}, t('What your misses say')));
    const list = el(doc, 'ul', { class: 'calibration-lessons' });
    for (const lesson of view.lessons) list.append(el(doc, 'li', {}, tr(lesson)));
    section.append(list);
  }
  if (view.sizes) section.append(el(doc, 'p', { class: 'debrief-explain' }, tr(view.sizes)));
  return section;
}
