// The work that runs off the server's main thread, and what crosses the thread boundary: plain data
// only (structured clone). A check sends back its findings and the document model without the text and
// the line index: the main thread has the text already and rebuilds the index from it, so hover,
// symbols and code actions answer from the same model the rules saw, without parsing again. The
// preview is rendered here too: its Markdown parse is as slow as the check's on pathological text.
import { type Beantwoording, joinHyphenation } from '../../core/beantwoording';
import type { ResolvedConfig } from '../../core/config';
import { type CheckResult, checkText, fixAllText } from '../../core/engine';
import type { NotaDocument } from '../../core/model/types';
import { type DocumentReaders, buildNotaDocument } from '../../core/model/build';
import { LineIndex } from '../../core/source/lines';
import { lazyProse } from '../../core/writing/prose';
import type { DocumentKind, Finding, Locale } from '../../core/types';
import type { PreviewMode } from '../requests';

export interface JobOptions {
  config: ResolvedConfig;
  locale: Locale;
  fileName: string;
  kind?: DocumentKind;
  /** The current time in ms (tests fix it); the worker's clock otherwise. */
  now?: number;
  /** The names of the files beside the document (Bijlagen links and `bijlage-file`). */
  folderFiles?: string[];
}

export interface Job {
  /** `outline`: the model only, no rules (the symbols of a file that is not open). */
  kind: 'check' | 'fixAll' | 'preview' | 'outline';
  /** For a preview: review (findings marked) or as published. */
  mode?: PreviewMode;
  text: string;
  options: JobOptions;
  /** The document is open and will be checked again after edits: read it through the cached readers. */
  edited: boolean;
}

/**
 * The model as it crosses: no text, no line index, and a beantwoording without its hyphenation map
 * (functions cannot be cloned; the main thread rebuilds all three from the text).
 */
export type Model = Omit<NotaDocument, 'text' | 'lineIndex' | 'beantwoording'> & {
  beantwoording?: Omit<NonNullable<NotaDocument['beantwoording']>, 'parsed'> & { parsed: Omit<Beantwoording, 'joined'> };
};

function modelOf(doc: NotaDocument): Model {
  const { text: _text, lineIndex: _lineIndex, beantwoording, ...model } = doc;
  if (!beantwoording) return model;
  const { joined: _joined, ...parsed } = beantwoording.parsed;
  return { ...model, beantwoording: { ...beantwoording, parsed } };
}

export type JobAnswer =
  | { kind: 'check'; findings: Finding[]; model: Model; ruleErrors: string[] }
  | { kind: 'fixAll'; text: string; ruleErrors: string[] }
  | { kind: 'preview'; html: string; ruleErrors: string[] };

export type RenderPreview = typeof import('../../core/preview/render').renderPreview;

/**
 * Runs a job; `readers` is the cache layer of the thread that runs it (one per worker), `renderPreview`
 * the preview renderer where it can be loaded.
 */
export function runJob(job: Job, readers: DocumentReaders, renderPreview?: RenderPreview): JobAnswer {
  const ruleErrors: string[] = [];
  const options = {
    ...job.options,
    now: job.options.now === undefined ? undefined : new Date(job.options.now),
    readers: job.edited ? readers : undefined,
    onRuleError: (ruleId: string, error: unknown) => ruleErrors.push(`Rule ${ruleId} failed on ${job.options.fileName}: ${(error as Error)?.stack ?? error}`),
  };
  if (job.kind === 'fixAll') return { kind: 'fixAll', text: fixAllText(job.text, options), ruleErrors };
  if (job.kind === 'outline') return { kind: 'check', findings: [], model: modelOf(buildNotaDocument(job.text, options)), ruleErrors };
  const result = checkText(job.text, options);
  if (job.kind === 'preview') {
    if (!renderPreview) throw new Error('no preview renderer here');
    return { kind: 'preview', html: renderPreview(result, { mode: job.mode ?? 'review', locale: options.locale, checkOptions: options }), ruleErrors };
  }
  return { kind: 'check', findings: result.findings, model: modelOf(result.doc), ruleErrors };
}

/** The check result on the main thread: the model that came over, with the text it was built from. */
export function checkResultOf(text: string, answer: Extract<JobAnswer, { kind: 'check' }>): CheckResult {
  const { beantwoording, ...model } = answer.model;
  const doc: NotaDocument = {
    ...model,
    text,
    lineIndex: new LineIndex(text),
    beantwoording: beantwoording && { ...beantwoording, parsed: { ...beantwoording.parsed, joined: joinHyphenation(text) } },
  };
  // The sentences are read again here, when a hover first asks for them (a function cannot cross).
  return { doc, findings: answer.findings, prose: lazyProse(doc) };
}
