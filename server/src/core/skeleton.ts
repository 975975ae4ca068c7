// A new nota in canonical form (seed 000), with the sections its purpose requires.
import type { ResolvedConfig } from './config';
import { buildNotaDocument } from './model/build';
import { isRequired } from './rules/section-missing';

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
    fields.onderwerp || '[Onderwerp]',
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
  return `${header}\n\n${sections.join('\n\n')}\n`;
}
