// The source of the Nota TextMate grammars (spec §10): `nota.tmLanguage.json` (scope `text.nota`, language
// `nota`) and `nota-kv.tmLanguage.json` (scope `text.nota.kv`, language `nota-kv`) are generated from this
// file by `npx tsx syntaxes/build.ts`; test/grammar checks that the committed JSON equals the output.
//
// Why generated: the label, section and date alternations recur in several rules, and JSON has no
// comments. Why two scope names for one grammar: vscode-textmate caches a grammar per scope name together
// with the language it was first loaded for, so two languages sharing `text.nota` would report one
// language id for the other's tokens (snippets, getLanguageIdAtPosition). VS Code's json/jsonc do the
// same. Selectors written for `text.nota` also match `text.nota.kv`.
//
// Structure. Everything our rules do not match falls through to VS Code's Markdown grammar
// (`text.html.markdown`). Our rules are of two kinds:
// - line rules (header fields, purpose line, section headings, Vraag/Antwoord labels, suppression
//   comments), tried at the top level before Markdown, so they win at the start of a line;
// - inline rules (redaction markers, Woo grounds, Kamer identifiers, referentie numbers, dates), injected
//   with priority (`L:`) into Markdown paragraphs, headings, tables and indented blocks, so they work inside
//   lists, bold text and table cells, and beat Markdown's `[shortcut reference]` links on `[Redacted]`.
// A `meta.header.nota` region from the first line to the first section (or Vraag/Antwoord) allows the
// plain one-line field form (`Aan Minister van BZK`) only there, so prose such as "Van ambtenaren wordt
// verwacht …" or "Aan de hand van …" at the start of a wrapped line further down is not a field.
//
// Regular expressions are Oniguruma (Ruby syntax) and run on one line at a time. Every run of spaces is
// possessive (`*+`, `++`) or bounded and no quantified group can match the same text two ways, so no
// rule backtracks more than linearly; `{n,m}+` is *not* possessive in this syntax and is not used.

export const MARKDOWN_SCOPE = 'text.html.markdown';

type Captures = Record<string, { name?: string; patterns?: Rule[] }>;
export interface Rule {
  comment?: string;
  name?: string;
  contentName?: string;
  match?: string;
  begin?: string;
  end?: string;
  captures?: Captures;
  beginCaptures?: Captures;
  endCaptures?: Captures;
  patterns?: Rule[];
  include?: string;
}
export interface Grammar {
  $schema?: string;
  name: string;
  scopeName: string;
  comment: string;
  patterns: Rule[];
  injections: Record<string, Rule>;
  repository: Record<string, Rule>;
}

// ---- building blocks -------------------------------------------------------------------------------

const SP = '[ \\t]'; // horizontal space (the line never holds a newline except the one at its end)
/** Words separated by one or more spaces: `Onze referentie` → `Onze[ \t]++referentie`. */
const words = (text: string) => text.split(' ').join(`${SP}++`);
/** A phrase with its first letter exactly as written and the rest in any case: `A(?i:an)`. */
const capitalised = (text: string) => `${text[0]}(?i:${words(text.slice(1))})`;
const anyCase = (text: string) => `(?i:${words(text)})`;
const alt = (parts: readonly string[]) => `(?:${parts.join('|')})`;
/** Not glued to a letter or digit on the right. */
const END_WORD = '(?![\\p{L}\\p{N}])';

