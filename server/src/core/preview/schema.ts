// The allow-list for HTML in the preview: a nota is untrusted input. Only text structure survives;
// no scripts, event handlers, styles, frames, SVG, images or non-http(s)/mailto links.
import type { Options as Schema } from 'rehype-sanitize';

const STRUCTURE = ['article', 'header', 'aside', 'section', 'footer', 'div', 'span', 'mark', 'dl', 'dt', 'dd'];
const TEXT = ['p', 'br', 'hr', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'sub', 'sup', 'code', 'pre', 'blockquote', 'a'];
const BLOCKS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td'];

export const PREVIEW_SCHEMA: Schema = {
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'noscript', 'textarea', 'select', 'button', 'form', 'title'],
  tagNames: [...STRUCTURE, ...TEXT, ...BLOCKS],
  attributes: {
    '*': ['className', 'title', 'dataLine', 'dataGround', 'dataRule'],
    a: ['href'],
    ol: ['start'],
    td: ['align'],
    th: ['align'],
  },
  protocols: { href: ['http', 'https', 'mailto'] },
  clobberPrefix: 'user-content-',
  clobber: ['id', 'name'],
  required: {},
  ancestors: { li: ['ol', 'ul'], tbody: ['table'], thead: ['table'], tr: ['table', 'thead', 'tbody'], td: ['tr'], th: ['tr'] },
};
