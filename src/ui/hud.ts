// The HUD (#hud): the cluster, the year of the term and the budget, the headline figures with their
// change since last year, and stakeholder approval with the biggest reasons it moved. It warns when
// mean approval nears the point where the term ends early, and keeps the scenario's goals in sight.
// Drawn from selectHud (src/view/hud.ts). Its structure is built once (again only when its shape
// changes: another scenario, language, number of goals or groups); each year then writes only the
// text and attributes that changed (component.ts), as a rebuild made End year restyle it all.
import type { ChangeView, HudView } from '../view/hud';
import { selectHud } from '../view/hud';
import { el, setAttr, setHidden, setText, type Component, type UiContext } from './component';
import { currentLocale, t } from './i18n';
import { renderMsg, type Msg } from '../view/report';
import './hud.css';

const DIRECTION_WORDS = { up: 'up', down: 'down', flat: 'no change' } as const;
const tr = (m: Msg): string => renderMsg(m, t);

type GoalState = 'on' | 'off' | 'level';
const GOAL_MARKS: Record<GoalState, string> = { on: '✓', off: '✗', level: '=' };

/** What decides the HUD's structure; anything else is written into it in place. */
function shapeOf(view: HudView): string {
  return JSON.stringify([
    currentLocale(),
    view.name,
    view.indicators.map((i) => i.id),
    view.approval.map((g) => g.group),
    view.goals.length,
  ]);
}

