// Documents the rule tests start from: the well-formed examples, and a way to change one piece of them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO } from './check';

const example = (name: string) => fs.readFileSync(path.join(REPO, 'examples', 'goed', name), 'utf8');

/** A complete nota (TER BESLUITVORMING, actief openbaar, redacted author, Bijlage(n) 0) with no findings. */
export const NOTA = example('besluitvorming.nota.md');

/** A complete beantwoording van Kamervragen (three questions, a cross-reference, a footnote) with no findings. */
export const KV = example('beantwoording.kv.md');

/** The text with `from` (which must occur exactly once) replaced: a case that silently changes nothing cannot pass. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once in the fixture`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}
