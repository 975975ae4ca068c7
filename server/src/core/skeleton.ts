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

export function createNotaSkeleton(fields: SkeletonFields, config: ResolvedConfig): string {
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
  ].join('\n\n');
  // Which sections are required depends on the purpose: read it from the header just written.
  const doc = buildNotaDocument(header, { config, fileName: 'new.nota.md' });
  const sections = config.sections.filter((def) => isRequired(def, doc)).map((def) => `### ${def.name}\n\n${def.placeholder}`);
  // Actief openbaar with a redacted author: the Woo section names the ground (woo-motivering).
  const woo = config.sections.find((def) => def.id === NIET_OPENBAAR_ID)!;
  const motivering = `### ${woo.name}\n\n#### Motivering\n\nIn de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo.`;
  return `${header}\n\n${[...sections, motivering].join('\n\n')}\n`;
}
