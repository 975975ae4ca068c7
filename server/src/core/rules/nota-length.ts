import { DEFAULT_LENGTH_OPTIONS, type LengthOptions, documentLength, formatPages, lengthOptions } from '../writing/length';
import type { Rule } from './rule';

/** A nota longer than the page limit (two pages for a beslisnota): reported on the subject, once. */
export const notaLength: Rule<LengthOptions> = {
  id: 'nota-length',
  defaultSeverity: 'hint',
  description: 'The nota is longer than the configured number of pages.',
  appliesTo: ['nota'],
  defaultOptions: DEFAULT_LENGTH_OPTIONS,
  optionsSchema: {
    properties: {
      maxPages: { type: 'number', exclusiveMinimum: 0, default: DEFAULT_LENGTH_OPTIONS.maxPages, description: 'A nota of more pages than this is reported (two pages is the usual limit for a beslisnota).' },
      wordsPerPage: { type: 'integer', minimum: 1, default: DEFAULT_LENGTH_OPTIONS.wordsPerPage, description: 'The words that fill a page, for the page estimate.' },
    },
  },
  check({ doc, options, locale, report }) {
    const { maxPages, wordsPerPage } = lengthOptions(options);
    const { words, pages } = documentLength(doc, wordsPerPage);
    if (words <= maxPages * wordsPerPage) return;
    const span = doc.header.onderwerp?.span ?? doc.source.lines.find((line) => line.block !== 'blank')?.span ?? { start: 0, end: 0 };
    report({ message: 'nota-length', args: { words, pages: formatPages(pages, locale), maxPages: formatPages(maxPages, locale) }, span });
  },
};
