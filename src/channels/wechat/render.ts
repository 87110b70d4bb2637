// Lays the engine's replies out as WeChat text: one message per turn (WeChat takes one passive
// reply), the replies separated by blank lines, choices as numbered lines ("1. 资金周转") that
// the NLU understands when the user answers with the number, or, while the bot waits for a figure
// (choiceMode 'text', where "2" means two), as one line of words ("可回复：微型企业 / 小型企业 / 跳过").
// The result is split into pages of at most 2,047 bytes between items (a recommendation with its
// reasons, a caution, a reply's paragraph, a list of choices: the reply's `items` where it has
// them), never inside one; page 1 holds the items marked lead (the best pick and the most
// important caution), and each page but the last ends with a line saying what 更多 / MORE brings
// ("回复“更多”查看：其他风险提示（3条）、可回复的选项"); the route keeps the pages not yet shown.
//
// Optional tappable choices (WECHAT_MENU_LINKS): `weixin://bizmsgmenu` links, which send the label
// as the user's message when tapped; the engine recognises a choice by its exact label. They are
// put in after pagination, line by line, only where the page still fits, so that a cut can never
// fall inside a link's markup and plain numbered choices always remain the fallback.

import type { Reply, ReplyItemKind } from '../../conversation/types';
import { translator } from '../../i18n';
import type { Locale } from '../../locale';
import { WECHAT_TEXT_MAX_BYTES, paginateItems, type PageItem } from './paginate';

export interface RenderOptions {
  /** Make choices tappable with weixin://bizmsgmenu links (off by default). */
  menuLinks: boolean;
  /** Byte ceiling per page; WECHAT_TEXT_MAX_BYTES unless a test says otherwise. */
  maxBytes?: number;
}

