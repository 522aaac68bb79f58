// The briefing: the cluster's story, which of the six limitations weigh on it, the term's goals,
// the difficulty, and Start.
import { currentState, DIFFICULTY_LEVELS, DIFFICULTY_PRESETS, difficultyLevelOf, type GameSnapshot } from '../flow';
import { CLUSTER_TYPE_LABELS, LIMITATION_HINTS, LIMITATION_LABELS } from '../view/labels';
import { formatNumber } from '../view/format';
import { goalTarget } from '../view/goals';
import { renderMsg } from '../view/report';
import type { Scenario } from '../scenario';
import { el, type Component, type UiContext } from './component';
import { t } from './i18n';
import { localized, scenarioTextsKey } from './scenario-texts';

const DIFFICULTY_TEXT: Record<(typeof DIFFICULTY_LEVELS)[number], [string, string]> = {
  easy: ['Easy', 'Cleaner government and milder shocks.'],
  normal: ['Normal', 'Leakage and shocks as the scenario describes them.'],
  hard: ['Hard', 'More of the budget leaks away; shocks are larger and more frequent.'],
};

/** What the real government did, its sources and where the record is thin (scenario texts: text only). */
function historyDetails(doc: Document, history: NonNullable<Scenario['history']>): HTMLElement {
  const box = el(doc, 'details', { class: 'briefing__history' });
  box.append(el(doc, 'summary', { id: 'history-title' }, history.title));
  box.append(el(doc, 'p', {}, history.summary));
  box.append(el(doc, 'p', { class: 'briefing__history-note' }, t('Where the record is thin: {note}', { note: history.note })));
  box.append(el(doc, 'h4', {}, t('Sources')));
  const list = el(doc, 'ul', { class: 'briefing__history-sources' });
  // Citations stay in English (they are not translated): marked so, for screen readers and right-to-left pages.
  for (const source of history.sources) list.append(el(doc, 'li', { lang: 'en', dir: 'ltr' }, source));
  box.append(list);
  return box;
}

