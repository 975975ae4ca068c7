// The pub-* rules (issue 17): what a PDF or Word file holds besides its text, judged before publication.
// They read `doc.publication`, the facts `nota check --publication` gathers from the file; on text they
// find nothing. Messages never repeat personal data: they say what kind of thing is where.
import { personalKind } from '../publication/personal';
import type { MessageId, MessageRef } from '../messages';
import type { HiddenContent, PublicationFacts } from '../publication/types';
import type { Span } from '../types';
import type { NotaDocument } from '../model/types';
import type { Rule, RuleContext } from './rule';

const START: Span = { start: 0, end: 0 };

/** A login name in a properties field ("jjansen", "j.devries", "JANSENJ"): letters, dots, digits, no spaces. */
const USER_NAME = /^(?=.{4,24}$)[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/i;
/** Software and organisations that fill Creator/Producer: not persons. */
const SOFTWARE = /microsoft|word|libreoffice|openoffice|writer|acrobat|adobe|pdf|distiller|ghostscript|itext|pdf-lib|quartz|skia|chrom|office|docx|pages|google|aspose|nota|tex\b|latex|print/i;
const PERSON_FIELDS = /(?:Author|creator|lastModifiedBy|Manager|dc:creator|pdf:Author)$/i;

function metadataProblem(field: string, value: string, publicPersons: string[]): string | undefined {
  if (SOFTWARE.test(value)) return undefined;
  const kind = personalKind(value, publicPersons);
  if (kind === 'name' || kind === 'email' || kind === 'signature') return kind;
  if (PERSON_FIELDS.test(field) && USER_NAME.test(value.trim()) && !value.includes('.nl')) return 'user-name';
  return undefined;
}

/** What to call hidden content: why text is invisible and what a tracked change is in the reader's words; a file, field or layer by its name. */
function nameOf(item: HiddenContent): string | MessageRef {
  if (item.kind === 'text-over-text' && item.name) return { message: `pub.invisible.${item.name}` as MessageId };
  if (item.kind === 'tracked-change' && (item.name === 'ins' || item.name === 'del')) return { message: `pub.change.${item.name}` };
  return item.name ?? '';
}

function facts(doc: NotaDocument): PublicationFacts | undefined {
  return doc.publication;
}

/** The place of a text in the read text (the first occurrence), for the finding's range. */
function spanOf(doc: NotaDocument, text: string): Span {
  const at = text.trim() ? doc.text.indexOf(text.trim()) : -1;
  return at >= 0 ? { start: at, end: at + text.trim().length } : START;
}

function publicationRule(id: string, defaultSeverity: Rule['defaultSeverity'], description: string, check: (facts: PublicationFacts, context: RuleContext<Record<string, never>>) => void): Rule {
  return {
    id,
    defaultSeverity,
    description,
    appliesTo: ['nota', 'beantwoording', 'brief'],
    reads: 'published-file',
    defaultOptions: {},
    check(context) {
      const found = facts(context.doc);
      if (found) check(found, context);
    },
  };
}

export const PUBLICATION_RULES: readonly Rule[] = [
  publicationRule('pub-metadata', 'error', 'The document metadata names a person (author, last modified by, a user name, an e-mail address).', (file, { config, report }) => {
    for (const { field, value } of file.metadata) {
      const kind = metadataProblem(field, value, config.publicPersons);
      if (kind) report({ message: 'pub-metadata', args: { field, what: { message: `pub.kind.${kind}` as 'pub.kind.name' } }, span: START });
    }
  }),
  publicationRule('pub-hidden-content', 'error', 'Comments, tracked changes, hidden text, annotations, attachments, form values, hidden layers or scripts in the file.', (file, { config, report }) => {
    for (const item of file.hidden) {
      const personal = item.text ? personalKind(item.text, config.publicPersons) : undefined;
      report({
        message: item.page ? 'pub-hidden-content.page' : 'pub-hidden-content',
        args: { what: { message: `pub.hidden.${item.kind}` as 'pub.hidden.comment', args: { name: nameOf(item) } }, page: item.page ?? '', by: item.author ? { message: 'pub.by-author' } : '', personal: personal ? { message: 'pub.holds-personal-data' } : '' },
        span: START,
      });
    }
  }),
  publicationRule('pub-redaction-failed', 'error', 'Text still in the PDF under a black box, an unapplied redaction, or a dark highlight.', (file, { doc, config, report }) => {
    for (const failure of file.failedRedactions) {
      const kind = failure.text ? personalKind(failure.text, config.publicPersons) : undefined;
      report({
        message: `pub-redaction-failed.${failure.kind}` as 'pub-redaction-failed.text-under-box',
        args: { page: failure.page, what: { message: kind ? (`pub.kind.${kind}` as 'pub.kind.name') : 'pub.kind.text' } },
        span: spanOf(doc, failure.text),
      });
    }
  }),
  publicationRule('pub-language', 'warning', 'The document language is not set to Dutch.', (file, { report }) => {
    if (!file.language) report({ message: 'pub-language.missing', span: START });
    else if (!/^nl(?:-|$)/i.test(file.language)) report({ message: 'pub-language', args: { language: file.language }, span: START });
  }),
  publicationRule('pub-untagged', 'warning', 'The PDF is not tagged: screen readers cannot follow its structure.', (file, { report }) => {
    if (file.format === 'pdf' && !file.tagged) report({ message: 'pub-untagged', span: START });
  }),
  publicationRule('pub-title', 'warning', 'The document has no title, or the PDF viewer does not show it.', (file, { report }) => {
    if (!file.title) report({ message: 'pub-title.missing', span: START });
    else if (file.format === 'pdf' && !file.titleShown) report({ message: 'pub-title.hidden', span: START });
  }),
  publicationRule('pub-no-text', 'error', 'The PDF has no text layer (a scan without OCR).', (file, { report }) => {
    if (!file.hasText) report({ message: 'pub-no-text', span: START });
  }),
];
