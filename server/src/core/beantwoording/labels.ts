// Recognising "Vraag N" / "Antwoord N" label lines, and number lists ("2 en 3", "2, 3 en 4", "2 t/m 4").
// Hand-written scanners (no backtracking regular expressions over whole lines) so that pathological
// lines cost linear time.
import { isAlnum, isDigit, isHSpace, isUpper } from '../source/chars';

/** Leading space of a line: a form feed (a PDF page break) counts as space. */
const isLeadSpace = (c: string | undefined) => isHSpace(c) || c === '\f';
const BULLETS = new Set(['-', '*', '+', '•', '·', '▪', '◦', '‣', '–', '—', '●', '○', '■']);
const MAX_RANGE = 50;

function skip(s: string, i: number, end: number, pred: (c: string | undefined) => boolean): number {
  while (i < end && pred(s[i])) i++;
  return i;
}

/** Case-insensitive word at `i` (not followed by a letter/digit); returns the end or -1. */
function word(s: string, i: number, w: string): number {
  if (s.length - i < w.length) return -1;
  if (s.slice(i, i + w.length).toLowerCase() !== w) return -1;
  if (isAlnum(s[i + w.length])) return -1;
  return i + w.length;
}

export interface NumberItem {
  value: number;
  start: number;
  end: number;
}

export interface NumberList {
  items: NumberItem[];
  /** Start of the first and end of the last number. */
  start: number;
  end: number;
}

function digitsAt(s: string, i: number, end: number): { value: number; end: number } | null {
  if (!isDigit(s[i])) return null;
  let j = i;
  while (j < end && isDigit(s[j])) j++;
  if (j - i > 4) return null;
  if (j < s.length && isAlnum(s[j])) return null; // 3a, 12e, 2024Z…
  return { value: Number(s.slice(i, j)), end: j };
}

/**
 * Parses `N`, `N en M`, `N, M en O`, `N & M`, `N t/m M`, `N tot en met M`, `N-M`/`N–M` at `i`.
 * `space` tells which characters may separate the parts. Ranges are expanded (at most 50 numbers;
 * interior numbers get the span of the whole range). `single` stops after the first number.
 */
export function parseNumberList(
  s: string,
  i: number,
  end: number,
  space: (c: string | undefined) => boolean,
  single = false,
): NumberList | null {
  const first = digitsAt(s, i, end);
  if (!first) return null;
  const items: NumberItem[] = [{ value: first.value, start: i, end: first.end }];
  let pos = first.end;
  if (single) return { items, start: i, end: pos };
  for (;;) {
    let k = skip(s, pos, end, space);
    let range = false;
    let sepEnd = -1;
    const c = s[k];
    if (c === ',' || c === '&') sepEnd = k + 1;
    else if (c === '-' || c === '–') {
      sepEnd = k + 1;
      range = true;
    } else {
      const en = word(s, k, 'en');
      const tm = s.slice(k, k + 3).toLowerCase() === 't/m' && !isAlnum(s[k + 3]) ? k + 3 : -1;
      if (en !== -1) sepEnd = en;
      else if (tm !== -1) {
        sepEnd = tm;
        range = true;
      } else {
        const tot = word(s, k, 'tot');
        if (tot !== -1) {
          const a = skip(s, tot, end, space);
          const b = word(s, a, 'en');
          const b2 = b === -1 ? -1 : skip(s, b, end, space);
          const m = b2 === -1 ? -1 : word(s, b2, 'met');
          if (m !== -1) {
            sepEnd = m;
            range = true;
          }
        }
      }
    }
    if (sepEnd === -1 || sepEnd > end) break;
    // ", en 4" (Oxford comma) is allowed
    k = skip(s, sepEnd, end, space);
    if (!range && s[sepEnd - 1] === ',') {
      const en = word(s, k, 'en');
      if (en !== -1) k = skip(s, en, end, space);
    }
    const next = digitsAt(s, k, end);
    if (!next) break;
    if (range) {
      const lo = items[items.length - 1].value;
      const hi = next.value;
      if (hi > lo && hi - lo <= MAX_RANGE) {
        const rs = items[items.length - 1].start;
        for (let v = lo + 1; v < hi; v++) items.push({ value: v, start: rs, end: next.end });
      }
    }
    items.push({ value: next.value, start: k, end: next.end });
    pos = next.end;
  }
  return { items, start: i, end: pos };
}

export interface LabelMatch {
  kind: 'question' | 'answer';
  /** Offsets relative to the line. */
  labelStart: number;
  labelEnd: number;
  numbers: NumberItem[];
  numberStart: number;
  numberEnd: number;
  style?: 'antwoord' | 'antwoord-vraag';
  /** Start of inline text after the label (`Vraag 1: Bent u …`), or -1. */
  restStart: number;
}