export function mountBriefing(root: HTMLElement, ctx: UiContext): Component {
  const { doc } = ctx;
  let shownFor: string | null = null;
  const part = (id: string): HTMLElement => root.querySelector<HTMLElement>(`#${id}`) ?? root;
  const header = part('briefing-header');
  const storyRoot = part('briefing-story');
  const side = part('briefing-side');

  function build(snapshot: GameSnapshot): void {
    if (!snapshot.context.scenario) return;
    // Texts in the chosen language; the budget and numbers are the game's own.
    const scenario = localized(snapshot.context.scenario);
    const state = currentState(snapshot.context);

    const heading = el(doc, 'h2', { id: 'briefing-heading' }, scenario.name);
    const meta = el(
      doc,
      'p',
      { class: 'briefing__meta' },
      t('{country} · {sector} · {type}', { country: scenario.country, sector: scenario.sector, type: t(CLUSTER_TYPE_LABELS[scenario.type]) }),
    );
    const term = el(
      doc,
      'p',
      { class: 'briefing__term' },
      t('Your term: {start} to {end}. Budget: US$ {budget} million a year.', {
        start: state.year + 1,
        end: state.year + snapshot.context.termYears,
        budget: formatNumber(scenario.budgetUsdM, { digits: scenario.budgetUsdM < 100 ? 1 : 0 }),
      }),
    );
    const story: HTMLElement[] = scenario.briefing.split(/\n\s*\n/).map((paragraph) => el(doc, 'p', {}, paragraph.trim()));

    const limits = el(doc, 'section', { class: 'briefing__limits', 'aria-labelledby': 'limits-heading' });
    limits.append(el(doc, 'h3', { id: 'limits-heading' }, t('What holds this cluster back')));
    const limitList = el(doc, 'ul', { class: 'limit-list' });
    for (const limit of [...scenario.limitations].sort((a, b) => b.weight - a.weight)) {
      const item = el(doc, 'li', { class: 'limit' });
      const name = el(doc, 'span', { class: 'limit__name' }, t(LIMITATION_LABELS[limit.limitation]));
      const meter = el(doc, 'meter', { class: 'limit__meter', min: '0', max: '1', value: String(limit.weight), 'aria-label': t('{name}: weight', { name: t(LIMITATION_LABELS[limit.limitation]) }) });
      const note = el(doc, 'p', { class: 'limit__note' }, limit.note);
      const hint = el(doc, 'p', { class: 'limit__hint' }, t(LIMITATION_HINTS[limit.limitation]));
      item.append(name, meter, note, hint);
      limitList.append(item);
    }
    limits.append(limitList);

    const goals = el(doc, 'section', { class: 'briefing__goals', 'aria-labelledby': 'goals-heading' });
    goals.append(el(doc, 'h3', { id: 'goals-heading' }, t('Goals for your term')));
    const goalList = el(doc, 'ul');
    for (const goal of scenario.goals) {
      // The target in the units the play screen and the debrief use ("above 40 %").
      const target = goalTarget(goal);
      const text = target ? t('{goal}: {target}', { goal: goal.label, target: renderMsg(target, t) }) : goal.label;
      goalList.append(el(doc, 'li', {}, text));
    }
    goals.append(goalList);
    const learn = el(doc, 'details', { class: 'briefing__learning' });
    learn.append(el(doc, 'summary', {}, t('What this scenario teaches')));
    const learnList = el(doc, 'ul');
    for (const goal of scenario.learningGoals) learnList.append(el(doc, 'li', {}, goal));
    learn.append(learnList);

    // Beside Start, so the choice is seen before starting (below the story it was under the fold).
    const difficulty = el(doc, 'fieldset', { class: 'difficulty difficulty--compact', 'aria-describedby': 'difficulty-hint' });
    difficulty.append(el(doc, 'legend', {}, t('Difficulty')));
    const current = difficultyLevelOf(snapshot.context.difficulty) ?? 'normal';
    const hintLine = el(doc, 'p', { class: 'difficulty__hint', id: 'difficulty-hint' }, t(DIFFICULTY_TEXT[current][1]));
    for (const level of DIFFICULTY_LEVELS) {
      const [label, hint] = DIFFICULTY_TEXT[level];
      const option = el(doc, 'label', { class: 'difficulty__option', title: t(hint) });
      const radio = el(doc, 'input', { type: 'radio', name: 'difficulty', value: level });
      radio.checked = level === current;
      // A workshop session fixes the difficulty for every team.
      radio.disabled = snapshot.context.workshop !== null;
      radio.addEventListener('change', () => {
        hintLine.textContent = t(hint);
        ctx.send({ type: 'SET_DIFFICULTY', difficulty: DIFFICULTY_PRESETS[level] });
      });
      option.append(radio, el(doc, 'span', { class: 'difficulty__label' }, t(label)));
      difficulty.append(option);
    }
    difficulty.append(hintLine);

    const actions = el(doc, 'div', { class: 'briefing__actions' });
    const back = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Back to the map'));
    back.addEventListener('click', () => ctx.send({ type: 'QUIT' }));
    const start = el(doc, 'button', { type: 'button', class: 'primary', id: 'start-term' }, t('Start'));
    start.addEventListener('click', () => ctx.send({ type: 'BEGIN' }));
    actions.append(back, start);
    // History mode (issue 13): the same start, with what the real government did beside the player's term.
    const history = snapshot.context.workshop === null ? scenario.history : undefined;
    if (history) {
      const against = el(doc, 'button', { type: 'button', class: 'secondary', id: 'play-against-history', 'aria-describedby': 'history-title' }, t('Play against history'));
      against.addEventListener('click', () => ctx.send({ type: 'BEGIN', againstHistory: true }));
      actions.append(against);
    }

    const titleBlock = el(doc, 'div', { class: 'briefing__titles' });
    titleBlock.append(heading, meta, term);
    const controls = el(doc, 'div', { class: 'briefing__controls' });
    controls.append(difficulty, actions);
    header.replaceChildren(titleBlock, controls);
    storyRoot.replaceChildren(el(doc, 'h3', {}, t('The story')), ...story, learn, ...(history ? [historyDetails(doc, history)] : []));
    side.replaceChildren(limits, goals);
  }

  return {
    update(snapshot) {
      if (snapshot.value !== 'briefing') {
        shownFor = null;
        return;
      }
      const key = `${snapshot.context.scenario?.id}/${snapshot.context.seed}/${scenarioTextsKey()}`;
      if (key !== shownFor) {
        shownFor = key;
        build(snapshot);
      }
    },
  };
}
