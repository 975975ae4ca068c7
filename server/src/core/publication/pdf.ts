// A PDF as published: Info and XMP metadata, annotations, attachments, form values, hidden layers,
// JavaScript, language, tags, title, and text that is still in the text layer under an opaque dark box (a
// "blacked out" name that can be copied), an unapplied Redact annotation, or a dark highlight. The boxes
// and the text are followed through the page's operator list (transforms, fill colours, text matrices), in
// drawing order: text drawn after a box is on top of it and visible, unless it is dark too.
import { openPdf, type OpenPdf } from '../source/formats/pdf';
import { pdfjs, type PdfJs } from '../source/formats/pdfjs';
import type { FailedRedaction, HiddenContent, MetadataField, PublicationFacts } from './types';


type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface DrawnText extends Box {
  text: string;
  order: number;
  /** Drawn in a dark colour: invisible on a dark box, also when drawn after it. */
  dark: boolean;
}

/** Why a text run cannot be seen: white, tiny, or drawn with render mode 3 (neither filled nor stroked). */
type Invisibility = 'white' | 'tiny' | 'render-mode-3';

interface InvisibleText extends Box {
  text: string;
  why: Invisibility;
}

interface DrawnBox extends Box {
  order: number;
}

/** Luminance of a "#rrggbb" fill colour, 0 (black) to 1 (white). */
function luminance(hex: string): number {
  const value = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!value) return 1;
  const n = Number.parseInt(value[1], 16);
  return (0.2126 * ((n >> 16) & 255) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
}

const matrixOf = (value: unknown): Matrix => Array.from(value as ArrayLike<number>).slice(0, 6) as Matrix;

/** The page's dark filled boxes and its text runs, in drawing order, in page space. */
function drawing(ops: { fnArray: number[]; argsArray: unknown[][] }, OPS: PdfJs['OPS']): { boxes: DrawnBox[]; texts: DrawnText[]; invisible: InvisibleText[] } {
  const boxes: DrawnBox[] = [];
  const texts: DrawnText[] = [];
  const invisible: InvisibleText[] = [];
  let renderMode = 0;
  const stack: { ctm: Matrix; fill: string }[] = [];
  let ctm: Matrix = IDENTITY;
  let fill = '#000000';
  let textMatrix: Matrix = IDENTITY;
  let lineMatrix: Matrix = IDENTITY;
  let fontSize = 10;
  let leading = 0;
  let order = 0;
  const show = (glyphs: unknown) => {
    let text = '';
    let advance = 0;
    for (const glyph of (glyphs as ({ unicode?: string; width?: number } | number)[]) ?? []) {
      if (typeof glyph === 'number') advance -= (glyph / 1000) * fontSize;
      else {
        text += glyph.unicode ?? '';
        advance += ((glyph.width ?? 0) / 1000) * fontSize;
      }
    }
    const place = multiply(textMatrix, ctm);
    const [x0, y0] = apply(place, 0, 0);
    const [x1, y1] = apply(place, advance, fontSize * 0.8);
    const box = { x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) };
    const height = Math.hypot(place[2], place[3]) * fontSize;
    const why: Invisibility | undefined = renderMode === 3 ? 'render-mode-3' : height < 1 ? 'tiny' : luminance(fill) >= 0.9 ? 'white' : undefined;
    // invisible text is judged only where it lies over visible text (hidden text drawn over it), below
    if (text.trim() && why) invisible.push({ ...box, text, why });
    else if (text.trim()) texts.push({ ...box, text, order: order++, dark: luminance(fill) < 0.35 });
    textMatrix = multiply([1, 0, 0, 1, advance, 0], textMatrix);
  };
  ops.fnArray.forEach((fn, index) => {
    const args = ops.argsArray[index] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, fill });
        break;
      case OPS.restore:
        ({ ctm, fill } = stack.pop() ?? { ctm, fill });
        break;
      case OPS.transform:
        ctm = multiply(matrixOf(args), ctm);
        break;
      case OPS.setFillRGBColor:
        fill = String(args[0]);
        break;
      case OPS.setFillGray:
        fill = `#${Math.round(Number(args[0]) * 255).toString(16).padStart(2, '0').repeat(3)}`;
        break;
      case OPS.beginText:
        textMatrix = lineMatrix = IDENTITY;
        break;
      case OPS.setFont:
        fontSize = Number(args[1]) || fontSize;
        break;
      case OPS.setTextRenderingMode:
        renderMode = Number(args[0]);
        break;
      case OPS.setLeading:
        leading = Number(args[0]);
        break;
      case OPS.setTextMatrix:
        textMatrix = lineMatrix = matrixOf(args[0] ?? args);
        break;
      case OPS.moveText:
      case OPS.setLeadingMoveText:
        if (fn === OPS.setLeadingMoveText) leading = -Number(args[1]);
        textMatrix = lineMatrix = multiply([1, 0, 0, 1, Number(args[0]), Number(args[1])], lineMatrix);
        break;
      case OPS.nextLine:
        textMatrix = lineMatrix = multiply([1, 0, 0, 1, 0, -leading], lineMatrix);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        show(args[0]);
        break;
      case OPS.nextLineShowText:
      case OPS.nextLineSetSpacingShowText:
        textMatrix = lineMatrix = multiply([1, 0, 0, 1, 0, -leading], lineMatrix);
        show(args[args.length - 1]);
        break;
      case OPS.constructPath: {
        const paint = Number(args[0]);
        const bounds = Array.from((args[2] ?? []) as ArrayLike<number>);
        if ((paint === OPS.fill || paint === OPS.eoFill || paint === OPS.fillStroke || paint === OPS.eoFillStroke) && bounds.length === 4 && luminance(fill) < 0.35) {
          const [ax, ay] = apply(ctm, bounds[0], bounds[1]);
          const [bx, by] = apply(ctm, bounds[2], bounds[3]);
          boxes.push({ x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by), order: order++ });
        }
        break;
      }
      default:
        break;
    }
  });
  return { boxes, texts, invisible };
}

