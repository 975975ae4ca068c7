// Tokenises text with the Nota grammars through vscode-textmate and vscode-oniguruma, as VS Code does.
// Markdown (`text.html.markdown`, which the grammar includes) comes from the stub in this folder, or from
// VS Code's own grammar when one is installed on this machine (the e2e cache), so that the tests also
// show the scopes survive the real thing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, type IGrammar, type IRawGrammar, parseRawGrammar, Registry, type StateStack } from 'vscode-textmate';

export const REPO = path.resolve(__dirname, '..', '..');
export const CORPUS_DIR = path.resolve(__dirname, '../../../shared/corpus');

export const MARKDOWN_STUB = path.join(__dirname, 'markdown-stub.tmLanguage.json');
// The e2e install's cache: $NOTA_E2E_CACHE when set (as scripts/e2e/install.sh uses it), else .cache/e2e.
const VSCODE_MARKDOWN_CANDIDATES = [process.env.NOTA_E2E_CACHE, path.join(REPO, '.cache/e2e')]
  .filter((cache): cache is string => Boolean(cache))
  .map((cache) => path.join(cache, 'code-server/node_modules/code-server/lib/vscode/extensions/markdown-basics/syntaxes/markdown.tmLanguage.json'));
/** VS Code's Markdown grammar, when installed here (not in CI on a clean clone). */
export const VSCODE_MARKDOWN = VSCODE_MARKDOWN_CANDIDATES.find((file) => fs.existsSync(file));

export type ScopeName = 'text.nota' | 'text.nota.kv';
const GRAMMAR_FILE: Record<ScopeName, string> = {
  'text.nota': path.join(REPO, 'syntaxes/nota.tmLanguage.json'),
  'text.nota.kv': path.join(REPO, 'syntaxes/nota-kv.tmLanguage.json'),
};

let onigLib: Promise<{ createOnigScanner: typeof oniguruma.createOnigScanner; createOnigString: typeof oniguruma.createOnigString }> | undefined;
function loadOnig() {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(REPO, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return { createOnigScanner: oniguruma.createOnigScanner, createOnigString: oniguruma.createOnigString };
  })();
  return onigLib;
}

function readGrammar(file: string): IRawGrammar {
  return parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
}

const grammars = new Map<string, Promise<IGrammar>>();
/** VS Code's names for token types in package.json, and vscode-textmate's numbers (StandardTokenType). */
export const STANDARD_TOKEN_TYPE = { other: 0, comment: 1, string: 2 } as const;

/**
 * The Nota grammar with the given Markdown grammar file behind it; `tokenTypes` as package.json declares
 * them (`{ "scope": "other" }`), applied as VS Code applies them.
 */
export function loadGrammar(
  scopeName: ScopeName = 'text.nota',
  markdownFile = MARKDOWN_STUB,
  tokenTypes: Record<string, keyof typeof STANDARD_TOKEN_TYPE> = {},
): Promise<IGrammar> {
  const key = `${scopeName}|${markdownFile}|${JSON.stringify(tokenTypes)}`;
  let grammar = grammars.get(key);
  if (!grammar) {
    const registry = new Registry({
      onigLib: loadOnig(),
      loadGrammar: async (scope) => {
        if (scope === scopeName) return readGrammar(GRAMMAR_FILE[scopeName]);
        if (scope === 'text.html.markdown') return readGrammar(markdownFile);
        return null; // embedded languages (HTML, code blocks) are not needed here
      },
    });
    const types = Object.fromEntries(Object.entries(tokenTypes).map(([scope, type]) => [scope, STANDARD_TOKEN_TYPE[type]]));
    grammar = registry.loadGrammarWithConfiguration(scopeName, 1, { tokenTypes: types }).then((loaded) => {
      if (!loaded) throw new Error(`grammar ${scopeName} did not load`);
      return loaded;
    });
    grammars.set(key, grammar);
  }
  return grammar;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  scopes: string[];
}
export interface TokenizedLine {
  text: string;
  tokens: Token[];
}

/** Tokenises a whole document line by line, carrying the state across lines as the editor does. */
export function tokenize(grammar: IGrammar, text: string): TokenizedLine[] {
  let state: StateStack = INITIAL;
  return text.split(/\r\n|\r|\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return {
      text: line,
      tokens: result.tokens.map((token) => ({
        start: token.startIndex,
        end: Math.min(token.endIndex, line.length),
        text: line.slice(token.startIndex, token.endIndex),
        scopes: token.scopes,
      })),
    };
  });
}

/** The tokens that overlap `needle` (its first occurrence from `from`) on the line. */
export function tokensOf(line: TokenizedLine, needle: string, from = 0): Token[] {
  const at = line.text.indexOf(needle, from);
  if (at < 0) throw new Error(`"${needle}" not on line ${JSON.stringify(line.text)}`);
  return line.tokens.filter((token) => token.end > at && token.start < at + needle.length && token.end > token.start);
}

/** The standard token type (0 other, 1 comment, 2 string) of the token at `offset` of each line. */
export function tokenTypeAt(grammar: IGrammar, text: string, lineNumber: number, offset: number): number {
  let state: StateStack = INITIAL;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const result = grammar.tokenizeLine2(lines[i], state);
    state = result.ruleStack;
    if (i !== lineNumber) continue;
    let metadata = 0;
    for (let t = 0; t < result.tokens.length; t += 2) if (result.tokens[t] <= offset) metadata = result.tokens[t + 1];
    return (metadata & 0x300) >>> 8;
  }
  throw new Error(`no line ${lineNumber}`);
}

/** A readable dump of a line, for assertion messages. */
export function describe_(line: TokenizedLine): string {
  return line.tokens.map((token) => `  ${JSON.stringify(token.text)}: ${token.scopes.join(' ')}`).join('\n');
}
