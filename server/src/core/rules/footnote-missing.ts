import type { Rule } from './rule';

/** Every footnote marker `1)` has its footnote, and every footnote is referred to. */
export const footnoteMissing: Rule = {
  id: 'footnote-missing',
  defaultSeverity: 'warning',
  description: 'A footnote marker without a footnote, or a footnote without a marker.',
  appliesTo: ['beantwoording'],
  defaultOptions: {},
  check({ doc, report }) {
    const parsed = doc.beantwoording?.parsed;
    if (!parsed) return;
    const footnoteNumbers = new Set(parsed.footnotes.map((footnote) => footnote.number));
    const markerNumbers = new Set(parsed.footnoteMarkers.map((marker) => marker.number));
    for (const marker of parsed.footnoteMarkers) {
      if (!footnoteNumbers.has(marker.number)) report({ message: 'footnote-missing.marker', args: { number: marker.number }, span: marker.span });
    }
    for (const footnote of parsed.footnotes) {
      if (!markerNumbers.has(footnote.number)) report({ message: 'footnote-missing.footnote', args: { number: footnote.number }, span: footnote.span });
    }
  },
};