// Header field labels (spec §2), longest first so that no alternative is a prefix of a later one.
const FIELD_LABELS = [
  'Nota actief openbaar',
  'Actief openbaar',
  'Onze referentie',
  'Ons kenmerk',
  'Opgesteld door',
  'Samengewerkt met',
  'Datum',
  'Aan',
  'Van',
] as const;
// `Bijlage(n)` / `Bijlage` (not `Bijlagen`, which is the section).
const BIJLAGE_CI = '(?i:Bijlage(?:\\(n\\))?)';
const BIJLAGE_CAP = 'B(?i:ijlage(?:\\(n\\))?)';
/** Any label, any case, ending at a word boundary. */
const LABEL_CI = `${alt([...FIELD_LABELS.map(anyCase), BIJLAGE_CI])}${END_WORD}`;
/** Any label with a capital first letter (plain lines, where prose could start with "aan"/"van"). */
const LABEL_CAP = `${alt([...FIELD_LABELS.map(capitalised), BIJLAGE_CAP])}${END_WORD}`;
/** Labels that a PDF page header repeats in the body (seed 000, seed 001). */
const RUNNING_LABEL_CAP = `${alt(['Onze referentie', 'Ons kenmerk', 'Datum'].map(capitalised))}${END_WORD}`;

// Sections and their aliases (spec §3), matched like the checker: any case, ë or e.
const E_UMLAUT = '(?:ë|Ë|e\\x{0308}|e|E)';
const SECTION_NAMES = [
  'Aanleiding',
  'Geadviseerd besluit',
  'Advies',
  'Beslispunten',
  'Kernpunten',
  'Kern',
  'Toelichting',
  'Politieke context',
  'Krachtenveld',
  'Financiële consequenties',
  'Financiële gevolgen',
  'Juridische aspecten',
  'Juridische consequenties',
  'Communicatie',
  'Uitvoering',
  'Informatie die niet openbaar gemaakt kan worden',
  'Informatie die niet openbaar wordt gemaakt',
  'Bijlagen',
] as const;
const SECTION = `${alt(SECTION_NAMES.map((name) => words(name).replace(/ë/g, E_UMLAUT)))}${END_WORD}`;
const SECTION_CI = `(?i:${SECTION})`;
const MOTIVERING_CI = `(?i:Motivering)${END_WORD}`;

const EMPH_OPEN = '(?:\\*\\*|__|\\*|_)';
const EMPH_CLOSE = EMPH_OPEN;
const BOLD_OPEN = '(?:\\*\\*|__|<b>|<strong>)';
const BOLD_CLOSE = '(?:\\*\\*|__|</b>|</strong>)';
const HASHES = '#{1,6}';
/** `**Kern**`, `Kern:`, `*Aanleiding*` …: the title of a heading or a plain line, emphasis allowed. */
const titled = (inner: string) => `${EMPH_OPEN}?${SP}*+${inner}(?:${SP}*+:)?(?:${SP}*+${EMPH_CLOSE})?(?:${SP}*+:)?`;
/** An optional closing sequence of a Markdown ATX heading, then the end of the line. */
const HEADING_TAIL = `(?:${SP}++(#++))?${SP}*+$`;
/** A value: from the first to the last non-space character (greedy, then one step back at most per space). */
const VALUE = '(\\S(?:.*\\S)?)';

// A purpose: `TER` and one word (any case in a heading, upper case on a plain line).
const PURPOSE_CI = `(?i:TER)${SP}++\\p{L}++`;
const PURPOSE_UPPER = `TER${SP}++\\p{Lu}{2,}${END_WORD}`;

// Vraag/Antwoord labels, as `core/beantwoording/labels.ts` reads them.
const LIST_BULLET = '[-*+•·▪◦‣–—●○■]';
const NUMBER = `\\d{1,4}${END_WORD}`;
const NUMBER_LIST =
  `${NUMBER}(?:${SP}*+(?:,(?:${SP}*+(?i:en)${END_WORD})?|&|[-–]|(?i:en)${END_WORD}|(?i:t/m)|(?i:tot${SP}++en${SP}++met)${END_WORD})${SP}*+${NUMBER}){0,50}`;
const QUESTION_LABEL = `V(?i:raag)${SP}++${NUMBER}(?!${SP}*+(?:(?i:en)${END_WORD}|,|(?i:t/m)))`;
const ANSWER_LABEL =
  `A(?i:ntwoord(?:en)?)${END_WORD}(?:(?:${SP}++(?i:op)(?:${SP}++(?i:de))?)?${SP}++(?i:vra(?:ag|gen))${SP}++${NUMBER_LIST}|${SP}++${NUMBER_LIST})?`;

