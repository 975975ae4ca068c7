// Inline configuration comments (spec §9): nota-disable, nota-enable, nota-disable-next-line, nota-disable-line.
import type { Html, Root, RootContent } from 'mdast';
import type { DocumentKind } from '../types';
import type { LineIndex } from './lines';
import type { Directive } from './types';

const DIRECTIVE = /^<!--\s*nota-(disable-next-line|disable-line|disable|enable)((?:\s+[a-z][a-z0-9*-]*)*)\s*-->$/;
/** Case-insensitive, spaces allowed around the colon: `<!-- NOTA-TYPE : beantwoording -->`. */
const KIND_DIRECTIVE = /^<!--\s*nota-type\s*:\s*(nota|beantwoording|brief)\s*-->/i;

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
export function kindDirective(text: string): DocumentKind | undefined {
  const firstLine = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n|\r/, 1)[0];
  return KIND_DIRECTIVE.exec(firstLine)?.[1].toLowerCase() as DocumentKind | undefined;
}
