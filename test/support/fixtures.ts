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

const AANLEIDING_TEXT = 'Op 4 maart 2024 heeft de Tweede Kamer een motie aangenomen over digitale toegankelijkheid.';

/** The nota (dated 12 maart 2024) with a sentence added to the Aanleiding, on line 33 from column 92. */
export function withSentence(sentence: string): string {
  return withSentenceIn(NOTA, sentence);
}

/**
 * The nota with Bijlage(n) `count` and a Bijlagen section holding `table` (lines), appended at the end:
 * the section heading is on line 49 and the table starts on line 51.
 */
export function withBijlagen(count: string, table: string[], sentence = ''): string {
  const text = edit(NOTA, '**Bijlage(n)**  \n0', `**Bijlage(n)**  \n${count}`);
  return `${sentence ? withSentenceIn(text, sentence) : text}\n### Bijlagen\n\n${table.join('\n')}\n`;
}

function withSentenceIn(text: string, sentence: string): string {
  return edit(text, AANLEIDING_TEXT, `${AANLEIDING_TEXT} ${sentence}`);
}

export const GFM_HEAD = ['| Volgnummer | Naam | Informatie |', '| --- | --- | --- |'];

/** The nota with `sentence` at the start of the Kern bullet: line 41, from column 3. */
export function inKern(sentence: string): string {
  return edit(NOTA, '- Met de regeling', `- ${sentence} Met de regeling`);
}

/** The beantwoording with `sentence` as the answer to question 1 (line 9, from column 1). */
export function inAnswer(sentence: string): string {
  return edit(KV, 'Antwoord 1\nJa.', `Antwoord 1\n${sentence}`);
}

/** The nota with a table of the persons in a case appended after its last line: the table starts on line 49. */
export function withPersonsTable(rows: string[]): string {
  return `${NOTA}\n${rows.join('\n')}\n`;
}

/** A key-value table of two persons (line 49 header, 51 Naam, 52 Geboren, 53 V-nummer, 54 Paspoort). */
export const PERSONS_TABLE = ['| | Aanvraagster | Partner |', '| --- | --- | --- |', '| Naam | Karimi, Shirin | Nguyen Thi Lan |', '| Geboren | 30/06/1994 | 1991-02-11 |', '| V-nummer | 2741859362 | 3018 4475 20 |', '| Paspoort | NX4RT7JK2 | C4817265 |'];

/**
 * A table laid out with spaces, as a plain-text nota or a PDF's text has it (line 49 header, 50 and 51 the two
 * persons; the columns start at 1, 17, 30 and 44).
 */
export const SPACE_TABLE = ['Naam            Geb.datum    V-nummer      Document', 'Jan de Vries    03-08-1991   2906 447 182  C4918273', 'Piet Jansen     17-12-1988   2877193405    NX4RT7JK2'];
