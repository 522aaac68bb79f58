// The facilitator guide (docs/facilitator-guide.md) inside the app, at #workshop&guide: the Markdown
// file is bundled as text (so it works offline and in the single-file build) and drawn with a tiny
// renderer that knows the guide's few forms (headings, paragraphs, lists) and sets textContent only.
import guideText from '../../docs/facilitator-guide.md?raw';
import { el } from './component';
import { t } from './i18n';
import type { FacilitatorView, WorkshopViewOptions } from './workshop-facilitator';

export type GuideBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/** Inline Markdown the guide may use, reduced to its text: `code`, **strong**, *emphasis*, [link](url). */
export function plainInline(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/(^|[^\w*])\*([^*\s][^*]*)\*/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The guide's blocks: ATX headings, paragraphs, and "-" or "1." lists whose items may wrap onto indented lines. */
export function parseGuide(markdown: string): GuideBlock[] {
  const blocks: GuideBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: plainInline(paragraph.join(' ')) });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(plainInline) });
    list = null;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^\s{0,3}(?:([-*+])|(\d+)[.)])\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: plainInline(heading[2]!) });
    } else if (item) {
      const ordered = item[2] !== undefined;
      if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(item[3]!);
    } else if (!line.trim()) {
      flush();
    } else if (list && /^\s+/.test(line)) {
      const last = list.items.length - 1;
      list.items[last] = `${list.items[last]} ${line.trim()}`;
    } else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

export function mountFacilitatorGuide(root: HTMLElement, options: WorkshopViewOptions): FacilitatorView {
  const { doc } = options;
  const back = el(doc, 'button', { type: 'button', class: 'secondary ws-guide-back' });
  back.addEventListener('click', () => options.go({ view: 'home' }));
  const note = el(doc, 'p', { class: 'workshop-hint' });
  const article = el(doc, 'article', {
    class: 'ws-guide',
    'aria-labelledby': 'ws-guide-title',
    lang: 'en',
    dir: 'ltr',
  });
  let first = true;
  for (const block of parseGuide(guideText)) {
    if (block.kind === 'heading') {
      // The screen's heading is h2: the guide's title is h3, its sections h4, and so on.
      const level = Math.min(6, block.level + 2) as 3 | 4 | 5 | 6;
      article.append(el(doc, `h${level}`, first ? { id: 'ws-guide-title' } : {}, block.text));
      first = false;
    } else if (block.kind === 'paragraph') article.append(el(doc, 'p', {}, block.text));
    else {
      const list = el(doc, block.ordered ? 'ol' : 'ul');
      for (const item of block.items) list.append(el(doc, 'li', {}, item));
      article.append(list);
    }
  }
  root.replaceChildren(back, note, article);
  const label = () => {
    back.textContent = t('Back to the workshop');
    note.textContent = t('The guide is in English.');
    note.hidden = doc.documentElement.lang.startsWith('en') || !doc.documentElement.lang;
  };
  label();
  return { open: label };
}
