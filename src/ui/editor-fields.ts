// The scenario editor's form, drawn from the generated field tree (src/view/editor-form.ts): one
// control per schema field, labelled in the interface's language (locales/editor-fields.ts, by schema
// path), its description and range as the hint, and a message slot the schema's messages go into
// (in the interface's language: editor-messages.ts). Lists are fieldsets whose items can be added
// and removed (an item with parts is a collapsible <details>); optional blocks can be added and
// removed. Typing changes the draft without redrawing; adding or removing redraws the form (open
// items stay open). All text from the draft goes in as values or textContent, never as HTML.
import {
  emptyValue,
  fieldPattern,
  getAt,
  humanize,
  itemTitle,
  rangeOf,
  removeAt,
  renameKey,
  setAt,
  type DraftProblem,
  type FieldNode,
  type FieldPath,
} from '../view/editor-form';
import { formatNumber } from '../view/format';
import { el } from './component';
import { problemText } from './editor-messages';
import { optionText, optionWords } from './editor-options';
import { t } from './i18n';
import { fieldHint, fieldLabel } from './locales/editor-fields';

export interface EditorFormOptions {
  doc: Document;
  fields: readonly FieldNode[];
  /** The draft now. */
  draft(): unknown;
  /** A value typed (structural: the form must be redrawn, an item was added or removed). */
  change(next: unknown, structural: boolean): void;
}

export interface EditorForm {
  element: HTMLElement;
  /** Draws the form again from the draft (after a new draft, or an item added or removed). */
  rebuild(): void;
  /** Puts each problem next to its field (or the nearest block that is drawn); returns the element shown for each. */
  showProblems(problems: readonly DraftProblem[]): Map<DraftProblem, HTMLElement | null>;
}

