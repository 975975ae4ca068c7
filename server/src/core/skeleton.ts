// A new nota in canonical form (seed 000), with the sections its purpose requires.
import type { ResolvedConfig } from './config';
import { buildNotaDocument } from './model/build';
import { isRequired } from './model/placement';
import { NIET_OPENBAAR_ID, ONDERWERP_PLACEHOLDER } from './catalog';

export interface SkeletonFields {
  purpose: string;
  aan: string;
  van: string;
  referentie: string;
  datum: string;
  onderwerp?: string;
}

/** How a placeholder is written: as text, or as a snippet tab stop that the writer fills in. */
type Placeholder = (text: string) => string;

export function createNotaSkeleton(fields: SkeletonFields, config: ResolvedConfig): string {
  return skeletonWith(fields, config, (text) => text, (text) => text);
}

/**
 * The same nota as a snippet (the "New Nota" command inserts it): Tab walks the subject and each section's
 * placeholder in order, then leaves the cursor at the end. Everything else is escaped as snippet text.
 */
export function createNotaSnippet(fields: SkeletonFields, config: ResolvedConfig): string {
  let stop = 0;
  const escape = (text: string) => text.replace(/[$}\\]/g, '\\$&');
  const tabStop: Placeholder = (text) => `\${${++stop}:${escape(text)}}`;
  return `${skeletonWith(fields, config, tabStop, escape)}$0`;
}

function skeletonWith(fields: SkeletonFields, config: ResolvedConfig, placeholder: Placeholder, literal: (text: string) => string): string {
  const header = [
    `**Aan**  \n${fields.aan}`,
    `**Van**  \n${fields.van}`,
    '## nota',
    fields.onderwerp || ONDERWERP_PLACEHOLDER,
    `### TER ${fields.purpose}`,
    '**Nota actief openbaar**  \nJa',
    `**Onze referentie**  \n${fields.referentie}`,
    `**Datum**  \n${fields.datum}`,
    `**Opgesteld door**  \n${config.redactionMarker}`,
    '**Bijlage(n)**  \n0',
  ];
  const headerText = header.join('\n\n');
  // Which sections are required depends on the purpose: read it from the header just written.
  const doc = buildNotaDocument(headerText, { config, fileName: 'new.nota.md' });
  const written = header.map((part) => (part === ONDERWERP_PLACEHOLDER ? placeholder(part) : literal(part))).join('\n\n');
  const sections = config.sections.filter((def) => isRequired(def, doc)).map((def) => `${literal(`### ${def.name}`)}\n\n${placeholder(def.placeholder)}`);
  // Actief openbaar with a redacted author: the Woo section names the ground (woo-motivering).
  const woo = config.sections.find((def) => def.id === NIET_OPENBAAR_ID)!;
  const motivering = literal(`### ${woo.name}\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo.`);
  return `${written}\n\n${[...sections, motivering].join('\n\n')}\n`;
}

/** Whether a referentie matches the configured pattern (a pattern that does not compile is reported elsewhere, and blocks nothing). */
export function referentieMatches(value: string, pattern: string): boolean {
  // The same test as reference-format: a long value is not matched (a user pattern cannot run away on it).
  if (value.length > 200) return false;
  try {
    return new RegExp(pattern, 'u').test(value.trim());
  } catch {
    return true;
  }
}
