// Applying text edits, and fix-all: every safe fix, repeated until the text settles (as ESLint does).
import type { Finding, TextEdit } from './types';

/** Applies non-overlapping edits. Throws if two edits overlap: a caller bug, never silently lost text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.span.start < cursor || edit.span.end > text.length || edit.span.start > edit.span.end) {
      throw new Error(`Overlapping or out-of-range edit at ${edit.span.start}-${edit.span.end}`);
    }
    result += text.slice(cursor, edit.span.start) + edit.newText;
    cursor = edit.span.end;
  }
  return result + text.slice(cursor);
}

const overlaps = (a: TextEdit, b: TextEdit) =>
  a.span.start < b.span.end && b.span.start < a.span.end ||
  // Two insertions at the same point would have an arbitrary order: treat as a conflict.
  (a.span.start === b.span.start && (a.span.start === a.span.end || b.span.start === b.span.end));

/** The edits of every safe fix that does not conflict with an earlier one, in document order. */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const ordered = [...findings].sort((a, b) => a.span.start - b.span.start);
  for (const finding of ordered) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix) continue;
    if (fix.edits.some((edit) => chosen.some((taken) => overlaps(edit, taken)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}

const MAX_PASSES = 10;

/** Applies safe fixes until none is left (or a pass limit, against fixes that undo each other). */
export function fixAll(text: string, check: (text: string) => readonly Finding[]): { text: string; passes: number } {
  let current = text;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const edits = safeFixEdits(check(current));
    if (edits.length === 0) return { text: current, passes: pass - 1 };
    const next = applyEdits(current, edits);
    if (next === current) return { text: current, passes: pass };
    current = next;
  }
  return { text: current, passes: MAX_PASSES };
}
