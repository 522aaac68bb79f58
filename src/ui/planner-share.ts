// Share: Copy link writes the plan's link (src/view/plan-link.ts) into the Share link field and, where
// the browser allows, the clipboard. The field always holds the link of the plan as it is now.
import type { Assumptions } from '../model';
import { planLinkUrl } from '../view/plan-link';
import type { PlannerPlan } from '../view/planner';
import { el } from './component';
import { t } from './i18n';

export interface PlannerShare {
  element: HTMLElement;
  /** Forgets a shown link once the plan changes (the field would no longer match the plan). */
  planChanged(plan: PlannerPlan): void;
}

export function mountPlannerShare(
  doc: Document,
  plan: () => PlannerPlan,
  announce: (message: string) => void,
  assumptions: () => Assumptions | undefined = () => undefined,
): PlannerShare {
  const section = el(doc, 'section', { class: 'planner-share', 'aria-labelledby': 'planner-share-heading' });
  const heading = el(doc, 'h3', { id: 'planner-share-heading', class: 'planner-section__title' }, t('Share this plan'));
  const lead = el(
    doc,
    'p',
    { class: 'planner-hint' },
    t('The link holds the cluster, the horizon, the seed and every phase: whoever opens it sees this plan and these numbers.'),
  );
  const row = el(doc, 'div', { class: 'planner-share__row' });
  const copy = el(doc, 'button', { type: 'button', class: 'primary' }, t('Copy link'));
  const fieldId = 'planner-share-link';
  const label = el(doc, 'label', { for: fieldId, class: 'planner-field' }, t('Share link'));
  const field = el(doc, 'input', { type: 'text', id: fieldId, readonly: '', class: 'planner-share__link', spellcheck: 'false', autocomplete: 'off' });
  row.append(copy, label, field);
  const status = el(doc, 'p', { class: 'planner-status', role: 'status' });
  section.append(heading, lead, row, status);

  let shownFor: PlannerPlan | null = null;

  copy.addEventListener('click', () => {
    const current = plan();
    const url = planLinkUrl(doc.defaultView?.location.href ?? '', current, assumptions());
    field.value = url;
    shownFor = current;
    field.select();
    const clipboard = doc.defaultView?.navigator.clipboard;
    const done = (copied: boolean): void => {
      const text = copied
        ? t('Link copied to the clipboard. It is also in the field above.')
        : t('This browser did not let the planner copy it: select the link in the field above and copy it.');
      status.textContent = text;
      announce(text);
    };
    if (!clipboard?.writeText) return done(false);
    clipboard.writeText(url).then(
      () => done(true),
      () => done(false),
    );
  });

  return {
    element: section,
    planChanged(next) {
      if (shownFor && shownFor !== next) {
        shownFor = null;
        field.value = '';
        status.textContent = t('The plan changed: copy the link again to share it as it is now.');
      }
    },
  };
}
