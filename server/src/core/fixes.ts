// Applying text edits, and fix-all: every safe fix, repeated until the text settles (as ESLint does).
import type { Finding, TextEdit } from './types';

/** Applies non-overlapping edits. Throws if two edits overlap: a caller bug, never silently lost text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.span.start < cursor || edit.span.end > text.length || edit.span.start > edit.span.end) {
      throw new Error(`Overlapping or out-of-range edit at ${edit.span.start}-${edit.span.end}`);
    }
    pieces.push(text.slice(cursor, edit.span.start), edit.newText);
    cursor = edit.span.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

const overlaps = (a: TextEdit, b: TextEdit) =>
  a.span.start < b.span.end && b.span.start < a.span.end ||
  // Two insertions at the same point would have an arbitrary order: treat as a conflict.
  (a.span.start === b.span.start && (a.span.start === a.span.end || b.span.start === b.span.end));

/**
 * The edits of every safe fix that does not conflict with an earlier one, in document order. The chosen
 * edits are kept sorted and disjoint, so a new edit can only conflict with its two neighbours there:
 * a binary search each, not a comparison with every chosen edit (111,111 date fixes took 43 s).
 */
export function safeFixEdits(findings: readonly Finding[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const ordered = [...findings].sort((a, b) => a.span.start - b.span.start);
  for (const finding of ordered) {
    const fix = finding.fixes.find((candidate) => candidate.safe);
    if (!fix) continue;
    if (fix.edits.some((edit) => conflictsWithChosen(chosen, edit))) continue;
    for (const edit of fix.edits) insertSorted(chosen, edit);
  }
  return chosen;
}

/** The index of the first chosen edit that starts at or after `start`. */
function firstStartingFrom(chosen: readonly TextEdit[], start: number): number {
  let low = 0;
  let high = chosen.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (chosen[middle].span.start < start) low = middle + 1;
    else high = middle;
  }
  return low;
}

function conflictsWithChosen(chosen: readonly TextEdit[], edit: TextEdit): boolean {
  const next = firstStartingFrom(chosen, edit.span.start);
  return (next > 0 && overlaps(chosen[next - 1], edit)) || (next < chosen.length && overlaps(chosen[next], edit));
}

/** Fixes come mostly in document order: then this appends. */
function insertSorted(chosen: TextEdit[], edit: TextEdit): void {
  const last = chosen[chosen.length - 1];
  if (!last || last.span.start <= edit.span.start) chosen.push(edit);
  else chosen.splice(firstStartingFrom(chosen, edit.span.start), 0, edit);
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
