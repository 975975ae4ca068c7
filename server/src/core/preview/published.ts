// The published form of a document, as the preview's "As published" mode and Export show it: the source
// with every personal-data finding replaced by its Woo marker (as "Redact all" writes it), checked again.
// Redacting the source, not the rendered nodes, leaves nothing for any construct to carry: text, link URLs
// and titles, image alt, code and raw HTML are all parsed from text that no longer holds the data.
import { type CheckOptions, type CheckResult, checkText } from '../engine';
import { applyEdits } from '../fixes';
import { redactionMarkerFor } from '../model/redactions';
import type { Finding, Span, TextEdit } from '../types';

/** A redaction can give the detectors new context; a few passes settle it (as fix-all does). */
const MAX_PASSES = 3;

interface Withheld {
  span: Span;
  /** The Woo marker that replaces it (an absolute ground where the detector names one). */
  marker: string;
}

const isPersonalData = (finding: Finding) => finding.ruleId.startsWith('pii-');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every other place that holds a reported text, as a whole word: a URL, a code span, an unscored mention. */
function sameTextElsewhere(text: string, reported: Withheld[]): Withheld[] {
  const typeOf = new Map<string, string>();
  for (const { span, marker } of reported) {
    const written = text.slice(span.start, span.end);
    if (written.trim() !== '' && !typeOf.has(written)) typeOf.set(written, marker);
  }
  if (typeOf.size === 0) return [];
  const alternatives = [...typeOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(pattern)].map((match) => ({ span: { start: match.index, end: match.index + match[0].length }, marker: typeOf.get(match[0])! }));
}

/** One edit per run of withheld text (overlaps merged); the marker keeps the line breaks it replaces. */
function redactionEdits(text: string, withheld: Withheld[]): TextEdit[] {
  const sorted = [...withheld].filter((w) => w.span.end > w.span.start).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const merged: Withheld[] = [];
  for (const current of sorted) {
    const last = merged.at(-1);
    if (last && current.span.start < last.span.end) last.span = { start: last.span.start, end: Math.max(last.span.end, current.span.end) };
    else merged.push({ span: { ...current.span }, marker: current.marker });
  }
  return merged.map(({ span, marker }) => {
    const breaks = text.slice(span.start, span.end).match(/\r\n|\r|\n/g) ?? [];
    return { span, newText: marker + breaks.join('') };
  });
}

/** The check of the published text: no personal-data finding is left, unless MAX_PASSES did not settle it. */
export function publishedResult(result: CheckResult, options: CheckOptions): CheckResult {
  // The redacted text is not the document being edited: it stays out of the editor's caches.
  const recheck: CheckOptions = { ...options, readers: undefined };
  let current = result;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { text } = current.doc;
    const markers = new Map(current.doc.personalData.map((c) => [`${c.span.start}:${c.span.end}`, redactionMarkerFor(c, options.config)]));
    const markerOf = (span: Span) => markers.get(`${span.start}:${span.end}`) ?? options.config.redactionMarker;
    const reported = current.findings.filter(isPersonalData).map((finding) => ({ span: finding.span, marker: markerOf(finding.span) }));
    if (reported.length === 0) return current;
    const edits = redactionEdits(text, [...reported, ...sameTextElsewhere(text, reported)]);
    current = checkText(applyEdits(text, edits), recheck);
  }
  return current;
}