// Dates (spec §5.2), the forms `core/dates` finds.
const WEEKDAY = `(?i:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)${END_WORD}`;
const MONTH = `(?i:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)${END_WORD}`;
const MONTH_ABBR = `(?i:jan|febr?|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)${END_WORD}`;
const DAY = '(?<![\\p{L}\\p{N}.,/-])\\d{1,2}(?:e|ste|de)?';
const YEAR = `[12]\\d{3}${END_WORD}`;
const RELATIVE = `(?:(?i:jl|j\\.l|jongstleden)\\.?|(?i:a\\.s|aanstaande)\\.?|(?i:as)\\.)(?![\\p{L}\\p{N}])`;
const DATE_SP = '[ \\t\\x{00A0}]++';
const WRITTEN_DATE =
  `(?:(?<![\\p{L}\\p{N}])${WEEKDAY},?${DATE_SP})?${DAY}${DATE_SP}` +
  `(?:${MONTH}|${MONTH_ABBR}(?:\\.|(?=${DATE_SP}${YEAR})))` +
  `(?:${DATE_SP}${YEAR})?(?:${DATE_SP}${RELATIVE})?`;
const NUMERIC_DATE =
  '(?<![\\p{L}\\p{N}.,/-])(?:0?[1-9]|[12]\\d|3[01])([-/.])(?:0?[1-9]|1[0-2])\\1[12]\\d{3}(?![\\p{L}\\p{N}]|[-/.]\\d)';
const ISO_DATE = '(?<![\\p{L}\\p{N}.,/-])[12]\\d{3}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\p{L}\\p{N}]|[-/.]\\d)';

// Woo ground codes in a redaction marker (spec §7.2), as `core/model/redactions.ts` reads them.
const WOO_CODE = '\\d{1,2}(?:\\.\\d{1,2}){1,2}(?:\\.?[a-zA-Z])?(?![\\p{L}\\p{N}])';

// ---- rules -----------------------------------------------------------------------------------------

const markdownInline = (): Rule[] => [{ include: '#inline' }, { include: `${MARKDOWN_SCOPE}#inline` }];
const VALUE_CAPTURE = { name: 'string.unquoted.field-value.nota', patterns: markdownInline() };
const LABEL = 'entity.name.tag.field-label.nota';
const SEPARATOR = 'punctuation.separator.key-value.nota';
const BOLD_PUNCT = 'punctuation.definition.bold.markdown';

/** Where a field whose label stands alone stops looking for its value: at the next piece of structure. */
const FIELD_STOP =
  `^(?=${SP}*+(?:#|<!--|${PURPOSE_UPPER}|(?:${EMPH_OPEN}|<b>|<strong>)${SP}*+${LABEL_CI}|${LABEL_CAP}(?:${SP}*+(?::|$)|${SP}++\\S)` +
  `|${titled(SECTION_CI)}${SP}*+$|P(?i:agina)${SP}++\\d))`;

/** A label alone on its line (`**Datum**`, `Datum`, `Datum:`); the value is the next non-blank line. */
function fieldAlone(label: string, wrapped: boolean, comment: string): Rule {
  const begin = wrapped
    ? `^${SP}*+((${BOLD_OPEN})${SP}*+(${label})${SP}*+(:)?${SP}*+(${BOLD_CLOSE}))${SP}*+(:)?${SP}*+$`
    : `^${SP}*+(${label})${SP}*+(:)?${SP}*+$`;
  const beginCaptures: Captures = wrapped
    ? { 1: { name: 'markup.bold.markdown' }, 2: { name: BOLD_PUNCT }, 3: { name: LABEL }, 4: { name: SEPARATOR }, 5: { name: BOLD_PUNCT }, 6: { name: SEPARATOR } }
    : { 1: { name: LABEL }, 2: { name: SEPARATOR } };
  return {
    comment,
    name: 'meta.field.nota',
    begin,
    beginCaptures,
    end: `${FIELD_STOP}|^${SP}*+${VALUE}${SP}*+$`,
    endCaptures: { 1: VALUE_CAPTURE },
  };
}

