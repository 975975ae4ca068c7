// The snippets (spec §10), which the language server offers as completion items (completion.ts): there,
// unlike in a `.code-snippets` file, their descriptions follow the display language and each is offered
// only where it makes sense. The text they insert is Dutch, as the document is. The purposes, section
// names, their order, which sections a purpose requires and the section placeholders come from the
// checker's catalog, so a snippet always writes what the checker expects.
//
// The canonical form (spec §2): `**Label**` followed by two spaces (a Markdown hard line break), the value
// on the next line; the document cue `## nota`; the purpose and the sections as `###` headings.
//
// Datum defaults to today in the Dutch form `D maand JJJJ`. VS Code's $CURRENT_MONTH_NAME follows the
// editor's display language (English in most installs) and $CURRENT_DATE has a leading zero, so the
// snippet builds the date from $CURRENT_DATE (leading zero removed) and $CURRENT_MONTH (01–12 mapped to
// januari–december by a transform), whatever the display language.
import { DEFAULT_PURPOSES, DEFAULT_SECTIONS, type SectionDef } from '../server/src/core/catalog';
import type { MessageRef } from '../server/src/core/messages';

export interface Snippet {
  /** The document kinds it is for: `nota`, `nota-kv` or both. */
  scope: string;
  prefix: string[];
  /** What the completion list says of it, from the message catalog (Dutch and English). */
  description: MessageRef;
  body: string[];
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
/** Today as `12 maart 2024`, from snippet variables, independent of the display language. */
export const TODAY_IN_DUTCH =
  '${CURRENT_DATE/^0//} ' +
  `\${CURRENT_MONTH/${MONTHS.map((_, i) => `(${String(i + 1).padStart(2, '0')})`).join('|')}/${MONTHS.map((name, i) => `\${${i + 1}:+${name}}`).join('')}/} ` +
  '${CURRENT_YEAR}';

/** Woo grounds (art. 5.1 and 5.2 Woo), the usual one for civil servants' names first. */
export const WOO_GROUNDS: ReadonlyArray<readonly [string, string]> = [
  ['5.1.2e', 'eerbiediging van de persoonlijke levenssfeer'],
  ['5.1.1a', 'eenheid van de Kroon'],
  ['5.1.1b', 'veiligheid van de Staat'],
  ['5.1.1c', 'vertrouwelijk verstrekte bedrijfs- en fabricagegegevens'],
  ['5.1.1d', 'bijzondere persoonsgegevens'],
  ['5.1.1e', 'nationale identificatienummers'],
  ['5.1.2a', 'betrekkingen met andere staten en internationale organisaties'],
  ['5.1.2b', 'economische of financiële belangen van de Staat'],
  ['5.1.2c', 'opsporing en vervolging van strafbare feiten'],
  ['5.1.2d', 'inspectie, controle en toezicht door bestuursorganen'],
  ['5.1.2f', 'concurrentiegevoelige bedrijfs- en fabricagegegevens'],
  ['5.1.2g', 'bescherming van het milieu'],
  ['5.1.2h', 'beveiliging van personen of bedrijven en het voorkomen van sabotage'],
  ['5.1.2i', 'het goed functioneren van de Staat en bestuursorganen'],
  ['5.1.5', 'onevenredige benadeling'],
  ['5.2', 'persoonlijke beleidsopvattingen in documenten voor intern beraad'],
];
const groundChoice = (index: number) => `\${${index}|${WOO_GROUNDS.map(([code]) => code).join(',')}|}`;

/** The sentence the Motivering of a nota with `[5.1.2e]` markers needs (names the ground both ways). */
const MOTIVERING_5_1_2E =
  'In de openbaar gemaakte versie van deze nota zijn de persoonsgegevens van ambtenaren weggelaten op grond van artikel 5.1, tweede lid, onder e, van de Woo (5.1.2e).';

/** The texts of tab stops that stand for what the writer must fill in (filled by `hint` as snippets are built). */
const hints = new Set<string>();

/**
 * A tab stop whose default text only describes what belongs there ("Onderwerp van de nota"). The
 * `placeholder` rule reports it when it is left in a document; every other default is real text.
 */
function hint(stop: number, text: string): string {
  hints.add(text);
  return `\${${stop}:${text.replace(/[$}\\]/g, '\\$&')}}`;
}

const section = (id: string): SectionDef => {
  const def = DEFAULT_SECTIONS.find((candidate) => candidate.id === id);
  if (!def) throw new Error(`no section ${id} in the catalog`);
  return def;
};
const requiredFor = (def: SectionDef, purpose: string) =>
  def.requirement === 'always' || (typeof def.requirement === 'object' && def.requirement.purposes.includes(purpose));

/** The Geadviseerd besluit, per purpose, with its object as a tab stop. */
function advice(purpose: string, stop: number): string {
  switch (purpose) {
    case 'ONDERTEKENING':
      return `U wordt verzocht \${${stop}:de bijgevoegde brief} te ondertekenen.`;
    case 'GOEDKEURING':
      return `U wordt verzocht \${${stop}:het voorstel} goed te keuren.`;
    case 'ADVISERING':
      return `U wordt geadviseerd \${${stop}:in te stemmen met het voorstel}.`;
    default:
      return `U wordt verzocht in te stemmen met \${${stop}:het voorstel}.`;
  }
}

function wholeNota(purpose: string): Snippet {
  let stop = 0;
  const next = () => ++stop;
  const body: string[] = [
    '**Aan**  ',
    hint(next(), 'Minister van …'),
    '',
    '**Van**  ',
    hint(next(), 'afkorting van DG of directie'),
    '',
    '## nota',
    '',
    hint(next(), 'Onderwerp van de nota'),
    '',
    `### TER ${purpose}`,
    '',
    '**Nota actief openbaar**  ',
    `\${${next()}|Ja,Nee|}`,
    '',
    '**Onze referentie**  ',
    hint(next(), 'JJJJ-NNNNNNNNNN'),
    '',
    '**Datum**  ',
    `\${${next()}:${TODAY_IN_DUTCH}}`,
    '',
    '**Opgesteld door**  ',
    `\${${next()}:[5.1.2e]}`,
    '',
    '**Samengewerkt met**  ',
    hint(next(), 'afkortingen van de betrokken directies'),
    '',
    '**Bijlage(n)**  ',
    `\${${next()}:1}`,
    '',
  ];
  for (const def of DEFAULT_SECTIONS) {
    if (def.id === 'niet-openbaar') {
      body.push(`### ${def.name}`, '', '#### Motivering', '', MOTIVERING_5_1_2E, '');
    } else if (def.id === 'bijlagen') {
      body.push(`### ${def.name}`, '', '| Volgnummer | Naam | Informatie |', '| --- | --- | --- |', `| 1 | ${hint(next(), 'Naam van de bijlage')} | \${${next()}} |`, '');
    } else if (requiredFor(def, purpose)) {
      const text =
        def.id === 'geadviseerd-besluit'
          ? advice(purpose, next())
          : def.id === 'kern'
            ? `- ${hint(next(), def.placeholder)}`
            : hint(next(), def.placeholder);
      body.push(`### ${def.name}`, '', text, '');
    }
  }
  body.push('$0');
  return {
    scope: 'nota',
    prefix: [`nota-${purpose.toLowerCase()}`],
    description: { message: 'completion.whole-nota', args: { purpose } },
    body,
  };
}

function sectionSnippet(def: SectionDef): Snippet {
  const body =
    def.id === 'niet-openbaar'
      ? [`### ${def.name}`, '', '#### Motivering', '', '${1:' + MOTIVERING_5_1_2E + '}', '$0']
      : def.id === 'bijlagen'
        ? [`### ${def.name}`, '', '| Volgnummer | Naam | Informatie |', '| --- | --- | --- |', `| \${1:1} | ${hint(2, 'Naam van de bijlage')} | \${3} |`, '$0']
        : [`### ${def.name}`, '', hint(1, def.placeholder), '$0'];
  return {
    scope: 'nota',
    prefix: [`sectie-${def.id}`],
    description: def.aliases.length ? { message: 'snippet.section.aliases', args: { section: def.name, aliases: def.aliases.join(', ') } } : { message: 'snippet.section', args: { section: def.name } },
    body,
  };
}

export function buildSnippets(): Record<string, Snippet> {
  const snippets: Record<string, Snippet> = {};
  for (const purpose of DEFAULT_PURPOSES) snippets[`Nota ter ${purpose.toLowerCase()}`] = wholeNota(purpose);
  for (const def of DEFAULT_SECTIONS) snippets[`Sectie ${def.name}`] = sectionSnippet(def);
  snippets['Bijlagen-tabel'] = {
    scope: 'nota',
    prefix: ['bijlagen-tabel'],
    description: { message: 'snippet.bijlagen-table' },
    body: ['| Volgnummer | Naam | Informatie |', '| --- | --- | --- |', `| \${1:1} | ${hint(2, 'Naam van de bijlage')} | \${3} |`, '$0'],
  };
  snippets['Bijlage-rij'] = {
    scope: 'nota',
    prefix: ['bijlage-rij'],
    description: { message: 'snippet.bijlage-row', args: { number: 2 } },
    body: [`| \${1:2} | ${hint(2, 'Naam van de bijlage')} | \${3} |$0`],
  };
  snippets['Woo-lakmarkering'] = {
    scope: 'nota,nota-kv',
    prefix: ['lak', 'woo-grond'],
    description: { message: 'snippet.woo-marker' },
    body: [`[${groundChoice(1)}]$0`],
  };
  snippets['Woo-motivering'] = {
    scope: 'nota',
    prefix: ['woo-motivering'],
    description: { message: 'snippet.woo-motivering' },
    body: [
      `### ${section('niet-openbaar').name}`,
      '',
      '#### Motivering',
      '',
      `In de openbaar gemaakte versie van deze nota zijn \${1:de persoonsgegevens van ambtenaren} weggelaten op grond van artikel ${groundChoice(2)} van de Woo.`,
      '$0',
    ],
  };
  snippets['Beantwoording Kamervragen'] = {
    scope: 'nota-kv',
    prefix: ['beantwoording'],
    description: { message: 'completion.whole-beantwoording' },
    body: [
      `Vragen van het lid ${hint(1, 'Naam')} (${hint(2, 'fractie')}) aan de ${hint(3, 'minister van …')} over ${hint(4, 'onderwerp')} (ingezonden ${hint(5, 'D maand JJJJ')}).`,
      '',
      `Antwoord van ${hint(6, 'minister …')} (ontvangen \${7:${TODAY_IN_DUTCH}}).`,
      '',
      '**Vraag 1**  ',
      hint(8, 'Tekst van de eerste vraag'),
      '',
      '**Antwoord 1**  ',
      hint(9, 'Tekst van het eerste antwoord'),
      '',
      '**Vraag 2**  ',
      hint(10, 'Tekst van de tweede vraag'),
      '',
      '**Antwoord 2**  ',
      hint(11, 'Tekst van het tweede antwoord'),
      '$0',
    ],
  };
  snippets['Vraag en antwoord'] = {
    scope: 'nota-kv,nota',
    prefix: ['vraag'],
    description: { message: 'snippet.question-pair', args: { number: 1 } },
    body: ['**Vraag ${1:1}**  ', hint(2, 'Tekst van de vraag'), '', '**Antwoord ${1:1}**  ', hint(3, 'Tekst van het antwoord'), '$0'],
  };
  return snippets;
}

/** A literal run of a snippet line, or a tab stop (with its text when that is a hint to fill in). */
export type TemplatePart = string | { hint?: string };

/** The end of the `${…}` that starts at `open`, counting nested braces and skipping escapes. */
function closingBrace(line: string, open: number): number {
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '{') depth++;
    else if (line[i] === '}' && --depth === 0) return i;
  }
  return line.length - 1;
}

