// Abbreviations: what counts as one, the built-in list of what a nota may use unexplained (ministries,
// common directorates and organisations, parties, Woo, AVG; data/abbreviations-nl.json, sources in
// data/SOURCES.md), and the expansions hover and the fix of abbreviation-undefined use.
import abbreviationData from '../../../../data/abbreviations-nl.json';
import type { ResolvedConfig } from '../config';
import type { NotaDocument } from '../model/types';
import type { Span } from '../types';

export interface AbbreviationOptions {
  /** Abbreviations that may stand unexplained, beside the built-in ones. */
  allowed: string[];
  /** Built-in abbreviations that must be written out all the same. */
  required: string[];
  /** Expansions for hover and the fix, beside (or over) the built-in ones: `{ "BIO": "Baseline Informatiebeveiliging Overheid" }`. */
  expansions: Record<string, string>;
}

export const DEFAULT_ABBREVIATION_OPTIONS: AbbreviationOptions = { allowed: [], required: [], expansions: {} };

interface BuiltIn {
  abbreviation: string;
  expansion?: string;
  unexplained: boolean;
}

const BUILT_IN: readonly BuiltIn[] = abbreviationData;

// Two capitals or more, letters, digits and '&', no run of three small letters (that is a word: "GroenLinks").
const SHAPE = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9][A-Za-z0-9&]{1,9}$/;
const ROMAN = /^[IVXLCDM]+$/;

/** An abbreviation starts with a capital A–Z or a digit: most words start with a small letter. */
export const mayBeAbbreviation = (first: number) => (first >= 65 && first <= 90) || (first >= 48 && first <= 57);

/** The abbreviation in a word as the tokenizer gives it ("BZK" in "BZK-beleidsterrein"), if any. */
export function abbreviationIn(word: string): string | undefined {
  if (!mayBeAbbreviation(word.charCodeAt(0))) return undefined;
  const part = word.split('-')[0];
  if (!SHAPE.test(part) || ROMAN.test(part) || /[a-z]{3}/.test(part) || /^\d/.test(part) && !/[A-Z]{2}/.test(part)) return undefined;
  return part;
}

export interface AbbreviationTable {
  /** May stand unexplained. */
  allowed: ReadonlySet<string>;
  expansions: ReadonlyMap<string, string>;
}

const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

export function abbreviationTable(options: Partial<AbbreviationOptions> | undefined): AbbreviationTable {
  const required = new Set(stringsOf(options?.required));
  const allowed = new Set(BUILT_IN.filter((entry) => entry.unexplained && !required.has(entry.abbreviation)).map((entry) => entry.abbreviation));
  for (const abbreviation of stringsOf(options?.allowed)) allowed.add(abbreviation);
  const expansions = new Map(BUILT_IN.filter((entry) => entry.expansion).map((entry) => [entry.abbreviation, entry.expansion!]));
  const configured = options?.expansions;
  if (configured && typeof configured === 'object' && !Array.isArray(configured)) {
    for (const [abbreviation, expansion] of Object.entries(configured)) if (typeof expansion === 'string' && expansion.trim()) expansions.set(abbreviation, expansion.trim());
  }
  return { allowed, expansions };
}

export function tableFromConfig(config: ResolvedConfig): AbbreviationTable {
  return abbreviationTable(config.rules['abbreviation-undefined']?.options as Partial<AbbreviationOptions> | undefined);
}

/** "AVG (Algemene verordening gegevensbescherming)": the expansion the document gives after an abbreviation. */
const EXPANSION_AFTER = /^\s*\(([^()\n]{3,120})\)/;

/** The abbreviation under the cursor and its expansion (configured, built in, or given in the document). */
export function abbreviationAt(doc: NotaDocument, table: AbbreviationTable, offset: number): { abbreviation: string; expansion: string; span: Span } | undefined {
  const line = doc.lines[doc.lineIndex.positionAt(offset).line];
  if (!line) return undefined;
  for (const match of line.text.matchAll(/[\p{L}\p{N}&]+/gu)) {
    const start = line.span.start + match.index;
    if (offset < start || offset > start + match[0].length) continue;
    const abbreviation = abbreviationIn(match[0]);
    if (!abbreviation) return undefined;
    const span = { start, end: start + abbreviation.length };
    const expansion = table.expansions.get(abbreviation) ?? definedIn(doc.text, abbreviation);
    return expansion ? { abbreviation, expansion, span } : undefined;
  }
  return undefined;
}

/** The expansion written in parentheses after the abbreviation somewhere in the text. */
function definedIn(text: string, abbreviation: string): string | undefined {
  for (let at = text.indexOf(abbreviation); at >= 0; at = text.indexOf(abbreviation, at + 1)) {
    const expansion = EXPANSION_AFTER.exec(text.slice(at + abbreviation.length, at + abbreviation.length + 130));
    if (expansion && !abbreviationIn(expansion[1])) return expansion[1].trim();
  }
  return undefined;
}