/** Label and value on one line (`**Datum:** 12 maart 2024`, `Aan Minister van BZK`). */
function fieldInline(label: string, wrapped: boolean, comment: string, valueLookahead = ''): Rule {
  return wrapped
    ? {
        comment,
        name: 'meta.field.nota',
        match: `^${SP}*+((${BOLD_OPEN})${SP}*+(${label})${SP}*+(:)?${SP}*+(${BOLD_CLOSE}))${SP}*+(:)?${SP}*+${valueLookahead}${VALUE}${SP}*+$`,
        captures: { 1: { name: 'markup.bold.markdown' }, 2: { name: BOLD_PUNCT }, 3: { name: LABEL }, 4: { name: SEPARATOR }, 5: { name: BOLD_PUNCT }, 6: { name: SEPARATOR }, 7: VALUE_CAPTURE },
      }
    : {
        comment,
        name: 'meta.field.nota',
        match: `^${SP}*+(${label})(?:${SP}*+(:)${SP}*+|${SP}++)${valueLookahead}${VALUE}${SP}*+$`,
        captures: { 1: { name: LABEL }, 2: { name: SEPARATOR }, 3: VALUE_CAPTURE },
      };
}

function labelLine(kind: 'question' | 'answer', label: string): Rule {
  return {
    comment: `"${kind === 'question' ? 'Vraag 1' : 'Antwoord 1, Antwoord vraag 1'}", also bulleted, as a heading or bold; text may follow after ":" "." ")" or closing emphasis`,
    name: `meta.${kind}.nota`,
    match:
      `^[ \\t\\x{00A0}]*+(?:(${LIST_BULLET})[ \\t\\x{00A0}]++)?(?:(${HASHES})${SP}++)?(?:(${EMPH_OPEN})${SP}*+)?` +
      `(${label})(?:${SP}*+([:.)]))?(?:${SP}*+(${EMPH_CLOSE}))?(?:${SP}*+(:))?` +
      `(?:${SP}*+$|(?<=[:.)*_])${SP}*+(\\S.*)$|${SP}++([-–—])${SP}++(\\S.*)$)`,
    captures: {
      1: { name: 'punctuation.definition.list.begin.markdown' },
      2: { name: 'punctuation.definition.heading.markdown' },
      3: { name: BOLD_PUNCT },
      4: { name: `markup.heading.${kind}.nota` },
      5: { name: SEPARATOR },
      6: { name: BOLD_PUNCT },
      7: { name: SEPARATOR },
      8: { patterns: markdownInline() },
      9: { name: SEPARATOR },
      10: { patterns: markdownInline() },
    },
  };
}

/** A Markdown ATX heading whose text is `title`; the text keeps Markdown's inline highlighting. */
function heading(title: string, name: string, titleName: string, comment: string): Rule {
  return {
    comment,
    name: `markup.heading.markdown ${name}`,
    match: `^ {0,3}(${HASHES})${SP}++(${title})${HEADING_TAIL}`,
    captures: {
      1: { name: 'punctuation.definition.heading.markdown' },
      2: { name: ['entity.name.section.markdown', titleName].filter(Boolean).join(' '), patterns: markdownInline() },
      3: { name: 'punctuation.definition.heading.markdown' },
    },
  };
}

/** A line holding only a section name (plain-text notas, seed 001), optionally after a PDF bullet. */
function plainTitleLine(inner: string, name: string, comment: string): Rule {
  return {
    comment,
    match: `^${SP}*+(?:([\\x{F0B7}•·])${SP}*+)?(${titled(inner)})${SP}*+$`,
    captures: {
      1: { name: 'punctuation.definition.list.begin.markdown' },
      2: { name, patterns: markdownInline() },
    },
  };
}

