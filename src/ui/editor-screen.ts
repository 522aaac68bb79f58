// The scenario editor (loaded on first use by editor-host.ts): an instructor starts from one of the
// scenarios or an archetype, edits its figures, parameters, texts and events in a form generated
// from the scenario schema (editor-fields.ts over view/editor-form.ts), sees the schema's messages
// beside the fields and in a summary, and a preview of the cluster with no new policy and with a
// balanced plan (editor-preview.ts) redrawn a moment after typing stops. The draft is kept in the
// browser as it is typed (nothing typed is lost on a reload); Save puts it in the list of the
// browser's scenarios; the file is exported and imported in the scenario file format; a link
// carries a small scenario (view/editor-share.ts). Play and Plan hand a valid scenario to the game
// or the planner (the host's way out). Scenario text is only ever text (values and textContent).
import { allScenarios, escapeControl, isScenarioId, parseJsonText, ValidationError, type Scenario } from '../scenario';
import {
  checkDraft,
  COLLAPSED_SECTIONS,
  draftFrom,
  editorSections,
  freeId,
  type DraftCheck,
  type DraftProblem,
  type EditorSectionId,
} from '../view/editor-form';
import { editorShareHash, readEditorHash } from '../view/editor-share';
import { openScenarioStore, savedNames, type ScenarioStore } from '../platform/scenario-store';
import { downloadText, readFileText } from '../platform/files';
import { translateProblems } from '../platform/problem-text';
import { notJsonProblem } from '../platform/save-format';
import { el } from './component';
import { currentLocale, t } from './i18n';
import { mountEditorForm, type EditorForm } from './editor-fields';
import { problemText } from './editor-messages';
import { mountEditorPreview } from './editor-preview';
import { localized, onScenarioTexts } from './scenario-texts';
import './locales/editor';
import './planner.css';
import './editor.css';

export interface EditorScreenOptions {
  doc: Document;
  root: HTMLElement;
  storage: Storage | null;
  announce(message: string): void;
  /** Starts the game on the scenario. */
  play(scenario: Scenario): void;
  /** Opens the planner on the scenario. */
  plan(scenario: Scenario): void;
}

export interface EditorScreen {
  open(hash: string): void;
  setVisible(visible: boolean): void;
  /** The draft as it is now (tests and tools). */
  draft(): unknown;
}

/** Where the draft being edited is kept between visits: { dirty, draft } (dirty: changes not in the list of saved scenarios). */
export const EDITOR_DRAFT_KEY = 'cpl:editor-draft';
const PREVIEW_DELAY_MS = 300;
const MAX_SUMMARY = 12;

/** The steps of a first scenario, for an instructor with twenty minutes. */
const STEPS = [
  'Start from the scenario or archetype closest to your cluster.',
  'Give it its own name, short name, country and sector, and write the briefing your class will read.',
  'Set the starting figures (firms, jobs, output, wages, poverty), each with its source or "assumption: ...".',
  'Keep, change or remove the events; add one your cluster really faced.',
  'Watch the preview: with no new policy the cluster should do what your sources say it did.',
  'Save it, then export the file or copy the share link for your class, and press Play to try it.',
];

const SECTION_TITLES: Record<EditorSectionId, string> = {
  story: 'Name, story and goals',
  figures: 'Starting figures and policy',
  parameters: 'Model parameters (advanced)',
  events: 'Events and scheduled shocks',
  sources: 'Sources and limitations',
  more: 'More',
};
const SECTION_HINTS: Record<EditorSectionId, string> = {
  story: 'What the players read: the cluster\'s name, its briefing, what they should learn and the goals they are judged on.',
  figures: 'The cluster when the term starts, the budget and the policy in force.',
  parameters: 'How the model behaves here. Leave a field empty to use the model\'s default; change these only with a source.',
  events: 'Things that happen during the term, with the choices they offer, and shocks on given years.',
  sources: 'Where each figure comes from ("assumption: ..." where there is no source), and which limitations weigh on the cluster.',
  more: 'Other parts of the scenario file.',
};