/**
 * Recognises a label line. Accepted: optional indentation, an optional bullet (`-`, `*`, `+`, `•`, …
 * followed by a space), an optional Markdown heading marker, optional emphasis (`**`, `__`, `*`, `_`),
 * then `Vraag N` or `Antwoord N` / `Antwoord vraag N` / `Antwoord op (de) vraag N` / `Antwoord op
 * vragen N en M` / bare `Antwoord` (first letter upper case, the rest in any case), an optional `:`/`.`/`)`, closing emphasis, an
 * optional `:`. Text may follow on the same line only after such a separator or closing emphasis
 * (`Vraag 1: Bent u …`, `**Vraag 1** Bent u …`), so `Vraag 2 gaat over …` is not a label.
 */
export function matchLabel(line: string): LabelMatch | null {
  const end = line.length;
  let i = skip(line, 0, end, isLeadSpace);
  if (i >= end) return null;
  const labelStart = i;
  if (BULLETS.has(line[i]) && isHSpace(line[i + 1])) i = skip(line, i + 1, end, isHSpace);
  if (line[i] === '#') {
    let j = i;
    while (j < end && line[j] === '#') j++;
    if (j - i > 6 || !isHSpace(line[j])) return null;
    i = skip(line, j, end, isHSpace);
  }
  let emph = '';
  if (line.startsWith('**', i) || line.startsWith('__', i)) emph = line.slice(i, i + 2);
  else if (line[i] === '*' || line[i] === '_') emph = line[i];
  i = skip(line, i + emph.length, end, isHSpace);

  // Labels are capitalised (`Vraag`, `VRAAG`, `Antwoord`): a wrapped sentence line such as
  // "antwoord op vraag 2." (seed 003, answer 6) is not a label.
  if (line[i] !== 'V' && line[i] !== 'A') return null;
  let kind: 'question' | 'answer';
  let style: 'antwoord' | 'antwoord-vraag' | undefined;
  let numbers: NumberItem[] = [];
  let numberStart = -1;
  let numberEnd = -1;
  let k: number;
  let vraag = word(line, i, 'vraag');
  if (vraag === -1) vraag = word(line, i, 'vragen');
  if (vraag !== -1) {
    kind = 'question';
    k = skip(line, vraag, end, isHSpace);
    // "Vraag 2 en 3" / "Vragen 4, 5 en 6": one label for several questions
    const list = parseNumberList(line, k, end, isHSpace);
    if (!list) return null;
    numbers = list.items;
    numberStart = list.start;
    numberEnd = list.end;
    k = list.end;
  } else {
    let a = word(line, i, 'antwoord');
    if (a === -1) a = word(line, i, 'antwoorden');
    if (a === -1) return null;
    kind = 'answer';
    style = 'antwoord';
    k = skip(line, a, end, isHSpace);
    let consumed = false;
    const op = word(line, k, 'op');
    if (op !== -1) {
      k = skip(line, op, end, isHSpace);
      consumed = true;
      const de = word(line, k, 'de');
      if (de !== -1) k = skip(line, de, end, isHSpace);
    }
    let v = word(line, k, 'vraag');
    if (v === -1) v = word(line, k, 'vragen');
    if (v !== -1) {
      style = 'antwoord-vraag';
      consumed = true;
      k = skip(line, v, end, isHSpace);
    } else if (consumed) {
      return null; // "Antwoord op de …"
    }
    const list = parseNumberList(line, k, end, isHSpace);
    if (list) {
      numbers = list.items;
      numberStart = list.start;
      numberEnd = list.end;
      k = list.end;
    } else if (consumed) {
      return null; // "Antwoord op vragen van het lid …"
    } else {
      k = a; // bare "Antwoord"
    }
  }

  // separators and closing emphasis
  let labelEnd = k;
  let sep = false;
  let closed = false;
  k = skip(line, k, end, isHSpace);
  if (line[k] === ':' || line[k] === '.' || line[k] === ')') {
    sep = true;
    k++;
    labelEnd = k;
    k = skip(line, k, end, isHSpace);
  }
  if (emph && line.startsWith(emph, k)) {
    closed = true;
    k += emph.length;
    labelEnd = k;
    k = skip(line, k, end, isHSpace);
  }
  if (line[k] === ':') {
    sep = true;
    k++;
    labelEnd = k;
    k = skip(line, k, end, isHSpace);
  }
  if (!sep && (line[k] === '-' || line[k] === '–' || line[k] === '—') && isHSpace(line[k + 1])) {
    sep = true;
    k = skip(line, k + 1, end, isHSpace);
  }
  let restStart = -1;
  if (k < end) {
    if (!sep && !closed) return null;
    restStart = k;
  }
  if (kind === 'answer' && numbers.length === 0 && restStart !== -1 && !sep) return null;
  return { kind, labelStart, labelEnd, numbers, numberStart, numberEnd, style, restStart };
}