function repository(): Record<string, Rule> {
  return {
    header: {
      comment: 'The header: from the first line to the first section heading or Vraag/Antwoord label (not begun when the first line is one).',
      name: 'meta.header.nota',
      begin: `\\A(?!${SP}*+-{3})(?!${HEADER_END})`,
      end: `^(?=${HEADER_END})`,
      patterns: [
        { include: '#field-plain-alone' },
        { include: '#field-plain-inline' },
        { include: '#lines' },
        { include: MARKDOWN_SCOPE },
      ],
    },
    lines: {
      comment: 'Line rules that apply everywhere, before Markdown.',
      patterns: [
        { include: '#directive' },
        { include: '#purpose-heading' },
        { include: '#section-heading' },
        { include: '#motivering-heading' },
        { include: '#question' },
        { include: '#answer' },
        { include: '#field-bold-alone' },
        { include: '#field-bold-inline' },
        { include: '#page' },
        { include: '#purpose-line' },
        { include: '#section-line' },
        { include: '#motivering-line' },
      ],
    },
    body: {
      comment: 'Line rules outside the header: the fields a PDF running header repeats, in plain form.',
      patterns: [
        fieldAlone(RUNNING_LABEL_CAP, false, 'Running header, label alone: "Onze referentie" / "Datum"'),
        fieldInline(RUNNING_LABEL_CAP, false, 'Running header on one line: "Datum 13 februari 2024", "Onze referentie 2024-…"', '(?=\\d)'),
      ],
    },
    'field-bold-alone': fieldAlone(LABEL_CI, true, '"**Onze referentie**" alone on its line (canonical form); the value is the next non-blank line'),
    'field-bold-inline': fieldInline(LABEL_CI, true, '"**Datum:** 12 maart 2024", "**Datum**: …"'),
    'field-plain-alone': fieldAlone(LABEL_CAP, false, '"Datum" alone on its line (PDF text, seed 001); header only'),
    'field-plain-inline': fieldInline(LABEL_CAP, false, '"Aan Minister van BZK", "Datum: 12 maart 2024"; header only'),
    page: {
      comment: '"Pagina 1 van 2" (PDF residue, an optional header field)',
      name: 'meta.field.nota',
      match: `^${SP}*+(P(?i:agina))${SP}++(\\d++${SP}++(?i:van)${SP}++\\d++)${SP}*+$`,
      captures: { 1: { name: LABEL }, 2: { name: 'string.unquoted.field-value.nota' } },
    },
    'purpose-heading': heading(titled(PURPOSE_CI), 'meta.purpose.nota', 'keyword.other.purpose.nota', '"### TER ONDERTEKENING"'),
    'purpose-line': {
      comment: '"TER BESLUITVORMING" on a line of its own (trailing space allowed), upper case',
      match: `^${SP}*+((?:${BOLD_OPEN}${SP}*+)?${PURPOSE_UPPER}(?:${SP}*+${BOLD_CLOSE})?)${SP}*+$`,
      captures: { 1: { name: 'keyword.other.purpose.nota', patterns: markdownInline() } },
    },
    'section-heading': heading(
      titled(`(?:\\d{1,2}\\.${SP}++)?${SECTION_CI}`),
      'markup.heading.section.nota',
      '',
      'A known section as a Markdown heading, at any depth: "### Aanleiding", "#### **Bijlagen**", "## 1. Kern"',
    ),
    'motivering-heading': heading(
      titled(MOTIVERING_CI),
      'markup.heading.section.motivering.nota',
      '',
      'The Motivering sub-part of "Informatie die niet openbaar gemaakt kan worden"',
    ),
    'section-line': plainTitleLine(SECTION_CI, 'markup.heading.section.nota', 'A known section name alone on a line (heading-unmarked)'),
    'motivering-line': plainTitleLine(MOTIVERING_CI, 'markup.heading.section.motivering.nota', '"Motivering" alone on a line'),
    question: labelLine('question', QUESTION_LABEL),
    answer: labelLine('answer', ANSWER_LABEL),
    directive: {
      patterns: [
        {
          comment: '<!-- nota-disable-next-line rule-id … --> and friends (spec §9)',
          name: 'comment.block.html comment.block.directive.nota',
          match: `(<!--)${SP}*+(nota-(?:disable-next-line|disable-line|disable|enable))((?:${SP}++[a-z](?:[a-z0-9*]|-(?!->))*+)*+)${SP}*+(-->)`,
          captures: {
            1: { name: 'punctuation.definition.comment.html' },
            2: { name: 'keyword.control.directive.nota' },
            3: { patterns: [{ match: '[a-z](?:[a-z0-9*]|-(?!->))*+', name: 'variable.parameter.rule-id.nota' }] },
            4: { name: 'punctuation.definition.comment.html' },
          },
        },
        {
          comment: '<!-- nota-type: beantwoording --> (spec §1)',
          name: 'comment.block.html comment.block.directive.nota',
          match: `(<!--)${SP}*+(nota-type)${SP}*+(:)${SP}*+((?i:nota|beantwoording))${SP}*+(-->)`,
          captures: {
            1: { name: 'punctuation.definition.comment.html' },
            2: { name: 'keyword.control.directive.nota' },
            3: { name: SEPARATOR },
            4: { name: 'constant.language.document-kind.nota' },
            5: { name: 'punctuation.definition.comment.html' },
          },
        },
      ],
    },
    inline: {
      comment: 'Inline rules: in our own values and, by injection, in Markdown paragraphs, headings and tables.',
      patterns: [
        { include: '#directive' },
        { include: '#redaction' },
        { include: '#kamer-id' },
        { include: '#reference' },
        { include: '#date' },
      ],
    },
    redaction: {
      patterns: [
        {
          comment: '[Redacted], [geanonimiseerd], [gelakt], [weggelakt]',
          name: 'markup.deleted.redaction.nota',
          match: '(\\[)(?i:redacted|geanonimiseerd|gelakt|weggelakt)(\\])',
          captures: { 1: { name: 'punctuation.definition.redaction.begin.nota' }, 2: { name: 'punctuation.definition.redaction.end.nota' } },
        },
        { comment: 'a run of █', name: 'markup.deleted.redaction.nota', match: '█++' },
        {
          comment: 'Woo ground codes in brackets: [5.1.2e], [5.1.2.e], [5.2], [5.1.2e, 5.1.2i]; old Wob codes [10.2.e] too',
          name: 'markup.deleted.redaction.nota',
          match: `(\\[)${SP}*+(${WOO_CODE}(?:${SP}*+[,;]?${SP}*+${WOO_CODE}){0,8})${SP}*+(\\])`,
          captures: {
            1: { name: 'punctuation.definition.redaction.begin.nota' },
            2: { patterns: [{ match: WOO_CODE, name: 'constant.other.woo-ground.nota' }] },
            3: { name: 'punctuation.definition.redaction.end.nota' },
          },
        },
      ],
    },
    'kamer-id': {
      comment: 'Kamer identifiers (spec §5.1): 2024Z01294, 2024D34636, kv-tk-2024Z01294, ah-tk-20232024-1065, kst-29279-874',
      name: 'constant.other.kamer-id.nota',
      match: `(?<![\\p{L}\\p{N}_-])(?:(?:kv-(?:tk|ek)-)?[12]\\d{3}[ZD]\\d{5}|ah-(?:tk|ek)-\\d{8}-\\d{1,5}|kst-\\d{1,6}(?:-[A-Z]{1,6})?-\\d{1,5})${END_WORD}`,
    },
    reference: {
      comment: 'referentie numbers in the default pattern (spec §5.1): 2023-0000768759',
      name: 'constant.numeric.reference.nota',
      match: `(?<![\\p{L}\\p{N}_-])[12]\\d{3}-\\d{10}(?![\\p{L}\\p{N}_-])`,
    },
    date: {
      comment: 'Dutch dates (spec §5.2): 12 december 2023, maandag 4 december 2023, 29 januari jl., 3 maart a.s., 12 dec. 2023, 12-12-2023, 2023-12-12',
      patterns: [
        { name: 'constant.numeric.date.nota', match: WRITTEN_DATE },
        { name: 'constant.numeric.date.nota', match: NUMERIC_DATE },
        { name: 'constant.numeric.date.nota', match: ISO_DATE },
      ],
    },
  };
}

