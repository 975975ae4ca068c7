// The prose of a document, cut into sentences and words by parse-dutch (the Dutch tokenizer of the unified
// collective), for the writing rules (sentence-length, plain-word, abbreviation-undefined, passive-voice,
// nominalisation, readability) and the readability figures. Prose is the text of the sections of a nota
// (the answers of a beantwoording): not the header, headings, tables, code, HTML or PDF
// residue; each list item is a paragraph of its own; markup and redaction markers are masked.
import { ParseDutch } from 'parse-dutch';
import type { NotaDocument, Redaction, SourceLine } from '../model/types';
import type { Span } from '../types';
import { WordList, scanWords } from './word-list';

export interface Word {
  /** The word as written (for a redaction marker: the marker). */
  readonly text: string;
  /** In lower case; '' for a redaction marker, so that it matches no word list. */
  readonly lower: string;
  readonly span: Span;
  /** The word stands for a redaction marker: it counts as a word but is no word to judge. */
  readonly redacted: boolean;
}

export interface Sentence {
  span: Span;
  words: Word[];
}

/** A section of a nota, or a question or answer of a beantwoording. */
export interface ProseUnit {
  title: string;
  /** The heading (or label) of the unit, where hover shows its figures. */
  headingSpan: Span;
  /** 0-based line of the heading. */
  headingLine: number;
  /** The words, found by a light scan of the text: for the rules that judge words, not sentences. */
  readonly words: WordList;
  /** The sentences, tokenized by parse-dutch on first use: for the rules that judge sentences. */
  readonly sentences: Sentence[];
}

export interface Prose {
  units: ProseUnit[];
}

/** One paragraph or list item: a contiguous stretch of the text, masked to the same length. */
interface Block {
  start: number;
  masked: string;
  /** The redaction markers in the block (masked as "X"). */
  redactions: Redaction[];
}

/** A sentence of a block, offsets relative to the block: what the cache layer keeps per paragraph. */
export interface RelativeSentence {
  start: number;
  end: number;
  /** Start and end of each word, two numbers per word (a 1 MB nota has 150,000 words). */
  words: number[];
}

/** The node types of parse-latin's character loop, by the code its table keeps (0: none). */
const CHARACTER_TYPES = ['', 'WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'] as const;
/** Types up to this one (words, white space) run on over any character of their type. */
const WHITE_SPACE = 2;
type CharacterType = Exclude<(typeof CHARACTER_TYPES)[number], ''>;
type SentenceContent = ReturnType<ParseDutch['tokenize']>[number];

/**
 * parse-dutch with a faster character loop. parse-latin's `tokenize` (MIT, wooorm/parse-latin) tests
 * three Unicode regexes on every character to find its type, which was half the time of cutting a nota
 * into sentences; this loop is the same, but looks the type of a Latin-1 character up in a table that
 * parse-latin's own `tokenize` fills when the parser is made (other characters are asked each time). The
 * tokens (values and positions) are the same, and the Dutch and Latin plugins that merge them into words
 * and sentences run unchanged: test/unit/writing-tokenizer.test.ts compares both parsers on the corpus and
 * on random text.
 */
export class FastParseDutch extends ParseDutch {
  /** The type (index in CHARACTER_TYPES) of each Latin-1 character, looked up once: nearly every character of a nota. */
  private readonly latin1: Uint8Array;

  constructor() {
    super();
    this.latin1 = Uint8Array.from({ length: 256 }, (_, code) => this.lookUp(code));
  }

  /** The type parse-latin's own `tokenize` gives one character (for the rest: é is Latin-1, “ and – are not). */
  private lookUp(code: number): number {
    const [node] = ParseDutch.prototype.tokenize.call(this, String.fromCharCode(code));
    return CHARACTER_TYPES.indexOf(node.type as CharacterType);
  }

  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    const latin1 = this.latin1;
    let line = 1;
    let column = 1;
    let offset = 0;
    let from = 0;
    let start = { line, column, offset };
    let previousType = 0;
    let previous = -1;
    const flush = (to: number) => {
      const type = CHARACTER_TYPES[previousType] as CharacterType;
      const text = value.slice(from, to);
      children.push(
        type === 'WordNode'
          ? { type, children: [{ type: 'TextNode', value: text, position: { start, end: { line, column, offset } } }], position: { start, end: { line, column, offset } } }
          : ({ type, value: text, position: { start, end: { line, column, offset } } } as SentenceContent),
      );
    };
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const type = code < 256 ? latin1[code] : this.lookUp(code);
      // Words and white space continue; so does a repeated punctuation or symbol character, or a surrogate.
      const continues = previousType === type && (type <= WHITE_SPACE || code === previous || (code >= 0xd800 && code <= 0xdfff));
      if (from < index && previousType !== 0 && !continues) {
        flush(index);
        from = index;
        start = { line, column, offset };
      }
      if (code === 13 || (code === 10 && previous !== 13)) {
        line++;
        column = 1;
      } else if (code !== 10) column++;
      offset++;
      previousType = type;
      previous = code;
    }
    if (previousType !== 0 && from < value.length) flush(value.length);
    return children;
  }
}

