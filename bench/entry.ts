// The benchmark's view of the core, bundled by bench/build.mjs into out/bench/entry.cjs (with a
// sourcemap, so profiles name the original files). Namespace imports on purpose: when a module
// renames an export, the bundle still builds and the harness reports the missing piece instead of
// failing to compile; when rules are added to RULES they are measured without any change here.
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import * as config from '../server/src/core/config';
import * as engine from '../server/src/core/engine';
import * as build from '../server/src/core/model/build';
import * as modelParse from '../server/src/core/source/parse';
import * as rules from '../server/src/core/rules';
import * as docx from '../server/src/core/source/formats/docx';
import * as pdf from '../server/src/core/source/formats/pdf';
import * as documents from '../test/support/documents';
import { WORST_CASE_FAMILIES as worstCaseFamilies } from './worst-case';

/** A cold check: without the cache layer's readers, every piece is read afresh. */
export const checkText = engine.checkText;
export const runRules = engine.runRules;
export const resolveConfig = config.resolveConfig;
export const buildNotaDocument = build.buildNotaDocument;
export const RULES = rules.RULES;
/** The writing rules (issue 20), measured side by side: off, defaults, all on. */
export const WRITING_RULE_IDS = rules.WRITING_RULE_IDS;
/** The model's own parse (CommonMark + GFM tables, in pieces of whole blocks), as a one-shot check runs it. */
export const parseForModel = modelParse.parseForModel;
/** Inputs on which Markdown parsers are super-linear (issue 22): the worst-case table. */
export const WORST_CASE_FAMILIES = worstCaseFamilies;

const bareParser = unified().use(remarkParse).use(remarkGfm);

/** remark-parse + remark-gfm alone: the floor under any checker built on remark. */
export function parse(text: string): unknown {
  return bareParser.parse(text);
}

/** Word and PDF: the readers, and the fixture makers of the tests (a nota as .docx and .pdf). */
export const readDocx = docx.readDocx;
export const readPdf = pdf.readPdf;
export const docxFromMarkdown = documents.docxFromMarkdown;
export const pdfFromPages = documents.pdfFromPages;