/** The start of a line that ends the header: a section (any form) or a Vraag/Antwoord label. */
const HEADER_END =
  `${SP}*+(?:[\\x{F0B7}•·]${SP}*+)?(?:${HASHES}${SP}++)?${titled(`(?:\\d{1,2}\\.${SP}++)?${SECTION_CI}`)}${SP}*+(?:#++${SP}*+)?$` +
  `|[ \\t\\x{00A0}]*+(?:${LIST_BULLET}[ \\t\\x{00A0}]++)?(?:${HASHES}${SP}++)?(?:${EMPH_OPEN}${SP}*+)?(?:${QUESTION_LABEL}|A(?i:ntwoord)${SP}++(?:(?i:vraag)${SP}++)?\\d)`;

/** Markdown scopes in which the inline rules are injected (not in code, comments or inline code). */
const INJECTION_SELECTOR = [
  'meta.paragraph.markdown',
  'markup.heading.markdown',
  'markup.table.markdown',
  'markup.raw.block.markdown',
]
  .map((scope) => `L:text.nota ${scope} -comment -markup.inline.raw -markup.fenced_code -meta.embedded`)
  .join(', ');

export function buildGrammar(scopeName: 'text.nota' | 'text.nota.kv'): Grammar {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name: scopeName === 'text.nota' ? 'Nota' : 'Nota: beantwoording Kamervragen',
    scopeName,
    comment: 'Generated from syntaxes/grammar.ts by `npx tsx syntaxes/build.ts`; edit that file, not this one.',
    patterns: [{ include: '#header' }, { include: '#lines' }, { include: '#body' }, { include: MARKDOWN_SCOPE }],
    injections: { [INJECTION_SELECTOR]: { patterns: [{ include: '#inline' }] } },
    repository: repository(),
  };
}

