// The shape of a rule, as in ESLint: id, default severity, description, options, and a check.
import type { ResolvedConfig } from '../config';
import type { MessageArgs, MessageId } from '../messages';
import type { NotaDocument } from '../model/types';
import type { DocumentKind, Locale, Severity, Span, TextEdit } from '../types';
import type { Prose } from '../writing/prose';

export type { MessageArgs, MessageRef } from '../messages';

export interface ReportedFix {
  title: MessageId;
  titleArgs?: MessageArgs;
  edits: TextEdit[];
  safe?: boolean;
}

export interface Report {
  message: MessageId;
  args?: MessageArgs;
  span: Span;
  fixes?: ReportedFix[];
  /** Overrides the configured severity for this finding (for rules whose severity depends on the case). */
  severity?: Severity;
  /** One level above the rule's severity, configured or not (a very long sentence). */
  raise?: boolean;
  explanation?: string;
}

export interface RuleContext<Options> {
  doc: NotaDocument;
  config: ResolvedConfig;
  options: Options;
  locale: Locale;
  now: Date;
  /** The names of the files in the document's folder, where the caller read it (language server, CLI). */
  folderFiles?: readonly string[];
  /** The prose in sentences and words (parse-dutch), tokenized on first use and shared by the rules. */
  prose(): Prose;
  report(report: Report): void;
}

export interface Rule<Options = Record<string, never>> {
  id: string;
  /** The severity when the configuration names none (for an `optIn` rule: the severity it suggests when on). */
  defaultSeverity: Severity;
  /** Off unless the configuration turns it on (matters of style, such as the writing rules). */
  optIn?: boolean;
  /** One line, English; the doc page in docs/rules/<id>.md says more. */
  description: string;
  appliesTo: readonly DocumentKind[];
  /** What the rule reads: the text (all rules but the pub-* ones), or the published file (PDF or Word). */
  reads?: 'text' | 'published-file';
  defaultOptions: Options;
  /** JSON schema of the options, written into schemas/notarc.schema.json by scripts/update-schema.ts. */
  optionsSchema?: Record<string, unknown>;
  check(context: RuleContext<Options>): void;
}

export type AnyRule = Rule<any>;

