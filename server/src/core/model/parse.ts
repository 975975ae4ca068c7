// The model's Markdown parse: CommonMark plus GFM tables, which is all the model reads (the Bijlagen
// table). The other GFM extensions (autolink literals especially, tried at every character) cost a
// third of the parse and feed nothing; the preview parses with full GFM itself.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { guardForParsing } from './parse-guard';

export function parseMarkdown(text: string): Root {
  return fromMarkdown(guardForParsing(text), { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}
