// micromark's setext heading resolver rebuilds the whole event list of the parse (EditMap.consume
// copies every event) for each heading, although everything it changes lies in the heading's own
// content: a piece of 64 KB of `text\n---\n` pairs (7,000 headings) copied its events 7,000 times,
// 200 ms per KB. The same construct with the same resolver, run on the heading's events only (from
// its content on) and put back: the same tokens, in time linear in the piece.
import { setextUnderline } from 'micromark-core-commonmark';
import type { Construct, Event, Extension, Resolver } from 'micromark-util-types';

const resolveWholeList = setextUnderline.resolveTo as Resolver;

/** The last `enter content` event: where the heading's text starts (it always exists: see the resolver). */
function contentStart(events: Event[]): number {
  for (let index = events.length - 1; index >= 0; index--) {
    if (events[index][0] === 'enter' && events[index][1].type === 'content') return index;
  }
  return 0;
}

const resolveTail: Resolver = (events, context) => {
  const start = contentStart(events);
  if (start === 0) return resolveWholeList(events, context);
  const resolved = resolveWholeList(events.slice(start), context);
  events.length = start;
  for (const event of resolved) events.push(event);
  return events;
};

const linearSetextUnderline: Construct = { ...setextUnderline, name: 'notaSetextUnderline', resolveTo: resolveTail };

/** micromark's setext underline replaced by the same construct with the linear resolver (`-` and `=`, before the thematic break as in micromark). */
export const linearSetextExtension: Extension = {
  disable: { null: ['setextUnderline'] },
  flow: { 45: [linearSetextUnderline], 61: [linearSetextUnderline] },
};