/** The path as messages write it: "initial.smeFirms", "events[0].title". */
export function pathText(path: FieldPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/** The decimals a bound is written with (0.001 -> 3, 1000000 -> 0). */
function decimalsOf(x: number): number {
  const text = String(x);
  const at = text.indexOf('.');
  return at < 0 || /e/i.test(text) ? 0 : Math.min(6, text.length - at - 1);
}

const idOf = (path: FieldPath): string => `ed-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;

const ACRONYMS: Record<string, string> = { sme: 'SME', usd: 'US$', tnc: 'TNC', iso: 'ISO', id: 'ID', m: 'm' };
/** A field's label: its name in words, with acronyms written as such ("budgetUsdM" -> "Budget US$ m"). */
export function labelOf(key: string): string {
  return humanize(key)
    .split(' ')
    .map((w, i) => ACRONYMS[w.toLowerCase()] ?? (i === 0 ? w : w))
    .join(' ');
}

/** A field's label in the interface's language, by its place in the schema (labelOf its name where the dictionary has none). */
export function labelAt(key: string, path: FieldPath): string {
  return fieldLabel(fieldPattern(path)) ?? labelOf(key);
}

export function mountEditorForm(options: EditorFormOptions): EditorForm {
  const { doc } = options;
  const element = el(doc, 'div', { class: 'editor-form' });
  /** Message slots and controls by path text; blocks (groups, lists) too, for problems about the whole block. */
  let slots = new Map<string, { message: HTMLElement; control: HTMLElement | null; wrap: HTMLElement }>();
  const open = new Set<string>();

  const set = (path: FieldPath, value: unknown) => options.change(setAt(options.draft(), path, value), false);
  const restructure = (next: unknown) => options.change(next, true);

  /** A field's hint: its description (English, marked so, where the language has none yet), range and whether it may be left out. */
  function hintOf(field: FieldNode, path: FieldPath): { description: { text: string; translated: boolean } | null; rest: string } {
    const parts: string[] = [];
    const described = fieldHint(fieldPattern(path), field.hint);
    const description = described && { ...described, text: /[.!?]$/.test(described.text) ? described.text : `${described.text}.` };
    const range = rangeOf(field);
    if (range) {
      // Years read without a thousands separator; other figures with the locale's.
      const show = (x: number) => (/year/i.test(field.key) ? String(x) : formatNumber(x, { digits: decimalsOf(x) }));
      const min = range.min === null ? null : show(range.min);
      const max = range.max === null ? null : show(range.max);
      if (min !== null && max !== null)
        parts.push(range.integer ? t('A whole number from {min} to {max}.', { min, max }) : t('From {min} to {max}.', { min, max }));
      else if (min !== null) parts.push(t('At least {min}.', { min }));
      else if (max !== null) parts.push(t('At most {max}.', { max }));
    }
    if (field.optional && field.kind !== 'group' && field.kind !== 'list' && field.kind !== 'map')
      parts.push(path[0] === 'parameters' ? t('Optional: leave empty to use the model\'s default.') : t('Optional.'));
    return { description, rest: parts.join(' ') };
  }

  /** The hint paragraph (null when there is nothing to say). */
  function hintElement(field: FieldNode, path: FieldPath, id?: string): HTMLElement | null {
    const { description, rest } = hintOf(field, path);
    if (!description && !rest) return null;
    const hint = el(doc, 'p', id ? { class: 'editor-hint', id } : { class: 'editor-hint' });
    if (description)
      hint.append(description.translated ? description.text : el(doc, 'span', { lang: 'en', dir: 'ltr' }, description.text));
    if (description && rest) hint.append(' ');
    if (rest) hint.append(rest);
    return hint;
  }

  function register(path: FieldPath, wrap: HTMLElement, control: HTMLElement | null): HTMLElement {
    // A message keeps its own direction (an English one, with field paths, in an Arabic page).
    const message = el(doc, 'p', { class: 'editor-message', id: `${idOf(path)}-message`, hidden: '', dir: 'auto' });
    slots.set(pathText(path), { message, control, wrap });
    return message;
  }

  /** A scalar field: label, hint, control, message. */
  function scalar(field: FieldNode, path: FieldPath, value: unknown, label = labelAt(field.key, path)): HTMLElement {
    const id = idOf(path);
    const wrap = el(doc, 'div', { class: `editor-field editor-field--${field.kind}`, 'data-path': pathText(path) });
    const hint = hintElement(field, path, `${id}-hint`);
    let control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    switch (field.kind) {
      case 'number': {
        const input = el(doc, 'input', { type: 'number', id, dir: 'ltr', step: field.integer ? '1' : 'any', inputmode: field.integer ? 'numeric' : 'decimal' });
        input.value = typeof value === 'number' ? String(value) : '';
        input.addEventListener('input', () => {
          const text = input.value.trim();
          if (text === '' && field.optional) options.change(removeAt(options.draft(), path), false);
          else set(path, text === '' || !Number.isFinite(input.valueAsNumber) ? null : input.valueAsNumber);
        });
        control = input;
        break;
      }
      case 'boolean': {
        const input = el(doc, 'input', { type: 'checkbox', id });
        input.checked = value === true;
        input.addEventListener('change', () => set(path, input.checked));
        control = input;
        break;
      }
      case 'choice': {
        const select = el(doc, 'select', { id });
        if (field.optional) select.append(el(doc, 'option', { value: '' }, t('(none)')));
        const pattern = fieldPattern(path);
        for (const option of field.options) select.append(el(doc, 'option', { value: option }, optionText(pattern, option)));
        select.value = typeof value === 'string' ? value : '';
        select.addEventListener('change', () => {
          if (select.value === '' && field.optional) options.change(removeAt(options.draft(), path), false);
          else set(path, select.value);
        });
        control = select;
        break;
      }
      case 'json': {
        const area = el(doc, 'textarea', { id, rows: '4', class: 'editor-json', spellcheck: 'false', dir: 'ltr' });
        area.value = value === undefined ? '' : JSON.stringify(value, null, 2);
        area.addEventListener('input', () => {
          try {
            set(path, area.value.trim() === '' ? undefined : (JSON.parse(area.value) as unknown));
            area.removeAttribute('aria-invalid');
          } catch {
            area.setAttribute('aria-invalid', 'true');
          }
        });
        control = area;
        break;
      }
      default: {
        const prose = field.kind === 'text' && field.multiline;
        // dir auto: the scenario's own text may be in any language and direction.
        const input = prose ? el(doc, 'textarea', { id, rows: path[0] === 'sources' ? '2' : '4', dir: 'auto' }) : el(doc, 'input', { type: 'text', id, dir: 'auto' });
        input.value = typeof value === 'string' ? value : '';
        input.addEventListener('input', () => {
          if (input.value === '' && field.optional) options.change(removeAt(options.draft(), path), false);
          else set(path, input.value);
        });
        control = input;
      }
    }
    const message = register(path, wrap, control);
    control.setAttribute('aria-describedby', [hint?.id, message.id].filter(Boolean).join(' '));
    const labelEl = el(doc, 'label', { for: id, class: 'editor-label' }, label);
    if (field.kind === 'boolean') {
      const line = el(doc, 'div', { class: 'editor-check' });
      line.append(control, labelEl);
      wrap.append(line);
    } else wrap.append(labelEl, control);
    if (hint) wrap.append(hint);
    wrap.append(message);
    return wrap;
  }

  function removeButton(path: FieldPath, what: string): HTMLButtonElement {
    const button = el(doc, 'button', { type: 'button', class: 'secondary editor-remove' }, t('Remove'));
    button.setAttribute('aria-label', t('Remove {what}', { what }));
    button.addEventListener('click', () => restructure(removeAt(options.draft(), path)));
    return button;
  }

  function addButton(label: string, onClick: () => void): HTMLButtonElement {
    const button = el(doc, 'button', { type: 'button', class: 'secondary editor-add' }, label);
    button.addEventListener('click', onClick);
    return button;
  }

  /** A field of any kind at a path. */
  function field(node: FieldNode, path: FieldPath, label = labelAt(node.key, path)): HTMLElement {
    const value = getAt(options.draft(), path);
    if (node.kind === 'group' || node.kind === 'list' || node.kind === 'map') return block(node, path, value, label);
    return scalar(node, path, value, label);
  }

  /** A group, list or map: a fieldset with its legend, hint and parts. */
  function block(node: FieldNode, path: FieldPath, value: unknown, label: string): HTMLElement {
    const set = el(doc, 'fieldset', { class: `editor-block editor-block--${node.kind}`, 'data-path': pathText(path) });
    set.append(el(doc, 'legend', { class: 'editor-legend' }, label));
    const described = fieldHint(fieldPattern(path), node.hint);
    if (described)
      set.append(el(doc, 'p', described.translated ? { class: 'editor-hint' } : { class: 'editor-hint', lang: 'en', dir: 'ltr' }, described.text));
    const message = register(path, set, null);
    set.append(message);
    if (value === undefined && node.optional) {
      set.append(addButton(t('Add {what}', { what: label }), () => restructure(setAt(options.draft(), path, emptyValue(node)))));
      return set;
    }
    if (node.kind === 'group') {
      const parts = el(doc, 'div', { class: 'editor-parts' });
      for (const child of node.fields) parts.append(field(child, [...path, child.key]));
      set.append(parts);
    } else if (node.kind === 'list') {
      const items = Array.isArray(value) ? value : [];
      const list = el(doc, 'div', { class: 'editor-items' });
      items.forEach((item, i) => list.append(listItem(node.item, [...path, i], item, label, i)));
      set.append(list);
      if (node.maxItems === null || items.length < node.maxItems)
        set.append(addButton(t('Add to {what}', { what: label }), () => {
          const current = getAt(options.draft(), path);
          const next = [...(Array.isArray(current) ? current : []), emptyValue(node.item)];
          open.add(pathText([...path, next.length - 1]));
          restructure(setAt(options.draft(), path, next));
        }));
    } else if (node.kind === 'map') {
      const entries = Object.entries(value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});
      const list = el(doc, 'div', { class: 'editor-items editor-map' });
      for (const [key, entryValue] of entries) list.append(mapEntry(node, path, key, entryValue));
      set.append(list);
      set.append(addButton(t('Add an entry'), () => {
        const current = getAt(options.draft(), path);
        const taken = (k: string) => current !== null && typeof current === 'object' && Object.hasOwn(current, k);
        let key = 'new';
        for (let n = 2; taken(key); n++) key = `new-${n}`;
        restructure(setAt(options.draft(), [...path, key], emptyValue(node.value)));
      }));
    }
    if (node.optional) set.append(removeButton(path, label));
    return set;
  }

  /** One item of a list: a line (a text or number) or a collapsible block (an item with parts). */
  function listItem(node: FieldNode, path: FieldPath, value: unknown, listLabel: string, index: number): HTMLElement {
    const what = `${listLabel} ${index + 1}`;
    if (node.kind !== 'group' && node.kind !== 'list' && node.kind !== 'map') {
      const row = el(doc, 'div', { class: 'editor-item editor-item--line' });
      row.append(scalar(node, path, value, what), removeButton(path, what));
      return row;
    }
    const key = pathText(path);
    const details = el(doc, 'details', { class: 'editor-item', 'data-path': key });
    if (open.has(key)) details.open = true;
    // A choice by its name, a number as the hints write it (a year without a thousands separator).
    const heading = (item: unknown): string => {
      const title = itemTitle(item, (part, v) =>
        typeof v === 'number' ? (/year/i.test(part) ? String(v) : formatNumber(v, { digits: decimalsOf(v) })) : optionWords(fieldPattern([...path, part]), v),
      );
      return title ? `${index + 1}. ${title}` : what;
    };
    const summary = el(doc, 'summary', { class: 'editor-item__summary' }, heading(value));
    details.append(summary);
    // The heading follows what is typed or chosen in the item (the field's own listener has changed the draft by then).
    const retitle = () => {
      const next = heading(getAt(options.draft(), path));
      if (summary.textContent !== next) summary.textContent = next;
    };
    details.addEventListener('change', retitle);
    details.addEventListener('input', retitle);
    details.addEventListener('toggle', () => (details.open ? open.add(key) : open.delete(key)));
    const body = el(doc, 'div', { class: 'editor-item__body' });
    const message = register(path, details, null);
    body.append(message);
    if (node.kind === 'group') for (const child of node.fields) body.append(field(child, [...path, child.key]));
    else body.append(field(node, path, what));
    body.append(removeButton(path, what));
    details.append(body);
    return details;
  }

  /** One entry of a map (a source per figure): its key and its value. */
  function mapEntry(node: FieldNode & { kind: 'map' }, mapPath: FieldPath, key: string, value: unknown): HTMLElement {
    const path = [...mapPath, key];
    const row = el(doc, 'div', { class: 'editor-item editor-item--entry', 'data-path': pathText(path) });
    const keyId = `${idOf(path)}-key`;
    const keyWrap = el(doc, 'div', { class: 'editor-field editor-field--key' });
    const keyInput = el(doc, 'input', { type: 'text', id: keyId, class: 'editor-key', dir: 'ltr' });
    keyInput.value = key;
    let current = key;
    keyInput.addEventListener('change', () => {
      const renamed = renameKey(options.draft(), mapPath, current, keyInput.value.trim());
      if (!renamed.ok) {
        keyInput.value = current;
        return;
      }
      options.change(renamed.data, true);
    });
    keyWrap.append(el(doc, 'label', { for: keyId, class: 'editor-label' }, t('Field')), keyInput);
    // A citation is a sentence or two: a text box rather than a line.
    const valueNode: FieldNode = node.value.kind === 'text' ? { ...node.value, multiline: true } : node.value;
    const valueField =
      valueNode.kind === 'group' || valueNode.kind === 'list' ? field(valueNode, path, key) : scalar(valueNode, path, value, mapPath[0] === 'sources' ? t('Source of {key}', { key }) : key);
    row.append(keyWrap, valueField, removeButton(path, key));
    current = key;
    return row;
  }

  function rebuild(): void {
    slots = new Map();
    element.replaceChildren(...options.fields.map((f) => field(f, [f.key])));
  }

  function showProblems(problems: readonly DraftProblem[]): Map<DraftProblem, HTMLElement | null> {
    for (const slot of slots.values()) {
      slot.message.hidden = true;
      slot.message.textContent = '';
      slot.control?.removeAttribute('aria-invalid');
      slot.wrap.classList.remove('editor-invalid');
    }
    const shownAt = new Map<DraftProblem, HTMLElement | null>();
    const texts = new Map<HTMLElement, string[]>();
    for (const problem of problems) {
      // The field itself, else the nearest enclosing block that is drawn ("initial" for a rule across its fields).
      let path = problem.path;
      let slot = slots.get(path);
      while (!slot && path !== '') {
        path = path.replace(/(\.[^.[\]]*|\[\d+\])$/, '') === path ? '' : path.replace(/(\.[^.[\]]*|\[\d+\])$/, '');
        slot = slots.get(path);
      }
      if (!slot) {
        shownAt.set(problem, null);
        continue;
      }
      const list = texts.get(slot.message) ?? [];
      list.push(problemText(problem).text);
      texts.set(slot.message, list);
      slot.control?.setAttribute('aria-invalid', 'true');
      slot.wrap.classList.add('editor-invalid');
      // An invalid item inside a closed <details> opens, so its message is seen.
      const closed = slot.wrap.closest('details');
      if (closed && !closed.open) closed.open = true;
      shownAt.set(problem, slot.control ?? slot.wrap);
    }
    for (const [message, lines] of texts) {
      message.textContent = lines.join(' ');
      message.hidden = false;
    }
    return shownAt;
  }

  rebuild();
  return { element, rebuild, showProblems };
}