// Labels with these characters are left plain: they would need escaping in the link's markup,
// and how WeChat unescapes msgmenucontent is not documented.
const NOT_LINKABLE = /[&"'<>%#\n]/;
const MAX_LINK_LABEL = 60;

function linkable(label: string): boolean {
  return label.length > 0 && label.length <= MAX_LINK_LABEL && !NOT_LINKABLE.test(label);
}

function link(label: string, id: number): string {
  return `<a href="weixin://bizmsgmenu?msgmenucontent=${label}&msgmenuid=${id}">${label}</a>`;
}

/** What a page item is: a reply's item, or the reply's choices. */
type ItemKind = ReplyItemKind | 'choices';

interface Item extends PageItem {
  kind: ItemKind;
}

interface Rendered {
  items: Item[];
  /** Whole lines of the text and the same line with tappable links. */
  linkedLines: Map<string, string>;
}

function layout(replies: readonly Reply[], locale: Locale): Rendered {
  const t = translator(locale, 'channels');
  const linkedLines = new Map<string, string>();
  const items: Item[] = [];
  let linkId = 0;

  for (const reply of replies) {
    const own: Item[] = [];
    const text = reply.text.trim();
    if (reply.items) {
      let end = 0;
      for (const { start, end: itemEnd, kind, lead } of reply.items) {
        // A blank line between the previous item and this one makes it a paragraph.
        own.push({
          text: reply.text.slice(start, itemEnd),
          kind,
          paragraph: reply.text.slice(end, start).includes('\n\n'),
          ...(lead ? { lead } : {}),
        });
        end = itemEnd;
      }
    } else if (text) own.push({ text, kind: 'text', paragraph: false });
    const lines: string[] = [];
    if (reply.choices.length > 0) {
      if (reply.choiceMode === 'number') {
        reply.choices.forEach((choice, i) => {
          const plain = `${i + 1}. ${choice.label}`;
          lines.push(plain);
          linkId++;
          if (linkable(choice.label)) linkedLines.set(plain, `${i + 1}. ${link(choice.label, linkId)}`);
        });
      } else {
        const labels = reply.choices.map((c) => c.label);
        const plain = t('wechat.textChoices', { choices: labels.join(' / ') });
        lines.push(plain);
        const linked = labels.map((label) => (linkable(label) ? link(label, ++linkId) : label));
        linkedLines.set(plain, t('wechat.textChoices', { choices: linked.join(' / ') }));
      }
    }
    if (lines.length > 0) own.push({ text: lines.join('\n'), kind: 'choices', paragraph: false });
    // Replies are separated by a blank line.
    own.forEach((item, i) => {
      items.push(i === 0 ? { ...item, paragraph: true } : item);
    });
  }
  return { items, linkedLines };
}

/** The generic "reply MORE" line, for a next page of plain text. */
export function moreHint(locale: Locale): string {
  return translator(locale, 'channels')('wechat.moreHint');
}

/** How the hint names an item kind; a reply's menu line and its choices are both what one can reply. */
const HINT_KIND: Record<ItemKind, 'text' | 'recommendation' | 'caution' | 'choices'> = {
  text: 'text',
  recommendation: 'recommendation',
  caution: 'caution',
  menu: 'choices',
  choices: 'choices',
};

/**
 * The line ending a page: what the next page holds, kinds in the order they come there
 * ("回复“更多”查看：其他风险提示（2条）、可回复的选项"), or the generic hint when it is all text.
 */
function moreHintFor(locale: Locale, next: readonly Item[]): string {
  const t = translator(locale, 'channels');
  const counts = new Map<(typeof HINT_KIND)[ItemKind], number>();
  for (const item of next) counts.set(HINT_KIND[item.kind], (counts.get(HINT_KIND[item.kind]) ?? 0) + 1);
  if (counts.size === 1 && counts.has('text')) return moreHint(locale);
  const contents = [...counts].map(([kind, count]) => t(`wechat.moreContents.${kind}`, { count }));
  return t('wechat.moreHintWith', { contents: contents.join(locale === 'zh-CN' ? '、' : ', ') });
}

const hintBytesByLocale = new Map<Locale, number>();

/** The longest line moreHintFor can return (two-digit counts), reserved on every page. */
function hintBytes(locale: Locale): number {
  let known = hintBytesByLocale.get(locale);
  if (known === undefined) {
    known = longestHintBytes(locale);
    hintBytesByLocale.set(locale, known);
  }
  return known;
}

function longestHintBytes(locale: Locale): number {
  const many: Item[] = (['text', 'recommendation', 'caution', 'choices'] as const).flatMap((kind) =>
    Array.from({ length: 99 }, () => ({ text: '', kind, paragraph: false })),
  );
  return Math.max(Buffer.byteLength(moreHint(locale), 'utf8'), Buffer.byteLength(moreHintFor(locale, many), 'utf8'));
}

/**
 * The replies of one turn as WeChat text pages, each at most `maxBytes` bytes of UTF-8.
 * [] when there is nothing to say.
 */
export function renderPages(replies: readonly Reply[], locale: Locale, options: RenderOptions): string[] {
  const maxBytes = options.maxBytes ?? WECHAT_TEXT_MAX_BYTES;
  const { items, linkedLines } = layout(replies, locale);
  const pages = paginateItems(items, { maxBytes, hintBytes: hintBytes(locale), moreHint: (next) => moreHintFor(locale, next) });
  if (!options.menuLinks || linkedLines.size === 0) return pages;
  return pages.map((page) => withLinks(page, linkedLines, maxBytes));
}

function withLinks(page: string, linkedLines: Map<string, string>, maxBytes: number): string {
  const lines = page.split('\n');
  let bytes = Buffer.byteLength(page, 'utf8');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const linked = linkedLines.get(line);
    if (linked === undefined) continue;
    const extra = Buffer.byteLength(linked, 'utf8') - Buffer.byteLength(line, 'utf8');
    // Links are a nicety: a page that would overflow keeps the plain line.
    if (bytes + extra > maxBytes) continue;
    lines[i] = linked;
    bytes += extra;
  }
  return lines.join('\n');
}