const parser = new FastParseDutch();

// A list item starts with a Markdown marker or, in text pasted from a PDF, a bullet character.
const LIST_ITEM_START = /^[ \t]*(?:[-*+•\uF0B7–]|\d{1,3}[.)])[ \t]+/u;

/** Sentences of one masked block, offsets relative to the block. */
export function tokenizeBlock(masked: string): RelativeSentence[] {
  const sentences: RelativeSentence[] = [];
  for (const sentence of parser.tokenizeParagraph(masked).children) {
    if (sentence.type !== 'SentenceNode' || !sentence.position) continue;
    const words: number[] = [];
    for (const node of sentence.children) {
      if (node.type === 'WordNode' && node.position) words.push(node.position.start.offset!, node.position.end.offset!);
    }
    if (words.length > 0) sentences.push({ start: sentence.position.start.offset!, end: sentence.position.end.offset!, words });
  }
  return sentences;
}

/**
 * How a block is cut into sentences: fresh (the CLI), or through the cache layer, which remembers the
 * sentences of each paragraph so that a re-check after an edit tokenizes only what changed (the
 * language server; cache/readers.ts).
 */
export type BlockTokenizer = (masked: string) => RelativeSentence[];

const blank = (length: number) => ' '.repeat(length);

/** Markup that is not prose, replaced by spaces so that offsets stay those of the source. */
const INLINE_MARKUP = new RegExp(
  [
    /<!--[\s\S]*?-->/, // comments, directives
    /`[^`\n]*`/, // inline code
    /<https?:[^>\s]*>|https?:\/\/\S+|www\.\S+/, // links written as addresses
    /<\/?[A-Za-z][^>\n]*>/, // inline HTML
    /\[\^[^\]\s]+\]/, // footnote references
    /\]\([^)\s]*\)|!?\[/, // link syntax around link text
    /\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])|\\(?=[\\`*_{}[\]()#+\-.!|])/u, // emphasis, escapes
    /^[ \t]*>[ \t]?/, // blockquote markers
  ]
    .map((pattern) => pattern.source)
    .join('|'),
  'gmu',
);
/** Characters that can start markup: a block without them is masked as it is. */
const MARKUP_START = /[<`[\]*_\\>]|https?:|www\./;

function maskMarkup(text: string): string {
  const masked = MARKUP_START.test(text) ? text.replace(INLINE_MARKUP, (whole) => blank(whole.length)) : text;
  return masked.replace(LIST_ITEM_START, (whole) => blank(whole.length));
}

/** A redaction marker counts as one word (it stands for a name or a passage): "X" and spaces. */
function maskRedactions(block: { start: number; masked: string }, redactions: readonly Redaction[]): string {
  const end = block.start + block.masked.length;
  let masked = block.masked;
  for (const redaction of redactions) {
    if (redaction.span.end <= block.start || redaction.span.start >= end) continue;
    const from = Math.max(redaction.span.start, block.start) - block.start;
    const to = Math.min(redaction.span.end, end) - block.start;
    masked = masked.slice(0, from) + 'X' + blank(to - from - 1) + masked.slice(to);
  }
  return masked;
}

/** The redactions that overlap a span, from a list sorted by start. */
function redactionsWithin(redactions: readonly Redaction[], span: Span): Redaction[] {
  let low = 0;
  let high = redactions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (redactions[middle].span.end <= span.start) low = middle + 1;
    else high = middle;
  }
  const found: Redaction[] = [];
  for (let i = low; i < redactions.length && redactions[i].span.start < span.end; i++) if (redactions[i].span.end > span.start) found.push(redactions[i]);
  return found;
}

/** Lines are prose when they are paragraph or list text, not PDF residue, not a (sub)heading. */
function proseBlocks(doc: NotaDocument, lines: SourceLine[], skip: ReadonlySet<number>, clip: Span): Block[] {
  const blocks: Block[] = [];
  let current: { start: number; end: number } | undefined;
  const close = () => {
    if (current) blocks.push(maskedBlock(doc, current.start, maskMarkup(doc.text.slice(current.start, current.end))));
    current = undefined;
  };
  for (const line of lines) {
    const prose = (line.block === 'paragraph' || line.block === 'list') && !skip.has(line.index) && !doc.residueLines.has(line.index);
    const start = Math.max(line.span.start, clip.start);
    const end = Math.min(line.span.end, clip.end);
    if (!prose || end <= start) {
      close();
      continue;
    }
    const startsItem = LIST_ITEM_START.test(line.text);
    if (current && startsItem) close();
    if (current) current.end = end;
    else current = { start, end };
  }
  close();
  return blocks;
}

function maskedBlock(doc: NotaDocument, start: number, masked: string): Block {
  const redactions = redactionsWithin(doc.redactions, { start, end: start + masked.length });
  const block = { start, masked, redactions };
  if (redactions.length > 0) block.masked = maskRedactions(block, redactions);
  return block;
}

/** A word of a sentence: its text and span are made when asked for, as most words are only counted and looked up. */
class SentenceWord implements Word {
  constructor(
    private readonly source: string,
    readonly lower: string,
    private readonly start: number,
    readonly end: number,
    readonly redacted: boolean,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  get span(): Span {
    return { start: this.start, end: this.end };
  }
}

function wordAt(doc: NotaDocument, block: Block, start: number, end: number): SentenceWord {
  const redaction = block.redactions.length > 0 ? block.redactions.find((r) => r.span.start <= start && r.span.end > start) : undefined;
  if (redaction) return new SentenceWord(doc.text, '', redaction.span.start, redaction.span.end, true);
  return new SentenceWord(doc.text, doc.text.slice(start, end).toLowerCase(), start, end, false);
}

function sentencesOf(doc: NotaDocument, blocks: readonly Block[], tokenize: BlockTokenizer): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    if (!/[\p{L}\p{N}]/u.test(block.masked)) continue;
    for (const relative of tokenize(block.masked)) {
      const words: SentenceWord[] = [];
      for (let i = 0; i < relative.words.length; i += 2) words.push(wordAt(doc, block, block.start + relative.words[i], block.start + relative.words[i + 1]));
      sentences.push({ span: { start: block.start + relative.start, end: Math.max(block.start + relative.end, words[words.length - 1].end) }, words });
    }
  }
  return sentences;
}

function wordsOf(doc: NotaDocument, blocks: readonly Block[]): WordList {
  const words = new WordList(doc.text);
  for (const block of blocks) {
    scanWords(block.masked, (from, to) => {
      const start = block.start + from;
      const redaction = block.redactions.length > 0 ? block.redactions.find((r) => r.span.start <= start && r.span.end > start) : undefined;
      if (redaction) words.add(redaction.span.start, redaction.span.end, true);
      else words.add(start, block.start + to, false);
    });
  }
  return words;
}

class Unit implements ProseUnit {
  private wordList?: WordList;
  private sentenceList?: Sentence[];

  constructor(
    readonly title: string,
    readonly headingSpan: Span,
    readonly headingLine: number,
    private readonly blocks: readonly Block[],
    private readonly doc: NotaDocument,
    private readonly tokenize: BlockTokenizer,
  ) {}

  get words(): WordList {
    return (this.wordList ??= wordsOf(this.doc, this.blocks));
  }

  get sentences(): Sentence[] {
    return (this.sentenceList ??= sentencesOf(this.doc, this.blocks, this.tokenize));
  }
}

function linesWithin(doc: NotaDocument, span: Span): SourceLine[] {
  const first = doc.lineIndex.positionAt(span.start).line;
  const last = doc.lineIndex.positionAt(Math.max(span.start, span.end - 1)).line;
  return doc.lines.slice(first, last + 1);
}

function notaUnits(doc: NotaDocument, tokenize: BlockTokenizer): ProseUnit[] {
  const bijlagen = doc.bijlagen?.span;
  return doc.sections.map((section) => {
    const lines = doc.lines.slice(section.headingLine + 1, section.lastLine + 1);
    const skip = new Set(section.subheadings.map((sub) => sub.line));
    // The Bijlagen table, in the forms pasted from a PDF, is made of paragraph lines: not prose.
    for (const line of lines) if (bijlagen && line.span.start < bijlagen.end && line.span.end > bijlagen.start) skip.add(line.index);
    return new Unit(section.title, section.titleSpan, section.headingLine, proseBlocks(doc, lines, skip, section.span), doc, tokenize);
  });
}

function beantwoordingUnits(doc: NotaDocument, tokenize: BlockTokenizer): ProseUnit[] {
  const parsed = doc.beantwoording?.parsed;
  if (!parsed) return [];
  const furniture = new Set(parsed.pageFurniture.map((span) => doc.lineIndex.positionAt(span.start).line));
  const unit = (title: string, headingSpan: Span, body: Span): ProseUnit =>
    new Unit(title, headingSpan, doc.lineIndex.positionAt(headingSpan.start).line, body.end > body.start ? proseBlocks(doc, linesWithin(doc, body), furniture, body) : [], doc, tokenize);
  // The questions are the Kamerlid's words, quoted: only the answers are the ministry's prose.
  return parsed.answers.map((answer) => unit(answer.number === null ? 'Antwoord' : `Antwoord ${answer.numbers.join(', ')}`, answer.labelSpan ?? answer.bodySpan, answer.bodySpan));
}

export function readProse(doc: NotaDocument, tokenize: BlockTokenizer = tokenizeBlock): Prose {
  return { units: doc.kind === 'beantwoording' ? beantwoordingUnits(doc, tokenize) : notaUnits(doc, tokenize) };
}

/** Computes the prose of a check once, when the first one asks for it (a rule, hover, the CLI's metrics). */
export function lazyProse(doc: NotaDocument, tokenize: BlockTokenizer = tokenizeBlock): () => Prose {
  let prose: Prose | undefined;
  return () => (prose ??= readProse(doc, tokenize));
}
