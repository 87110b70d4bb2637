// Lays the engine's replies out as WeChat text: one message per turn (WeChat takes one passive
// reply), the replies separated by blank lines, choices as numbered lines ("1. 资金周转") that
// the NLU understands when the user answers with the number, or, while the bot waits for a figure
// (choiceMode 'text', where "2" means two), as one line of words ("可回复：微型企业 / 小型企业 / 跳过").
// The result is split into pages of at most 2,047 bytes, each but the last ending with the
// "reply MORE" hint; the route keeps the pages not yet shown.
//
// Optional tappable choices (WECHAT_MENU_LINKS): `weixin://bizmsgmenu` links, which send the label
// as the user's message when tapped; the engine recognises a choice by its exact label. They are
// put in after pagination, line by line, only where the page still fits, so that a cut can never
// fall inside a link's markup and plain numbered choices always remain the fallback.

import type { Reply } from '../../conversation/types';
import { translator } from '../../i18n';
import type { Locale } from '../../locale';
import { WECHAT_TEXT_MAX_BYTES, paginate } from './paginate';

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

interface Rendered {
  text: string;
  /** Whole lines of `text` and the same line with tappable links. */
  linkedLines: Map<string, string>;
}

function layout(replies: readonly Reply[], locale: Locale): Rendered {
  const t = translator(locale, 'channels');
  const linkedLines = new Map<string, string>();
  const blocks: string[] = [];
  let linkId = 0;

  for (const reply of replies) {
    const lines: string[] = [];
    const text = reply.text.trim();
    if (text) lines.push(text);
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
    if (lines.length > 0) blocks.push(lines.join('\n'));
  }
  return { text: blocks.join('\n\n'), linkedLines };
}

/** The "reply MORE" hint appended to every page but the last, with its blank line. */
export function moreHint(locale: Locale): string {
  return `\n\n${translator(locale, 'channels')('wechat.moreHint')}`;
}

/**
 * The replies of one turn as WeChat text pages, each at most `maxBytes` bytes of UTF-8.
 * [] when there is nothing to say.
 */
export function renderPages(replies: readonly Reply[], locale: Locale, options: RenderOptions): string[] {
  const maxBytes = options.maxBytes ?? WECHAT_TEXT_MAX_BYTES;
  const { text, linkedLines } = layout(replies, locale);
  const pages = paginate(text, { maxBytes, moreHint: moreHint(locale) });
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