export function mountHud(root: HTMLElement, ctx: UiContext): Component {
  const { doc } = ctx;
  let shownKey = '';
  let shownShape = '';
  /** Writes a view into the structure built for its shape. */
  let draw: (view: HudView) => void = () => undefined;

  /** A change: the arrow for the eye, the direction in words for screen readers. */
  function changeNode(view: ChangeView): { node: HTMLElement; draw(view: ChangeView): void } {
    const node = el(doc, 'span', { class: changeClass(view) });
    const shown = el(doc, 'span', { 'aria-hidden': 'true' });
    const spoken = el(doc, 'span', { class: 'visually-hidden' });
    node.append(shown, spoken);
    const drawChange = (v: ChangeView): void => {
      setAttr(node, 'class', changeClass(v));
      setText(shown, v.text);
      setText(spoken, v.direction === 'flat' ? t('no change') : `${t(DIRECTION_WORDS[v.direction])} ${v.magnitude}`);
    };
    drawChange(view);
    return { node, draw: drawChange };
  }

  /**
   * A change shown in `parent` after the nodes already there, or none: made when one first shows,
   * taken out when there is none (the first year), written in place otherwise.
   */
  function optionalChange(parent: HTMLElement, wrap: ((node: HTMLElement) => HTMLElement) | null) {
    let current: { outer: HTMLElement; draw(view: ChangeView): void } | null = null;
    return (view: ChangeView | null): void => {
      if (!view) {
        current?.outer.remove();
        current = null;
      } else if (current) current.draw(view);
      else {
        const made = changeNode(view);
        const outer = wrap ? wrap(made.node) : made.node;
        parent.append(outer);
        current = { outer, draw: made.draw };
      }
    };
  }

  /** The scenario's goals, always in sight: where each stands now, its target and no new policy's value. */
  function goalsSection(count: number): { section: HTMLElement; draw(view: HudView): void } {
    const section = el(doc, 'section', { class: 'hud__goals', 'aria-labelledby': 'hud-goals-heading' });
    const heading = el(doc, 'h3', { id: 'hud-goals-heading', class: 'hud__heading' });
    const list = el(doc, 'ul', { class: 'hud__goal-list' });
    const items = Array.from({ length: count }, () => {
      const item = el(doc, 'li', { class: 'hud-goal' });
      const mark = el(doc, 'span', { class: 'hud-goal__mark', 'aria-hidden': 'true' });
      const status = el(doc, 'span', { class: 'hud-goal__status' });
      const label = el(doc, 'span', { class: 'hud-goal__label' });
      const numbers = el(doc, 'span', { class: 'hud-goal__numbers' });
      item.append(mark, status, label, numbers);
      list.append(item);
      return { item, mark, status, label, numbers };
    });
    section.append(heading, list);
    return {
      section,
      draw(view) {
        setText(heading, t('Goals'));
        view.goals.forEach((goal, i) => {
          const nodes = items[i];
          if (!nodes) return;
          const state: GoalState = goal.level ? 'level' : goal.onTrack ? 'on' : 'off';
          setAttr(nodes.item, 'class', `hud-goal hud-goal--${state}`);
          setText(nodes.mark, GOAL_MARKS[state]);
          setText(nodes.status, state === 'on' ? t('On track') : state === 'off' ? t('Off track') : t('Same as no new policy'));
          setText(nodes.label, goal.label);
          setText(
            nodes.numbers,
            goal.baseline
              ? t('now {yours}; goal {target}; no new policy {baseline}', {
                  yours: goal.yours,
                  target: tr(goal.target),
                  baseline: goal.baseline,
                })
              : t('now {yours}; goal {target}', { yours: goal.yours, target: tr(goal.target) }),
          );
        });
      },
    };
  }

  /** One group's reasons: a list only while there are some, one item per reason. */
  function reasonsList(item: HTMLElement) {
    const list = el(doc, 'ul', { class: 'approval__reasons', 'aria-label': '' });
    const rows: { li: HTMLElement; arrow: HTMLElement; spoken: HTMLElement; text: Text }[] = [];
    return (view: HudView['approval'][number]): void => {
      if (view.reasons.length === 0) {
        list.remove();
        return;
      }
      if (list.parentNode !== item) item.append(list);
      setAttr(list, 'aria-label', t('Why {group} moved', { group: t(view.label) }));
      while (rows.length > view.reasons.length) rows.pop()?.li.remove();
      view.reasons.forEach((reason, i) => {
        let row = rows[i];
        if (!row) {
          const li = el(doc, 'li', { class: `reason reason--${reason.direction}` });
          row = {
            li,
            arrow: el(doc, 'span', { 'aria-hidden': 'true' }),
            spoken: el(doc, 'span', { class: 'visually-hidden' }),
            text: doc.createTextNode(''),
          };
          li.append(row.arrow, row.spoken, row.text);
          list.append(li);
          rows.push(row);
        }
        setAttr(row.li, 'class', `reason reason--${reason.direction}`);
        setText(row.arrow, reason.direction === 'up' ? '▲ ' : '▼ ');
        setText(row.spoken, `${t(DIRECTION_WORDS[reason.direction])}: `);
        setText(row.text, t(reason.words));
      });
    };
  }

  function build(view: HudView): void {
    const where = el(doc, 'div', { class: 'hud__where' });
    const cluster = el(doc, 'p', { class: 'hud__cluster', title: view.name });
    const year = el(doc, 'p', { class: 'hud__year' });
    const budget = el(doc, 'p', { class: 'hud__budget' });
    where.append(cluster, year, budget);

    const figures = el(doc, 'section', { class: 'hud__figures', 'aria-labelledby': 'hud-figures-heading' });
    const figuresHeading = el(doc, 'h3', { id: 'hud-figures-heading', class: 'hud__heading' });
    const list = el(doc, 'dl', { class: 'hud__indicators' });
    const indicators = view.indicators.map((indicator) => {
      const item = el(doc, 'div', { class: `indicator indicator--${indicator.id}` });
      const label = el(doc, 'dt', { class: 'indicator__label' });
      const value = el(doc, 'dd', { class: `indicator__value indicator__value--${indicator.tone}` });
      item.append(label, value);
      list.append(item);
      const drawChange = optionalChange(item, (node) => {
        const dd = el(doc, 'dd', { class: 'indicator__change' });
        dd.append(node);
        return dd;
      });
      return { label, value, drawChange };
    });
    figures.append(figuresHeading, list);

    const approval = el(doc, 'section', { class: 'hud__approval', 'aria-labelledby': 'hud-approval-heading' });
    const approvalHead = el(doc, 'div', { class: 'hud__approval-head' });
    const approvalHeading = el(doc, 'h3', { id: 'hud-approval-heading', class: 'hud__heading' });
    const mean = el(doc, 'p', { class: 'hud__mean' });
    approvalHead.append(approvalHeading, mean);
    const groups = el(doc, 'ul', { class: 'hud__groups' });
    const groupNodes = view.approval.map((group) => {
      const labelId = `approval-${group.group}-label`;
      const item = el(doc, 'li', { class: `approval approval--${group.group}` });
      const head = el(doc, 'div', { class: 'approval__head' });
      const label = el(doc, 'span', { class: 'approval__label', id: labelId });
      const value = el(doc, 'span', { class: 'approval__value' });
      head.append(label, value);
      const meter = el(doc, 'meter', {
        class: 'approval__meter',
        'aria-labelledby': labelId,
        min: '0',
        max: '100',
        low: String(view.collapseAt + 10),
        high: '60',
        optimum: '100',
        value: String(group.value),
      });
      item.append(head, meter);
      groups.append(item);
      return { label, value, meter, drawChange: optionalChange(head, null), drawReasons: reasonsList(item) };
    });
    approval.append(approvalHead, groups);

    const goals = view.goals.length > 0 ? goalsSection(view.goals.length) : null;
    const warning = el(doc, 'p', { class: 'hud__warning', role: 'alert' });
    const warningText = doc.createTextNode('');
    warning.append(el(doc, 'span', { class: 'hud__warning-icon', 'aria-hidden': 'true' }, '!'), warningText);

    root.replaceChildren(where, figures, approval, ...(goals ? [goals.section] : []));

    draw = (v) => {
      setAttr(cluster, 'title', v.name);
      setText(cluster, v.shortName);
      setText(year, t('{year} · year {k} of {n}', { year: v.year, k: v.termYear, n: v.termYears }));
      setText(budget, t('Budget {money}', { money: v.budget }));
      setText(figuresHeading, t('Cluster in {year}', { year: v.figuresYear }));
      v.indicators.forEach((indicator, i) => {
        const nodes = indicators[i];
        if (!nodes) return;
        setText(nodes.label, t(indicator.label));
        setAttr(nodes.value, 'class', `indicator__value indicator__value--${indicator.tone}`);
        setText(nodes.value, indicator.value);
        nodes.drawChange(indicator.change);
      });
      setText(approvalHeading, t('Approval'));
      setText(mean, t('average {mean} · term ends below {limit}', { mean: v.meanApproval, limit: v.collapseAt }));
      v.approval.forEach((group, i) => {
        const nodes = groupNodes[i];
        if (!nodes) return;
        setText(nodes.label, t(group.label));
        setText(nodes.value, String(group.value));
        nodes.drawChange(group.change);
        setAttr(nodes.meter, 'low', String(v.collapseAt + 10));
        setAttr(nodes.meter, 'value', String(group.value));
        nodes.drawReasons(group);
      });
      goals?.draw(v);
      if (v.warning === 'none') warning.remove();
      else {
        setAttr(warning, 'class', `hud__warning hud__warning--${v.warning}`);
        setText(
          warningText,
          v.warning === 'collapsed'
            ? t('Approval has collapsed (average {mean}, below {limit}): your term ends early.', {
                mean: v.meanApproval,
                limit: v.collapseAt,
              })
            : t('Approval is close to collapse: average {mean}. Below {limit} your term ends early.', {
                mean: v.meanApproval,
                limit: v.collapseAt,
              }),
        );
        if (warning.parentNode !== root) root.append(warning);
      }
    };
  }

  return {
    update(snapshot) {
      const view = selectHud(snapshot);
      setHidden(root, !view);
      if (!view) {
        shownKey = '';
        return;
      }
      const key = JSON.stringify(view);
      if (key === shownKey) return;
      shownKey = key;
      const shape = shapeOf(view);
      if (shape !== shownShape) {
        shownShape = shape;
        if (!root.classList.contains('hud')) root.classList.add('hud');
        build(view);
      }
      draw(view);
    },
  };
}

function changeClass(view: ChangeView): string {
  return `change change--${view.tone} change--${view.direction}`;
}
