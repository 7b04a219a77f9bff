/**
 * The little Markdown the help page uses, as HTML: headings, paragraphs, bulleted and numbered
 * lists (continued by indented lines), tables, `code`, **bold**, *emphasis* and [links](target).
 * Anything else is kept as escaped text, so a construct this does not know shows as written
 * rather than as broken markup.
 */

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** The id GitHub gives a heading, so `#troubleshooting` links work on GitHub and in the page. */
export function headingId(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function inline(text, link) {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => {
      if (i % 2 === 1) return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, target) => link(target.replace(/&amp;/g, '&'), label))
        .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
        .replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>');
    })
    .join('');
}

/**
 * `link(target, labelHtml)` returns the HTML for a link: the caller decides what a relative
 * target means where the page is shown.
 */
export function markdownToHtml(markdown, link) {
  const out = [];
  let paragraph = [];
  let list = null; // { tag, items: string[][] }
  let table = null; // string[][]: the header row, then the body rows

  const flushParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '), link)}</p>`);
    paragraph = [];
  };
  const flushTable = () => {
    if (table) {
      const row = (cells, tag) => `<tr>${cells.map((c) => `<${tag}>${inline(c, link)}</${tag}>`).join('')}</tr>`;
      const [head, ...body] = table;
      out.push(
        `<table>\n<thead>${row(head, 'th')}</thead>\n<tbody>\n${body.map((r) => row(r, 'td')).join('\n')}\n</tbody>\n</table>`,
      );
    }
    table = null;
  };
  const flushList = () => {
    if (list) {
      const items = list.items.map((lines) => `<li>${inline(lines.join(' '), link)}</li>`);
      out.push(`<${list.tag}>\n${items.join('\n')}\n</${list.tag}>`);
    }
    list = null;
  };

  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const item = /^(?:(-|\*)|\d+\.)\s+(.*)$/.exec(line);
    const cells = /^\|(.*)\|\s*$/
      .exec(line)?.[1]
      .split('|')
      .map((c) => c.trim());
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      flushTable();
    } else if (cells) {
      flushParagraph();
      flushList();
      // The line under the header (|---|---|) only marks it as one.
      if (!cells.every((c) => /^:?-+:?$/.test(c))) (table ??= []).push(cells);
    } else if (heading) {
      flushParagraph();
      flushList();
      flushTable();
      const level = heading[1].length;
      out.push(`<h${level} id="${headingId(heading[2])}">${inline(heading[2], link)}</h${level}>`);
    } else if (item) {
      flushParagraph();
      const tag = item[1] ? 'ul' : 'ol';
      if (list && list.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push([item[2]]);
    } else if (list && /^\s+\S/.test(line)) {
      list.items[list.items.length - 1].push(line.trim());
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  flushTable();
  return out.join('\n');
}
