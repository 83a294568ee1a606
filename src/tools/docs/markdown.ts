/**
 * A small Markdown renderer for the guides (docs/guides/*.md → *.html): ATX headings with
 * anchors, paragraphs, nested lists, fenced code, GitHub tables, block quotes, and inline code,
 * links, bold and italics. Enough for the guides, which are written for it; no HTML passes
 * through. Relative links to other guides (`x.md`) become links to their pages (`x.html`).
 *
 * @module
 */
import { esc } from './html.js';

/** The anchor of a heading: lower case, letters and digits joined by dashes (GitHub style). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[`*_[\]()]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

/** Rewrites a link target: a guide `x.md` (same folder) becomes `x.html`. */
function href(target: string): string {
  const m = /^([\w.-]+)\.md(#.*)?$/.exec(target);
  return m ? `${m[1]}.html${m[2] ?? ''}` : target;
}

/** Inline Markdown: code spans, links, bold, italics. */
export function inline(text: string): string {
  const out: string[] = [];
  let i = 0;
  let plain = '';
  const flush = (): void => {
    if (plain) out.push(esc(plain));
    plain = '';
  };
  while (i < text.length) {
    const rest = text.slice(i);
    const prev = i > 0 ? (text[i - 1] as string) : ' ';
    const codeSpan = /^`([^`]+)`/.exec(rest);
    const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(rest);
    const bold = /^\*\*([^*]+)\*\*/.exec(rest);
    const em = /\w/.test(prev) ? null : /^(?:\*([^*\s][^*]*)\*|_([^_\s][^_]*)_)(?!\w)/.exec(rest);
    if (codeSpan) {
      flush();
      out.push(`<code>${esc(codeSpan[1] as string)}</code>`);
      i += codeSpan[0].length;
    } else if (link) {
      flush();
      out.push(`<a href="${esc(href(link[2] as string))}">${inline(link[1] as string)}</a>`);
      i += link[0].length;
    } else if (bold) {
      flush();
      out.push(`<strong>${inline(bold[1] as string)}</strong>`);
      i += bold[0].length;
    } else if (em) {
      flush();
      out.push(`<em>${inline((em[1] ?? em[2]) as string)}</em>`);
      i += em[0].length;
    } else {
      plain += text[i];
      i++;
    }
  }
  flush();
  return out.join('');
}

const LIST_ITEM = /^(\s*)([-*]|\d+\.)\s+(.*)$/;

function isTableSeparator(line: string): boolean {
  return /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line);
}

function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\\|/g, '|'));
}

/** Block-level Markdown to HTML. */
export function markdownToHtml(markdown: string): string {
  const lines = markdown.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  const blank = (l: string | undefined): boolean => l === undefined || l.trim() === '';
  while (i < lines.length) {
    const line = lines[i] as string;
    if (blank(line)) {
      i++;
      continue;
    }
    const fence = /^(\s{0,3})```(\w*)\s*$/.exec(line);
    if (fence) {
      const pad = (fence[1] as string).length;
      const body: string[] = [];
      i++;
      while (i < lines.length && !/^\s{0,3}```\s*$/.test(lines[i] as string)) body.push((lines[i++] as string).slice(pad));
      i++;
      out.push(`<pre><code${fence[2] ? ` class="language-${esc(fence[2])}"` : ''}>${esc(body.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (heading) {
      const level = (heading[1] as string).length;
      const text = heading[2] as string;
      out.push(`<h${level} id="${esc(slug(text))}">${inline(text)}</h${level}>`);
      i++;
      continue;
    }
    if (line.trim().startsWith('|') && isTableSeparator(lines[i + 1] ?? '')) {
      const head = cells(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] as string).trim().startsWith('|')) rows.push(cells(lines[i++] as string));
      out.push(
        `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>\n${rows
          .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`)
          .join('\n')}\n</tbody></table>`,
      );
      continue;
    }
    if (/^>\s?/.test(line)) {
      const body: string[] = [];
      while (i < lines.length && /^>\s?/.test(lines[i] as string)) body.push((lines[i++] as string).replace(/^>\s?/, ''));
      out.push(`<blockquote>${markdownToHtml(body.join('\n'))}</blockquote>`);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const indent = (item[1] as string).length;
      const ordered = /\d/.test(item[2] as string);
      const items: string[][] = [];
      let contentIndent = indent + 2;
      while (i < lines.length) {
        const l = lines[i] as string;
        const m = LIST_ITEM.exec(l);
        if (m && (m[1] as string).length === indent && /\d/.test(m[2] as string) === ordered) {
          items.push([m[3] as string]);
          contentIndent = indent + (m[2] as string).length + 1;
          i++;
          continue;
        }
        if (blank(l)) {
          // a blank line ends the list unless the next line continues it (indented or another item)
          const next = lines[i + 1];
          const nm = next === undefined ? null : LIST_ITEM.exec(next);
          if (next !== undefined && ((nm && (nm[1] as string).length >= indent) || /^\s{2,}\S/.test(next))) {
            items[items.length - 1]?.push('');
            i++;
            continue;
          }
          break;
        }
        if (/^\s+\S/.test(l) && items.length > 0) {
          items[items.length - 1]?.push(l.slice(Math.min(contentIndent, l.search(/\S/))));
          i++;
          continue;
        }
        break;
      }
      const tag = ordered ? 'ol' : 'ul';
      const html = items
        .map((body) => {
          const [head, ...more] = body;
          // lines right after the item's first line continue its text
          let first = head ?? '';
          while (more.length > 0 && (more[0] as string).trim() !== '' && !LIST_ITEM.exec(more[0] as string) && !/^\s*```/.test(more[0] as string)) {
            first += ` ${(more.shift() as string).trim()}`;
          }
          const nested = more.join('\n');
          const hasBlocks = nested.trim() !== '';
          return `<li>${inline(first)}${hasBlocks ? markdownToHtml(nested) : ''}</li>`;
        })
        .join('\n');
      out.push(`<${tag}>\n${html}\n</${tag}>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !blank(lines[i]) && !/^(#{1,4}\s|```|>\s?)/.test(lines[i] as string) && !LIST_ITEM.exec(lines[i] as string)) {
      para.push((lines[i++] as string).trim());
    }
    if (para.length === 0) {
      // a line no block rule took (should not happen): keep it as a paragraph
      para.push((lines[i++] as string).trim());
    }
    out.push(`<p>${inline(para.join(' '))}</p>`);
  }
  return out.join('\n');
}

/** The first level-1 heading of a Markdown page (its title). */
export function markdownTitle(markdown: string): string {
  return /^#\s+(.*)$/m.exec(markdown)?.[1]?.replace(/`/g, '') ?? 'Guide';
}
