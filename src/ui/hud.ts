// The HUD (#hud): the cluster, the year of the term and the budget, the headline figures with their
// change since last year, and stakeholder approval with the biggest reasons it moved. It warns when
// mean approval nears the point where the term ends early, and keeps the scenario's goals in sight.
// Drawn from selectHud (src/view/hud.ts).
import type { ChangeView, HudView } from '../view/hud';
import { selectHud } from '../view/hud';
import { el, type Component, type UiContext } from './component';
import { t } from './i18n';
import { renderMsg, type Msg } from '../view/report';
import './hud.css';

const DIRECTION_WORDS = { up: 'up', down: 'down', flat: 'no change' } as const;
const tr = (m: Msg): string => renderMsg(m, t);

export function mountHud(root: HTMLElement, ctx: UiContext): Component {
  const { doc } = ctx;
  let shownKey = '';

  /** A change: the arrow for the eye, the direction in words for screen readers. */
  function change(view: ChangeView): HTMLElement {
    const node = el(doc, 'span', { class: `change change--${view.tone} change--${view.direction}` });
    node.append(
      el(doc, 'span', { 'aria-hidden': 'true' }, view.text),
      el(
        doc,
        'span',
        { class: 'visually-hidden' },
        view.direction === 'flat' ? t('no change') : `${t(DIRECTION_WORDS[view.direction])} ${view.magnitude}`,
      ),
    );
    return node;
  }

  /** The scenario's goals, always in sight: where each stands now, its target and no new policy's value. */
  function goalsSection(view: HudView): HTMLElement {
    const section = el(doc, 'section', { class: 'hud__goals', 'aria-labelledby': 'hud-goals-heading' });
    section.append(el(doc, 'h3', { id: 'hud-goals-heading', class: 'hud__heading' }, t('Goals')));
    const list = el(doc, 'ul', { class: 'hud__goal-list' });
    for (const goal of view.goals) {
      const state = goal.level ? 'level' : goal.onTrack ? 'on' : 'off';
      const item = el(doc, 'li', { class: `hud-goal hud-goal--${state}` });
      const numbers = goal.baseline
        ? t('now {yours}; goal {target}; no new policy {baseline}', {
            yours: goal.yours,
            target: tr(goal.target),
            baseline: goal.baseline,
          })
        : t('now {yours}; goal {target}', { yours: goal.yours, target: tr(goal.target) });
      item.append(
        el(doc, 'span', { class: 'hud-goal__mark', 'aria-hidden': 'true' }, { on: '✓', off: '✗', level: '=' }[state]),
        el(
          doc,
          'span',
          { class: 'hud-goal__status' },
          state === 'on' ? t('On track') : state === 'off' ? t('Off track') : t('Same as no new policy'),
        ),
        el(doc, 'span', { class: 'hud-goal__label' }, goal.label),
        el(doc, 'span', { class: 'hud-goal__numbers' }, numbers),
      );
      list.append(item);
    }
    section.append(list);
    return section;
  }

  function build(view: HudView): void {
    const where = el(doc, 'div', { class: 'hud__where' });
    where.append(
      el(doc, 'p', { class: 'hud__cluster', title: view.name }, view.shortName),
      el(
        doc,
        'p',
        { class: 'hud__year' },
        t('{year} · year {k} of {n}', { year: view.year, k: view.termYear, n: view.termYears }),
      ),
      el(doc, 'p', { class: 'hud__budget' }, t('Budget {money}', { money: view.budget })),
    );

    const figures = el(doc, 'section', { class: 'hud__figures', 'aria-labelledby': 'hud-figures-heading' });
    figures.append(
      el(
        doc,
        'h3',
        { id: 'hud-figures-heading', class: 'hud__heading' },
        t('Cluster in {year}', { year: view.figuresYear }),
      ),
    );
    const list = el(doc, 'dl', { class: 'hud__indicators' });
    for (const indicator of view.indicators) {
      const item = el(doc, 'div', { class: `indicator indicator--${indicator.id}` });
      const value = el(doc, 'dd', { class: `indicator__value indicator__value--${indicator.tone}` }, indicator.value);
      item.append(el(doc, 'dt', { class: 'indicator__label' }, t(indicator.label)), value);
      if (indicator.change) {
        const dd = el(doc, 'dd', { class: 'indicator__change' });
        dd.append(change(indicator.change));
        item.append(dd);
      }
      list.append(item);
    }
    figures.append(list);

    const approval = el(doc, 'section', { class: 'hud__approval', 'aria-labelledby': 'hud-approval-heading' });
    const approvalHead = el(doc, 'div', { class: 'hud__approval-head' });
    approvalHead.append(
      el(doc, 'h3', { id: 'hud-approval-heading', class: 'hud__heading' }, t('Approval')),
      el(
        doc,
        'p',
        { class: 'hud__mean' },
        t('average {mean} · term ends below {limit}', { mean: view.meanApproval, limit: view.collapseAt }),
      ),
    );
    const groups = el(doc, 'ul', { class: 'hud__groups' });
    for (const group of view.approval) {
      const labelId = `approval-${group.group}-label`;
      const item = el(doc, 'li', { class: `approval approval--${group.group}` });
      const head = el(doc, 'div', { class: 'approval__head' });
      head.append(
        el(doc, 'span', { class: 'approval__label', id: labelId }, t(group.label)),
        el(doc, 'span', { class: 'approval__value' }, String(group.value)),
      );
      if (group.change) head.append(change(group.change));
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
      if (group.reasons.length > 0) {
        const reasons = el(doc, 'ul', {
          class: 'approval__reasons',
          'aria-label': t('Why {group} moved', { group: t(group.label) }),
        });
        for (const reason of group.reasons) {
          const li = el(doc, 'li', { class: `reason reason--${reason.direction}` });
          li.append(
            el(doc, 'span', { 'aria-hidden': 'true' }, reason.direction === 'up' ? '▲ ' : '▼ '),
            el(doc, 'span', { class: 'visually-hidden' }, `${t(DIRECTION_WORDS[reason.direction])}: `),
            doc.createTextNode(t(reason.words)),
          );
          reasons.append(li);
        }
        item.append(reasons);
      }
      groups.append(item);
    }
    approval.append(approvalHead, groups);

    const children: HTMLElement[] = [where, figures, approval];
    if (view.goals.length > 0) children.push(goalsSection(view));
    if (view.warning !== 'none') {
      const warning = el(doc, 'p', { class: `hud__warning hud__warning--${view.warning}`, role: 'alert' });
      warning.append(
        el(doc, 'span', { class: 'hud__warning-icon', 'aria-hidden': 'true' }, '!'),
        doc.createTextNode(
          view.warning === 'collapsed'
            ? t('Approval has collapsed (average {mean}, below {limit}): your term ends early.', {
                mean: view.meanApproval,
                limit: view.collapseAt,
              })
            : t('Approval is close to collapse: average {mean}. Below {limit} your term ends early.', {
                mean: view.meanApproval,
                limit: view.collapseAt,
              }),
        ),
      );
      children.push(warning);
    }
    root.replaceChildren(...children);
  }

  return {
    update(snapshot) {
      const view = selectHud(snapshot);
      root.hidden = !view;
      if (!view) {
        shownKey = '';
        return;
      }
      const key = JSON.stringify(view);
      if (key === shownKey) return;
      shownKey = key;
      root.classList.add('hud');
      build(view);
    },
  };
}
