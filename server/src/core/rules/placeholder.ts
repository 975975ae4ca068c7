import { placeholderTemplates, type TemplatePart } from '../../../../snippets/snippets';
import { ONDERWERP_PLACEHOLDER } from '../catalog';
import type { SourceLine } from '../model/types';
import type { Span } from '../types';
import type { Rule } from './rule';

interface Options {
  /** Placeholder texts of the writer's own templates, found wherever they are written. */
  placeholders: string[];
}

/** A snippet line as an anchored pattern: literal runs as written (blanks flexible), tab stops as groups. */
interface LinePattern {
  regex: RegExp;
  /** Per group: the hint text it must still hold to be a placeholder, or undefined for a filled stop. */
  hints: (string | undefined)[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const literal = (text: string) => text.trim().split(/\s+/).filter(Boolean).map(escapeRegExp).join('\\s*');

function linePattern(parts: TemplatePart[]): LinePattern {
  const hints: (string | undefined)[] = [];
  const source = parts.map((part) => {
    if (typeof part === 'string') return `\\s*${literal(part)}\\s*`;
    hints.push(part.hint);
    return '(.*?)';
  });
  return { regex: new RegExp(`^${source.join('')}$`, 'd'), hints };
}

let snippetPatterns: LinePattern[] | undefined;

/** Lines longer than this are prose, never a template line: they are not matched against the templates. */
const MAX_TEMPLATE_LINE = 500;

/** The hints of the snippet templates still in place on a line. */
function snippetHintsOn(line: SourceLine): Span[] {
  snippetPatterns ??= placeholderTemplates().map(linePattern);
  if (line.text.length > MAX_TEMPLATE_LINE) return [];
  const spans: Span[] = [];
  for (const { regex, hints } of snippetPatterns) {
    // Only a line that holds one of its hints can match: most lines skip the pattern.
    if (!hints.some((hint) => hint && line.text.includes(hint))) continue;
    const indices = regex.exec(line.text)?.indices;
    if (!indices) continue;
    hints.forEach((hint, group) => {
      const [start, end] = indices[group + 1] ?? [0, 0];
      if (hint && line.text.slice(start, end).trim() === hint) {
        const lead = line.text.slice(start, end).indexOf(hint);
        spans.push({ start: line.span.start + start + lead, end: line.span.start + start + lead + hint.length });
      }
    });
  }
  return spans;
}

/** Every place where one of the texts is written. */
function occurrences(text: string, needles: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const needle of new Set(needles)) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) spans.push({ start: at, end: at + needle.length });
  }
  return spans;
}

/**
 * Text a template left for the writer to replace: the hints of the snippets (derived from snippets.ts),
 * the skeleton's `[Onderwerp]` and the bracketed placeholders of the configured sections (the skeleton
 * and section-missing write them), and the writer's own placeholder texts (option `placeholders`).
 */
export const placeholder: Rule<Options> = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: 'A placeholder from New Nota, a snippet or a template is still in the text.',
  appliesTo: ['nota', 'beantwoording'],
  defaultOptions: { placeholders: [] },
  check({ doc, config, options, report }) {
    const bracketed = [ONDERWERP_PLACEHOLDER, ...config.sections.flatMap((def) => def.placeholder.match(/\[[^\[\]\n]+\]/g) ?? [])];
    const spans = [...occurrences(doc.text, [...bracketed, ...options.placeholders.filter((text) => text.trim() !== '')]), ...doc.lines.flatMap(snippetHintsOn)];
    const seen = new Set<string>();
    for (const span of spans.sort((a, b) => a.start - b.start || b.end - a.end)) {
      const key = `${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      report({ message: 'placeholder', args: { text: doc.text.slice(span.start, span.end) }, span });
    }
  },
};