/** A snippet line as literal runs and tab stops. */
function templateParts(line: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  const stop = (part: { hint?: string }) => {
    parts.push(literal, part);
    literal = '';
  };
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\' && i + 1 < line.length) {
      literal += line[++i];
    } else if (line[i] === '$' && line[i + 1] === '{') {
      const end = closingBrace(line, i + 1);
      const text = /^\d+:([^]*)$/.exec(line.slice(i + 2, end))?.[1].replace(/\\(.)/g, '$1');
      stop(text !== undefined && hints.has(text) ? { hint: text } : {});
      i = end;
    } else if (line[i] === '$' && /\d/.test(line[i + 1] ?? '')) {
      while (/\d/.test(line[i + 1] ?? '')) i++;
      stop({});
    } else {
      literal += line[i];
    }
  }
  return [...parts, literal].filter((part) => part !== '');
}

/**
 * Every snippet line that holds a hint, as literal runs and tab stops: the `placeholder` rule finds a line
 * written this way with a hint still in place. Derived from the snippets themselves, so it cannot drift.
 */
export function placeholderTemplates(): TemplatePart[][] {
  hints.clear();
  const lines = Object.values(buildSnippets()).flatMap((snippet) => snippet.body);
  const templates = lines.map(templateParts).filter((parts) => parts.some((part) => typeof part !== 'string' && part.hint));
  const unique = new Map(templates.map((parts) => [JSON.stringify(parts), parts]));
  return [...unique.values()];
}

/**
 * The snippets that write a whole document (a nota per purpose, the beantwoording): the language server
 * offers them in an empty document only; the others inside a document, where each makes sense (completion.ts).
 */
export const isWholeDocument = (snippet: Snippet) => snippet.prefix.some((prefix) => /^nota-|^beantwoording$/.test(prefix));

export function wholeDocumentSnippets(): Snippet[] {
  return Object.values(buildSnippets()).filter(isWholeDocument);
}

/** The snippets for inside a document, by prefix (each prefix once: `lak` and `woo-grond` are one snippet). */
export function documentSnippets(): Map<string, Snippet> {
  return new Map(Object.values(buildSnippets()).filter((snippet) => !isWholeDocument(snippet)).flatMap((snippet) => snippet.prefix.map((prefix) => [prefix, snippet] as const)));
}