/** A line that holds only a number list (`1`, `12`, `1 en 2`): the number of a lijst van vragen en antwoorden. */
export function matchNumberLine(line: string): NumberList | null {
  const end = line.length;
  const start = skip(line, 0, end, isLeadSpace);
  const list = parseNumberList(line, start, end, isHSpace);
  if (!list || list.items.some((item) => item.end - item.start > 3)) return null;
  return skip(line, list.end, end, isHSpace) === end ? list : null;
}

export interface NumberedLine {
  number: NumberItem;
  /** Offsets relative to the line: the label (`1.`) and the text after it. */
  labelStart: number;
  labelEnd: number;
  restStart: number;
}

/** `1. Bent u …?` (also as a Markdown ordered list item): a numbered question; 1–3 digits, `.` or `)`, text. */
export function matchNumberedLine(line: string): NumberedLine | null {
  const end = line.length;
  const start = skip(line, 0, end, isLeadSpace);
  let i = start;
  while (i < end && isDigit(line[i])) i++;
  if (i === start || i - start > 3 || (line[i] !== '.' && line[i] !== ')') || !isHSpace(line[i + 1])) return null;
  const restStart = skip(line, i + 1, end, isHSpace);
  if (restStart >= end) return null;
  return { number: { value: Number(line.slice(start, i)), start, end: i }, labelStart: start, labelEnd: i + 1, restStart };
}

/** Characters after which an inline label may start a new sentence (`…? Antwoord 1 Ja.`). */
const SENTENCE_END = new Set(['.', '?', '!', ':', ';', '»', '”', '"', ')']);

/** A `Vraag N` / `Antwoord N` label inside a line at `i` (numbers required), followed by a capital or the end. */
function inlineLabelAt(line: string, i: number): LabelMatch | null {
  const end = line.length;
  let kind: 'question' | 'answer';
  let style: 'antwoord' | 'antwoord-vraag' | undefined;
  let k: number;
  let keyword = word(line, i, 'vraag');
  if (keyword === -1) keyword = word(line, i, 'vragen');
  if (keyword !== -1) {
    kind = 'question';
    k = skip(line, keyword, end, isHSpace);
  } else {
    keyword = word(line, i, 'antwoord');
    if (keyword === -1) keyword = word(line, i, 'antwoorden');
    if (keyword === -1) return null;
    kind = 'answer';
    style = 'antwoord';
    k = skip(line, keyword, end, isHSpace);
    const op = word(line, k, 'op');
    if (op !== -1) k = skip(line, op, end, isHSpace);
    let v = word(line, k, 'vraag');
    if (v === -1) v = word(line, k, 'vragen');
    if (v !== -1) {
      style = 'antwoord-vraag';
      k = skip(line, v, end, isHSpace);
    } else if (op !== -1) return null;
  }
  const list = parseNumberList(line, k, end, isHSpace);
  if (!list) return null;
  let labelEnd = list.end;
  if (line[labelEnd] === ':' || line[labelEnd] === '.') labelEnd++;
  const restStart = skip(line, labelEnd, end, isHSpace);
  if (restStart < end && (restStart === labelEnd || !isUpper(line[restStart]))) return null;
  return {
    kind,
    labelStart: i,
    labelEnd,
    numbers: list.items,
    numberStart: list.start,
    numberEnd: list.end,
    style,
    restStart: restStart < end ? restStart : -1,
  };
}

/**
 * Labels inside one line (`Vraag 1 Bent u …? Antwoord 1 Ja. Vraag 2 …`): capitalised keywords with a
 * number at the line start or after the end of a sentence. Only a line that holds both a question and
 * an answer label counts (a sentence "Vraag 2 gaat over …" alone is text). Each position is looked at
 * once: linear in the line length.
 */
export function inlineLabels(line: string): LabelMatch[] {
  const found: LabelMatch[] = [];
  const end = line.length;
  let boundary = true; // at the line start or after the end of a sentence and a space
  for (let i = skip(line, 0, end, isLeadSpace); i < end; i++) {
    const c = line[i];
    if (boundary && (c === 'V' || c === 'A')) {
      const label = inlineLabelAt(line, i);
      if (label) {
        found.push(label);
        i = (label.restStart >= 0 ? label.restStart : end) - 1;
        boundary = false;
        continue;
      }
    }
    if (isHSpace(c)) boundary = boundary || SENTENCE_END.has(line[i - 1]) || i === 0;
    else boundary = false;
  }
  const questions = found.some((label) => label.kind === 'question');
  const answers = found.some((label) => label.kind === 'answer');
  return questions && answers ? found : [];
}
