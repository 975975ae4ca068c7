// What-if parsers, for the "where the time goes" part of the report: how much of the parse each piece
// of GFM costs, so that a proposal to parse less can be weighed with numbers. Bundled apart from
// entry.ts (bench/build.mjs) because it imports remark's inner packages directly: when one of them
// moves, only this section is skipped.
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { parse as micromarkParse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A remark plugin that adds the given micromark and mdast extensions, the way remark-gfm does. */
function extensions(micromark: unknown[], mdast: unknown[]) {
  return function (this: any) {
    const data = this.data();
    (data.micromarkExtensions ||= []).push(...micromark);
    (data.fromMarkdownExtensions ||= []).push(...mdast);
  };
}

const asCore = unified().use(remarkParse).use(remarkGfm);
const plain = unified().use(remarkParse);
const tableOnly = unified().use(remarkParse).use(extensions([gfmTable()], [gfmTableFromMarkdown()]));
const noAutolink = unified()
  .use(remarkParse)
  .use(extensions([gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()], [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()]));
const gfmTokens = { extensions: [gfm()] };

// The first entry is the baseline: the core's parser, rebuilt here so that all variants share one copy
// of micromark (and its JIT state).
export const variants: Record<string, (text: string) => unknown> = {
  'remark-parse + remark-gfm (as the core)': (text) => asCore.parse(text),
  'remark-parse, no GFM': (text) => plain.parse(text),
  'remark-parse + GFM table only': (text) => tableOnly.parse(text),
  'remark-parse + GFM without autolink literals': (text) => noAutolink.parse(text),
  'micromark tokens + GFM, no mdast (as markdownlint)': (text) => postprocess(micromarkParse(gfmTokens).document().write(preprocess()(text, 'utf8', true))),
};