/**
 * Why an imported file could not be read as JSON, in the language: empty, cut off or where it breaks
 * (the save's words, platform/save-format.ts, through its templates), else that it is not JSON text;
 * never the engine's English message.
 */
function notJsonWords(text: string, error: unknown): string {
  if (!(error instanceof ValidationError)) return t('the file could not be read');
  if (text.trim() === '') return t('the file is empty');
  const engine = /\((.*)\)$/s.exec(error.problems[0] ?? '')?.[1] ?? '';
  const words = notJsonProblem(text, engine);
  // Its last case speaks of a saved game: a scenario file's own words instead.
  const start = /it does not start like a saved game \(it starts "(.*)"\)$/s.exec(words);
  if (start) return t('the file is not valid JSON: it does not start like a scenario file (it starts "{start}")', { start: start[1] ?? '' });
  return translateProblems(words, t);
}

/** When a scenario was saved, as the interface's language writes dates (Arabic with Latin digits, as every number in the app). */
function savedAt(time: string): string {
  const code = currentLocale();
  return new Date(time).toLocaleString(code === 'ar' ? 'ar-u-nu-latn' : code, { dateStyle: 'medium', timeStyle: 'short' });
}

export function mountEditorScreen(options: EditorScreenOptions): EditorScreen {
  const { doc, root } = options;
  const view = doc.defaultView;
  const store: ScenarioStore = openScenarioStore(options.storage);
  const builtIns = allScenarios();
  const restored = restoreDraft();
  let draft: unknown = restored?.draft ?? draftFrom(pick('sialkot-surgical'), taken);
  /** The first visit's starting copy while it is untouched: it follows the language (its texts load apart). */
  let untouchedStart: unknown = restored ? null : draft;
  let check: DraftCheck = checkDraft(draft);
  let visible = true;
  /** The language the form's labels, hints and messages are in (redrawn when the editor is shown in another). */
  let formLocale = currentLocale();

  /** A built-in scenario with its texts in the interface's language (when they are loaded): a copy starts in the instructor's language. */
  function pick(id: string): Scenario {
    return localized(builtIns.find((s) => s.id === id) ?? (builtIns[0] as Scenario));
  }
  /** An id a new draft may not take: a built-in scenario's, or one saved in this browser. */
  function taken(id: string): boolean {
    return isScenarioId(id) || store.get(id) !== undefined;
  }
  function restoreDraft(): { dirty: boolean; draft: unknown } | null {
    try {
      const text = options.storage?.getItem(EDITOR_DRAFT_KEY);
      const kept = text ? (JSON.parse(text) as { dirty?: unknown; draft?: unknown } | null) : null;
      return kept && typeof kept === 'object' && 'draft' in kept ? { dirty: kept.dirty === true, draft: kept.draft } : null;
    } catch {
      return null;
    }
  }

  // --- Layout. ---
  const lead = el(
    doc,
    'p',
    { class: 'editor-lead' },
    t('Build a cluster of your own: start from a scenario or an archetype, change its figures, texts and events, and watch the preview. Save it in this browser, export the file, or play it at once.'),
  );
  const notice = el(doc, 'div', { class: 'planner-notice editor-notice', role: 'alert', hidden: '' });
  const noticeText = el(doc, 'p', { class: 'planner-notice__text' });
  const noticeList = el(doc, 'ul', { class: 'editor-notice__list' });
  const dismiss = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Dismiss'));
  notice.append(noticeText, noticeList, dismiss);
  dismiss.addEventListener('click', () => (notice.hidden = true));

  const howTo = el(doc, 'details', { class: 'editor-howto' });
  howTo.append(el(doc, 'summary', {}, t('Your own cluster in twenty minutes: how')));
  const steps = el(doc, 'ol', { class: 'editor-howto__steps' });
  for (const step of STEPS) steps.append(el(doc, 'li', {}, t(step)));
  howTo.append(steps);

  // Start from a scenario, an archetype or a saved scenario.
  const start = el(doc, 'section', { class: 'editor-start', 'aria-labelledby': 'editor-start-heading' });
  const startHeading = el(doc, 'h3', { id: 'editor-start-heading', class: 'editor-section__title' }, t('Start from'));
  const startSelect = el(doc, 'select', { id: 'editor-start-from' });
  const real = el(doc, 'optgroup', { label: t('Real clusters') });
  const archetypes = el(doc, 'optgroup', { label: t('Archetypes') });
  for (const s of builtIns) (s.location ? real : archetypes).append(el(doc, 'option', { value: s.id }, localized(s).shortName));
  // The scenarios' names in the language once its texts arrive (they load apart from the dictionaries).
  const nameOptions = (): void => {
    for (const option of startSelect.options) option.textContent = pick(option.value).shortName;
  };
  onScenarioTexts(() => {
    nameOptions();
    restartUntouched();
  });
  startSelect.append(real, archetypes);
  startSelect.value = 'sialkot-surgical';
  const startButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Start from this one'));
  const startLine = el(doc, 'div', { class: 'editor-start__line' });
  startLine.append(el(doc, 'label', { for: startSelect.id }, t('Scenario or archetype')), startSelect, startButton);
  const savedHeading = el(doc, 'h4', { class: 'editor-subtitle', id: 'editor-saved-heading' }, t('Your scenarios in this browser'));
  const savedList = el(doc, 'ul', { class: 'editor-saved', 'aria-labelledby': 'editor-saved-heading' });
  const savedEmpty = el(doc, 'p', { class: 'editor-hint' }, t('None yet: Save keeps the scenario here.'));
  start.append(startHeading, startLine, savedHeading, savedList, savedEmpty);

  // Actions: what can be done with the scenario, and whether it is ready.
  const actions = el(doc, 'section', { class: 'editor-actions', 'aria-labelledby': 'editor-actions-heading' });
  const actionsHeading = el(doc, 'h3', { id: 'editor-actions-heading', class: 'visually-hidden' }, t('Your scenario'));
  const status = el(doc, 'p', { class: 'editor-status', role: 'status' });
  const buttons = el(doc, 'div', { class: 'editor-actions__buttons' });
  const playButton = el(doc, 'button', { type: 'button', class: 'primary' }, t('Play'));
  const planButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Plan it'));
  const saveButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Save'));
  const exportButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Export file'));
  const importButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Import file'));
  const fileInput = el(doc, 'input', { type: 'file', accept: '.json,application/json', hidden: '', id: 'editor-import-file' });
  const shareButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Share link'));
  buttons.append(playButton, planButton, saveButton, exportButton, importButton, fileInput, shareButton);
  const shareBox = el(doc, 'div', { class: 'editor-share', hidden: '' });
  const shareInput = el(doc, 'input', { type: 'text', readonly: '', id: 'editor-share-link', class: 'editor-share__link' });
  shareBox.append(el(doc, 'label', { for: shareInput.id }, t('Link to this scenario')), shareInput);
  const summary = el(doc, 'section', { class: 'editor-summary', hidden: '', 'aria-labelledby': 'editor-summary-heading' });
  const summaryHeading = el(doc, 'h4', { class: 'editor-subtitle', id: 'editor-summary-heading' });
  const summaryList = el(doc, 'ul', { class: 'editor-summary__list', 'aria-labelledby': 'editor-summary-heading' });
  summary.append(summaryHeading, summaryList);
  actions.append(actionsHeading, status, buttons, shareBox);

  // The form, section by section, and the preview beside it.
  const layout = el(doc, 'div', { class: 'editor-layout' });
  const formColumn = el(doc, 'div', { class: 'editor-form-column' });
  const forms: EditorForm[] = [];
  for (const section of editorSections()) {
    const id = `editor-section-${section.id}`;
    const details = el(doc, 'details', { class: 'editor-section', id });
    if (!COLLAPSED_SECTIONS.has(section.id)) details.open = true;
    const sumEl = el(doc, 'summary', { class: 'editor-section__summary' });
    sumEl.append(el(doc, 'h3', { class: 'editor-section__title' }, t(SECTION_TITLES[section.id])));
    const form = mountEditorForm({ doc, fields: section.fields, draft: () => draft, change: (next, structural) => changed(next, structural) });
    forms.push(form);
    details.append(sumEl, el(doc, 'p', { class: 'editor-hint' }, t(SECTION_HINTS[section.id])), form.element);
    formColumn.append(details);
  }
  const preview = mountEditorPreview(doc);
  const previewColumn = el(doc, 'div', { class: 'editor-preview-column' });
  previewColumn.append(preview.element);
  layout.append(formColumn, previewColumn);
  root.replaceChildren(lead, howTo, notice, start, actions, summary, layout);
  // The preview sticks just under the actions bar, whatever its height (wrapped buttons, a long name).
  if (view && 'ResizeObserver' in view) {
    new view.ResizeObserver(() => root.style.setProperty('--editor-bar', `${actions.offsetHeight}px`)).observe(actions);
  }

  // --- Changes. ---
  let previewTimer = 0;
  let draftTimer = 0;
  let previewDrawn = false;
  /** Whether the draft has changes not in the browser's list (a new draft then keeps it there first). */
  let dirty = restored?.dirty ?? false;
  function changed(next: unknown, structural: boolean): void {
    draft = next;
    dirty = true;
    if (structural) for (const form of forms) form.rebuild();
    validate();
    schedulePreview();
    // The draft is kept as typed, a moment after the last key.
    if (view) {
      view.clearTimeout(draftTimer);
      draftTimer = view.setTimeout(keepDraft, 400);
    }
  }
  function keepDraft(): void {
    draftTimer = 0;
    try {
      options.storage?.setItem(EDITOR_DRAFT_KEY, JSON.stringify({ dirty, draft }));
    } catch {
      // Storage full or refused: the draft lasts for the visit.
    }
  }

  function validate(): void {
    check = checkDraft(draft);
    const problems: DraftProblem[] = check.ok ? [] : check.problems;
    const shownAt = new Map<DraftProblem, HTMLElement | null>();
    for (const form of forms) for (const [p, at] of form.showProblems(problems)) if (at) shownAt.set(p, at);
    playButton.disabled = !check.ok;
    planButton.disabled = !check.ok;
    exportButton.disabled = !check.ok;
    shareButton.disabled = !check.ok;
    const name = savedNames(draft).name;
    status.textContent = check.ok
      ? t('"{name}" is valid: ready to play, plan, export or share.', { name })
      : t('"{name}": {count, plural, one {# problem} other {# problems}} to fix before playing, planning or exporting (Save keeps it as it is).', {
          name,
          count: problems.length,
        });
    summary.hidden = check.ok;
    summaryHeading.textContent = t('Problems to fix ({count})', { count: problems.length });
    summaryList.replaceChildren(
      ...problems.slice(0, MAX_SUMMARY).map((problem) => {
        const item = el(doc, 'li');
        const target = shownAt.get(problem) ?? null;
        if (target) {
          const go = el(doc, 'button', { type: 'button', class: 'link-button', dir: 'auto' }, problemText(problem).text);
          go.addEventListener('click', () => {
            target.closest('details:not([open])')?.setAttribute('open', '');
            for (let d = target.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
            target.scrollIntoView({ block: 'center' });
            target.focus({ preventScroll: true });
          });
          item.append(go);
        } else {
          item.dir = 'auto';
          item.textContent = problemText(problem).text;
        }
        return item;
      }),
      ...(problems.length > MAX_SUMMARY ? [el(doc, 'li', {}, t('and {count} more', { count: problems.length - MAX_SUMMARY }))] : []),
    );
    preview.stale(!check.ok && previewDrawn);
  }

  function schedulePreview(): void {
    if (!view) return drawPreview();
    view.clearTimeout(previewTimer);
    previewTimer = view.setTimeout(drawPreview, PREVIEW_DELAY_MS);
  }
  function drawPreview(): void {
    if (!check.ok || !visible) return;
    preview.draw(check.scenario);
    previewDrawn = true;
    preview.stale(false);
  }

  /** The first visit's starting copy, not yet changed, made again in the language as it is now. */
  function restartUntouched(): void {
    if (untouchedStart === null || draft !== untouchedStart) return;
    draft = untouchedStart = draftFrom(pick('sialkot-surgical'), taken);
    for (const form of forms) form.rebuild();
    validate();
    schedulePreview();
  }

  /** A new draft in the editor (started from a scenario, opened, imported or from a link). */
  function load(next: unknown, message: string): void {
    // What was being edited is not lost: kept in the list first, unless it is there as it is.
    let kept = '';
    if (dirty && store.save(draft).ok) {
      kept = ` ${t('Your previous scenario is kept in your scenarios in this browser.')}`;
      drawSaved();
    }
    dirty = false;
    message += kept;
    draft = next;
    for (const form of forms) form.rebuild();
    validate();
    schedulePreview();
    keepDraft();
    options.announce(message);
  }

  /** A notice, with its lines (messages whose text from a file is already escaped: problemText, notJsonWords; an Arabic one's isolates kept). */
  function showNotice(text: string, lines: readonly string[] = []): void {
    noticeText.textContent = text;
    noticeList.replaceChildren(...lines.slice(0, 8).map((line) => el(doc, 'li', { dir: 'auto' }, line)));
    notice.hidden = false;
  }

  // --- Start from, saved scenarios. ---
  startButton.addEventListener('click', () => {
    const from = pick(startSelect.value);
    load(draftFrom(from, taken), t('A copy of {name} is in the editor.', { name: from.shortName }));
    notice.hidden = true;
  });

  function drawSaved(): void {
    const saved = store.list();
    savedEmpty.hidden = saved.length > 0;
    savedList.replaceChildren(
      ...saved.map((entry) => {
        const item = el(doc, 'li', { class: 'editor-saved__item', 'data-id': entry.id });
        const name = el(doc, 'span', { class: 'editor-saved__name' }, entry.name);
        const when = el(doc, 'span', { class: 'editor-hint' }, `${entry.id} · ${savedAt(entry.savedAt)}`);
        const openButton = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Open'));
        openButton.setAttribute('aria-label', t('Open {name}', { name: entry.name }));
        openButton.addEventListener('click', () => load(structuredClone(entry.data), t('{name} is in the editor.', { name: entry.name })));
        const remove = el(doc, 'button', { type: 'button', class: 'secondary' }, t('Delete'));
        remove.setAttribute('aria-label', t('Delete {name}', { name: entry.name }));
        remove.addEventListener('click', () => {
          store.remove(entry.id);
          drawSaved();
          options.announce(t('{name} deleted.', { name: entry.name }));
        });
        const text = el(doc, 'span', { class: 'editor-saved__text' });
        text.append(name, when);
        item.append(text, openButton, remove);
        return item;
      }),
    );
  }

  // --- Actions. ---
  saveButton.addEventListener('click', () => {
    const outcome = store.save(draft);
    if (outcome.ok) dirty = false;
    keepDraft();
    if (!outcome.ok) {
      showNotice(t('Your browser already keeps {count} scenarios: delete one to save this one.', { count: store.list().length }));
      return;
    }
    drawSaved();
    const { name } = savedNames(draft);
    const message = outcome.persisted
      ? t('"{name}" saved in this browser.', { name })
      : t('"{name}" is kept until you close the page: this browser refused to store it.', { name });
    status.textContent = message;
    options.announce(message);
  });
  exportButton.addEventListener('click', () => {
    if (!check.ok) return;
    const filename = `${check.scenario.id}.json`;
    downloadText(doc, filename, `${JSON.stringify(check.scenario, null, 2)}\n`);
    options.announce(t('"{file}" exported to your downloads.', { file: filename }));
  });
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void importFile(file);
  });
  async function importFile(file: File): Promise<void> {
    const source = file.name.slice(0, 120);
    let data: unknown;
    let text = '';
    try {
      text = await readFileText(file);
      data = parseJsonText(text, source);
    } catch (error) {
      showNotice(t('"{file}" is not a scenario file; your scenario is unchanged.', { file: escapeControl(source) }), [notJsonWords(text, error)]);
      return;
    }
    let checked = checkDraft(data);
    let renamed: string | null = null;
    // A built-in scenario's own file: taken in under an id of its own.
    if (!checked.ok && checked.problems.length === 1 && checked.problems[0]?.path === 'id' && data !== null && typeof data === 'object') {
      const id = freeId(`my-${String((data as { id: unknown }).id)}`, taken);
      data = { ...(data as object), id };
      renamed = id;
      checked = checkDraft(data);
    }
    if (!checked.ok) {
      showNotice(
        t('"{file}" breaks the scenario rules, so it was not opened; your scenario is unchanged. Fix these in the file:', { file: escapeControl(source) }),
        checked.problems.map((p) => problemText(p).text),
      );
      return;
    }
    notice.hidden = true;
    load(checked.scenario, t('"{file}" is in the editor.', { file: source }));
    if (renamed) showNotice(t('It has the id of a scenario this game already has, so its copy is called "{id}".', { id: renamed }));
  }
  shareButton.addEventListener('click', () => {
    if (!check.ok) return;
    const outcome = editorShareHash(check.scenario);
    if (!outcome.ok) {
      shareBox.hidden = true;
      showNotice(
        t('This scenario is too long for a link ({length} characters, at most {max}): share the exported file instead.', {
          length: outcome.length,
          max: 20_000,
        }),
      );
      return;
    }
    const href = view ? `${view.location.href.replace(/#.*$/s, '')}${outcome.hash}` : outcome.hash;
    shareInput.value = href;
    shareBox.hidden = false;
    shareInput.focus();
    shareInput.select();
    void view?.navigator.clipboard?.writeText(href).then(
      () => options.announce(t('The link is copied.')),
      () => options.announce(t('Copy the link from the box.')),
    );
  });
  playButton.addEventListener('click', () => check.ok && options.play(check.scenario));
  planButton.addEventListener('click', () => check.ok && options.plan(check.scenario));

  function open(hash: string): void {
    const link = readEditorHash(hash);
    if (link.kind === 'scenario') {
      load(link.scenario, t('The scenario from the link is in the editor.'));
      notice.hidden = true;
    } else if (link.kind === 'problem') {
      const why =
        link.problem === 'too-long'
          ? t('This scenario link is too long to be read.')
          : link.problem === 'damaged'
            ? t('This scenario link is damaged or incomplete: it was probably cut off when it was copied. Ask for the whole link.')
            : t('This scenario link holds a scenario that breaks the rules:');
      // The schema's problems in the language; a damaged link's parse error says no more than "damaged".
      showNotice(`${why} ${t('Your scenario is unchanged.')}`, link.found?.map((p) => problemText(p).text) ?? []);
    }
    // The address no longer carries the scenario (a reload reopens the kept draft).
    if (link.kind === 'scenario' || link.kind === 'problem') {
      try {
        view?.history.replaceState(view.history.state, '', '#editor');
      } catch {
        // Only a convenience.
      }
    }
  }

  // A page closed or reloaded within the moment after a key: the draft is kept first.
  view?.addEventListener('pagehide', () => {
    if (!draftTimer) return;
    view.clearTimeout(draftTimer);
    keepDraft();
  });

  // --- Start. ---
  drawSaved();
  validate();
  if (store.problem()) showNotice(t('Your saved scenarios could not all be read; what could not be read is kept aside in this browser.'));
  schedulePreview();

  return {
    open,
    setVisible(next) {
      visible = next;
      if (visible && formLocale !== currentLocale()) {
        formLocale = currentLocale();
        for (const form of forms) form.rebuild();
        validate();
        // The saved scenarios' dates and the preview's words follow the language too.
        drawSaved();
        previewDrawn = false;
        nameOptions();
        restartUntouched();
      }
      if (visible && check.ok && !previewDrawn) schedulePreview();
    },
    draft: () => draft,
  };
}