/**
 * Token types for VS Code (package.json `contributes.grammars[].tokenTypes`). A field value is scoped
 * `string.…` so that themes colour it, and a suppression comment `comment.…`; VS Code does not pop up
 * completions in strings and comments by default (`editor.quickSuggestions`), so both are declared
 * `other`: completion of dates, Woo codes and rule ids then works there as everywhere else.
 */
export const TOKEN_TYPES = {
  'string.unquoted.field-value.nota': 'other',
  'comment.block.directive.nota': 'other',
} as const;

/** What package.json `contributes.grammars` holds for these grammars (test/grammar checks it). */
export const CONTRIBUTES_GRAMMARS = [
  { language: 'nota', scopeName: 'text.nota', path: './syntaxes/nota.tmLanguage.json', tokenTypes: TOKEN_TYPES },
  { language: 'nota-kv', scopeName: 'text.nota.kv', path: './syntaxes/nota-kv.tmLanguage.json', tokenTypes: TOKEN_TYPES },
];

export const GRAMMAR_FILES = {
  'nota.tmLanguage.json': 'text.nota',
  'nota-kv.tmLanguage.json': 'text.nota.kv',
} as const;

/** The file content, as committed. */
export function grammarJson(scopeName: 'text.nota' | 'text.nota.kv'): string {
  return `${JSON.stringify(buildGrammar(scopeName), null, 2)}\n`;
}
