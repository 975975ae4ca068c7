// Shared vocabulary of the core. Positions are UTF-16 offsets into the document text (as JavaScript
// strings index them); they become LSP line/character positions only at the edges (server, CLI).

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** `brief`: a letter to parliament (Kamerbrief), neither nota nor beantwoording (an extension of spec §1). */
export type DocumentKind = 'nota' | 'beantwoording' | 'brief';

export type Locale = 'nl' | 'en';

export interface TextEdit {
  span: Span;
  newText: string;
}

/** A change a rule proposes. `safe` fixes are applied by fix-all (`--fix`, `source.fixAll.nota`). */
export interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  /** The catalog id of the message (as ESLint's messageId): stable across locales and rewordings. */
  messageId: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes: Fix[];
  /** Longer explanation for hover: what was found and why (used by personal-data rules). */
  explanation?: string;
}