function coveredShare(text: Box, box: Box): number {
  const width = Math.min(text.x1, box.x1) - Math.max(text.x0, box.x0);
  const height = Math.min(text.y1, box.y1) - Math.max(text.y0, box.y0);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / Math.max(1e-6, (text.x1 - text.x0) * (text.y1 - text.y0));
}

/** The characters of a text run under a box (a run that is only partly covered gives its covered part). */
function coveredText(text: DrawnText, box: Box): string {
  const share = (x0: number, x1: number) => Math.max(0, Math.min(x1, box.x1) - Math.max(x0, box.x0)) / Math.max(1e-6, x1 - x0);
  const width = (text.x1 - text.x0) / Math.max(1, text.text.length);
  let covered = '';
  for (let i = 0; i < text.text.length; i++) if (share(text.x0 + i * width, text.x0 + (i + 1) * width) > 0.5) covered += text.text[i];
  return covered.trim();
}

export async function inspectPdf(bytes: Uint8Array): Promise<PublicationFacts> {
  const document = await openPdf(bytes);
  try {
    return await inspectOpenPdf(document);
  } finally {
    await document.destroy();
  }
}

/** What an open PDF holds besides its text (the reader may share the document: the file is parsed once). */
export async function inspectOpenPdf(document: OpenPdf): Promise<PublicationFacts> {
  const { OPS, AnnotationMode } = await pdfjs();
  const metadata: MetadataField[] = [];
  const { info, metadata: xmp } = (await document.getMetadata()) as unknown as { info: Record<string, unknown>; metadata?: Iterable<[string, unknown]> };
  for (const key of ['Author', 'Creator', 'Producer', 'Title', 'Subject', 'Keywords']) {
    const value = info[key];
    if (typeof value === 'string' && value.trim()) metadata.push({ field: `PDF Info ${key}`, value: value.trim() });
  }
  // pdfjs's Metadata is iterable as [name, value] pairs (it has no getAll)
  for (const [key, value] of xmp ?? []) {
    const text = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
    if (text.trim()) metadata.push({ field: `XMP ${key}`, value: text.trim() });
  }
  const hidden: HiddenContent[] = [];
  const failedRedactions: FailedRedaction[] = [];
  let hasText = false;
  let tagged = Boolean(((await document.getMarkInfo()) as { Marked?: boolean } | null)?.Marked);
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    if (number === 1 && tagged) tagged = (await page.getStructTree()) !== null;
    // the page's own content: annotations are judged as annotations below
    const { boxes, texts, invisible } = drawing((await page.getOperatorList({ annotationMode: AnnotationMode.DISABLE })) as { fnArray: number[]; argsArray: unknown[][] }, OPS);
    // a text layer: any text drawn, also invisibly (a scan's OCR layer); the operator list has it already
    if (texts.length > 0 || invisible.length > 0) hasText = true;
    for (const box of boxes) {
      // a box as high as the text (not a rule line under it) that covers a good part of it; text drawn after
      // the box is on top of it and readable, unless it is dark too
      const under = texts
        .filter((text) => (text.order < box.order || text.dark) && box.y1 - box.y0 >= (text.y1 - text.y0) * 0.6 && coveredShare(text, box) >= 0.3)
        .map((text) => coveredText(text, box))
        .filter((text) => text.replace(/[\s.,;:]/g, '').length >= 2);
      if (under.length > 0) failedRedactions.push({ kind: 'text-under-box', page: number, text: under.join(' '), box: [box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0] });
    }
    // text nobody sees, drawn where a reader sees other text: a copy or a search finds the hidden one
    for (const hiddenText of invisible) {
      const over = texts.some((shown) => Math.max(coveredShare(hiddenText, shown), coveredShare(shown, hiddenText)) >= 0.3);
      if (over) hidden.push({ kind: 'text-over-text', page: number, name: hiddenText.why, text: hiddenText.text });
    }
    for (const annotation of (await page.getAnnotations()) as { subtype?: string; contentsObj?: { str?: string }; color?: ArrayLike<number>; rect?: number[] }[]) {
      const rect = annotation.rect ?? [0, 0, 0, 0];
      const box = { x0: rect[0], y0: rect[1], x1: rect[2], y1: rect[3] };
      const textUnder = texts.filter((text) => coveredShare(text, box) >= 0.3).map((text) => coveredText(text, box)).join(' ');
      const color = annotation.color ? Array.from(annotation.color) : undefined;
      if (annotation.subtype === 'Redact') failedRedactions.push({ kind: 'unapplied-redaction', page: number, text: textUnder, box: [box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0] });
      else if (annotation.subtype === 'Highlight' && color && color.length >= 3 && (0.2126 * color[0] + 0.7152 * color[1] + 0.0722 * color[2]) / 255 < 0.35) {
        failedRedactions.push({ kind: 'dark-highlight', page: number, text: textUnder, box: [box.x0, box.y0, box.x1 - box.x0, box.y1 - box.y0] });
      } else if (annotation.contentsObj?.str?.trim() && annotation.subtype !== 'Link') {
        hidden.push({ kind: 'annotation', page: number, name: annotation.subtype, text: annotation.contentsObj.str });
      }
    }
  }
  for (const [name, file] of Object.entries(((await document.getAttachments()) ?? {}) as Record<string, { filename?: string }>)) {
    hidden.push({ kind: 'attachment', name: file.filename ?? name });
  }
  const fields = ((await document.getFieldObjects()) ?? {}) as Record<string, { value?: unknown; type?: string }[]>;
  for (const [name, objects] of Object.entries(fields)) {
    const value = objects.map((object) => object.value).find((v) => typeof v === 'string' && v.trim());
    if (typeof value === 'string') hidden.push({ kind: 'form-value', name, text: value });
  }
  if (await document.getJSActions()) hidden.push({ kind: 'javascript' });
  const layers = await document.getOptionalContentConfig();
  for (const [id, group] of layers ?? []) if (!layers.isVisible(id)) hidden.push({ kind: 'hidden-layer', name: (group as { name?: string }).name ?? id });
  const viewer = ((await document.getViewerPreferences()) ?? {}) as { DisplayDocTitle?: boolean };
  const title = metadata.find((field) => field.field === 'PDF Info Title' || field.field === 'XMP dc:title')?.value;
  const language = typeof info.Language === 'string' && info.Language.trim() ? info.Language.trim() : undefined;
  return { format: 'pdf', metadata, hidden, failedRedactions, language, tagged, title, titleShown: viewer.DisplayDocTitle === true, hasText };
}
