// Inline configuration comments (spec §9): nota-disable, nota-enable, nota-disable-next-line, nota-disable-line.
import type { Html, Root, RootContent } from 'mdast';
import type { LineIndex } from '../text';
import type { Directive } from './types';

const DIRECTIVE = /^<!--\s*nota-(disable-next-line|disable-line|disable|enable)((?:\s+[a-z][a-z0-9*-]*)*)\s*-->$/;
const KIND_OVERRIDE = /^<!--\s*nota-type:\s*(nota|beantwoording)\s*-->/;

function htmlNodes(tree: Root): Html[] {
  const found: Html[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'html') found.push(node);
      else if ('children' in node) visit(node.children as RootContent[]);
    }
  };
  visit(tree.children);
  return found;
}

export function findDirectives(tree: Root, lineIndex: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const node of htmlNodes(tree)) {
    // A block may hold several comments on consecutive lines.
    const base = node.position?.start.offset ?? 0;
    for (const part of node.value.matchAll(/[^\r\n]+/g)) {
      const match = DIRECTIVE.exec(part[0].trim());
      if (!match) continue;
      const start = base + part.index + part[0].indexOf('<!--');
      directives.push({
        kind: match[1] as Directive['kind'],
        rules: match[2].trim().split(/\s+/).filter(Boolean),
        span: { start, end: start + part[0].trim().length },
        line: lineIndex.positionAt(start).line,
      });
    }
  }
  return directives;
}

/** `<!-- nota-type: beantwoording -->` on the first line overrides kind detection (spec §1). */
export function kindOverride(text: string): 'nota' | 'beantwoording' | undefined {
  const firstLine = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n|\r/, 1)[0];
  return KIND_OVERRIDE.exec(firstLine)?.[1] as 'nota' | 'beantwoording' | undefined;
}
