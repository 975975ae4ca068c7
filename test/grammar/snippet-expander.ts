// Expands a VS Code snippet body the way the editor inserts it when every tab stop keeps its default:
// `${1:default}` → default (nested placeholders expanded), `${1|a,b|}` → a, `$1`/`${1}` → the text of the
// placeholder 1 elsewhere (a mirror) or nothing, `$0` → nothing, variables (`$CURRENT_YEAR`,
// `${CURRENT_MONTH/(01)|(02)/${1:+januari}${2:+februari}/}`) from the given date, with transforms and
// their format strings (`$n`, `${n:+if}`, `${n:?if:else}`, `${n:-else}`, `${n:/upcase}`).
// An unknown variable is an error here (VS Code would insert its name), so a typo cannot pass unnoticed.
// Grammar: https://code.visualstudio.com/docs/editing/userdefinedsnippets#_grammar

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children?: Node[]; choices?: string[]; transform?: Transform }
  | { kind: 'variable'; name: string; children?: Node[]; transform?: Transform };

type FormatPart = { kind: 'text'; value: string } | { kind: 'format'; group: number; shorthand?: string; ifValue?: string; elseValue?: string };
interface Transform {
  regex: RegExp;
  format: FormatPart[];
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(until?: string): Node[] {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (until !== undefined && ch === until) break;
      if (ch === '\\' && '$}\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (ch === '$') {
        const node = this.dollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
      }
      text += ch;
      this.pos++;
    }
    flush();
    return nodes;
  }

  private fail(message: string): never {
    throw new Error(`${message} at ${this.pos} in ${JSON.stringify(this.src)}`);
  }

  private expect(ch: string) {
    if (this.src[this.pos] !== ch) this.fail(`expected "${ch}"`);
    this.pos++;
  }

  /** `$…` at pos; undefined (pos unchanged) when it is a literal dollar. */
  private dollar(): Node | undefined {
    const rest = this.src.slice(this.pos + 1);
    const simple = /^(\d+|[_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (simple) {
      this.pos += 1 + simple[0].length;
      return /^\d/.test(simple[0]) ? { kind: 'tabstop', index: Number(simple[0]) } : { kind: 'variable', name: simple[0] };
    }
    const braced = /^\{(\d+|[_a-zA-Z][_a-zA-Z0-9]*)/.exec(rest);
    if (!braced) return undefined;
    this.pos += 1 + braced[0].length;
    const id = braced[1];
    const isTabstop = /^\d/.test(id);
    const next = this.src[this.pos];
    if (next === '}') {
      this.pos++;
      return isTabstop ? { kind: 'tabstop', index: Number(id) } : { kind: 'variable', name: id };
    }
    if (next === ':') {
      this.pos++;
      const children = this.parse('}');
      this.expect('}');
      return isTabstop ? { kind: 'tabstop', index: Number(id), children } : { kind: 'variable', name: id, children };
    }
    if (next === '|' && isTabstop) {
      this.pos++;
      const choices: string[] = [];
      let current = '';
      for (;;) {
        const ch = this.src[this.pos];
        if (ch === undefined) this.fail('unterminated choice');
        if (ch === '\\' && ',|\\$}'.includes(this.src[this.pos + 1] ?? '')) {
          current += this.src[this.pos + 1];
          this.pos += 2;
        } else if (ch === ',') {
          choices.push(current);
          current = '';
          this.pos++;
        } else if (ch === '|') {
          choices.push(current);
          this.pos++;
          this.expect('}');
          return { kind: 'tabstop', index: Number(id), choices };
        } else {
          current += ch;
          this.pos++;
        }
      }
    }
    if (next === '/') {
      this.pos++;
      const transform = this.transform();
      return isTabstop ? { kind: 'tabstop', index: Number(id), transform } : { kind: 'variable', name: id, transform };
    }
    return this.fail(`unexpected "${next}"`);
  }

  /** After the first `/`: regex `/` format `/` options `}`. */
  private transform(): Transform {
    let regex = '';
    while (this.src[this.pos] !== '/') {
      if (this.pos >= this.src.length) this.fail('unterminated transform');
      if (this.src[this.pos] === '\\' && this.src[this.pos + 1] === '/') {
        regex += '/';
        this.pos += 2;
      } else regex += this.src[this.pos++];
    }
    this.pos++;
    const format: FormatPart[] = [];
    let text = '';
    while (this.src[this.pos] !== '/') {
      if (this.pos >= this.src.length) this.fail('unterminated format');
      const ch = this.src[this.pos];
      if (ch === '\\') {
        text += this.src[this.pos + 1];
        this.pos += 2;
        continue;
      }
      const part = ch === '$' ? this.formatPart() : undefined;
      if (part) {
        if (text) format.push({ kind: 'text', value: text });
        text = '';
        format.push(part);
      } else {
        text += ch;
        this.pos++;
      }
    }
    if (text) format.push({ kind: 'text', value: text });
    this.pos++;
    let options = '';
    while (this.src[this.pos] !== '}') {
      if (this.pos >= this.src.length) this.fail('unterminated options');
      options += this.src[this.pos++];
    }
    this.pos++;
    return { regex: new RegExp(regex, options), format };
  }

  private formatPart(): FormatPart | undefined {
    const rest = this.src.slice(this.pos);
    const simple = /^\$(\d+)/.exec(rest) ?? /^\$\{(\d+)\}/.exec(rest);
    if (simple) {
      this.pos += simple[0].length;
      return { kind: 'format', group: Number(simple[1]) };
    }
    const shorthand = /^\$\{(\d+):\/(upcase|downcase|capitalize|camelcase|pascalcase)\}/.exec(rest);
    if (shorthand) {
      this.pos += shorthand[0].length;
      return { kind: 'format', group: Number(shorthand[1]), shorthand: shorthand[2] };
    }
    const conditional = /^\$\{(\d+):([+?-]?)/.exec(rest);
    if (!conditional) return undefined;
    this.pos += conditional[0].length;
    const group = Number(conditional[1]);
    const readUntil = (stops: string) => {
      let value = '';
      while (!stops.includes(this.src[this.pos])) {
        if (this.pos >= this.src.length) this.fail('unterminated format string');
        if (this.src[this.pos] === '\\') this.pos++;
        value += this.src[this.pos++];
      }
      return value;
    };
    switch (conditional[2]) {
      case '+': {
        const ifValue = readUntil('}');
        this.pos++;
        return { kind: 'format', group, ifValue };
      }
      case '?': {
        const ifValue = readUntil(':');
        this.pos++;
        const elseValue = readUntil('}');
        this.pos++;
        return { kind: 'format', group, ifValue, elseValue };
      }
      default: {
        const elseValue = readUntil('}');
        this.pos++;
        return { kind: 'format', group, elseValue };
      }
    }
  }
}

function applyTransform(value: string, transform: Transform): string {
  const resolve = (groups: Array<string | undefined>) =>
    transform.format
      .map((part) => {
        if (part.kind === 'text') return part.value;
        const group = groups[part.group] ?? '';
        if (part.shorthand === 'upcase') return group.toUpperCase();
        if (part.shorthand === 'downcase') return group.toLowerCase();
        if (part.shorthand === 'capitalize') return group.slice(0, 1).toUpperCase() + group.slice(1);
        if (part.shorthand) return group;
        if (part.ifValue !== undefined && group) return part.ifValue;
        if (part.elseValue !== undefined && !group) return part.elseValue;
        return part.ifValue !== undefined ? '' : group;
      })
      .join('');
  let matched = false;
  const result = value.replace(transform.regex, (...args: unknown[]) => {
    matched = true;
    const groups = args.slice(0, -2).filter((arg) => typeof arg === 'string' || arg === undefined) as Array<string | undefined>;
    return resolve(groups);
  });
  if (!matched && transform.format.some((part) => part.kind === 'format' && part.elseValue)) return resolve([]);
  return result;
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date and time variables of VS Code, for `now` (local time, as the editor uses). */
export function dateVariables(now: Date): Record<string, string> {
  const two = (n: number) => String(n).padStart(2, '0');
  return {
    CURRENT_YEAR: String(now.getFullYear()),
    CURRENT_YEAR_SHORT: String(now.getFullYear()).slice(-2),
    CURRENT_MONTH: two(now.getMonth() + 1),
    CURRENT_MONTH_NAME: ENGLISH_MONTHS[now.getMonth()],
    CURRENT_MONTH_NAME_SHORT: ENGLISH_MONTHS[now.getMonth()].slice(0, 3),
    CURRENT_DATE: two(now.getDate()),
    CURRENT_HOUR: two(now.getHours()),
    CURRENT_MINUTE: two(now.getMinutes()),
    CURRENT_SECOND: two(now.getSeconds()),
  };
}

/** The text VS Code inserts for `body` when the user accepts every default. */
export function expandSnippet(body: string | string[], variables: Record<string, string>): string {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const nodes = new Parser(source).parse();
  // The first placeholder of an index with a default (text or choice) gives every mirror its value.
  const defaults = new Map<number, Node[] | string>();
  const collect = (list: Node[]) => {
    for (const node of list) {
      if (node.kind === 'text') continue;
      if (node.kind === 'tabstop' && !defaults.has(node.index)) {
        if (node.choices) defaults.set(node.index, node.choices[0]);
        else if (node.children) defaults.set(node.index, node.children);
      }
      if (node.children) collect(node.children);
    }
  };
  collect(nodes);
  const expand = (list: Node[], depth = 0): string =>
    list
      .map((node) => {
        if (depth > 20) throw new Error('snippet nests too deep');
        if (node.kind === 'text') return node.value;
        if (node.kind === 'variable') {
          if (!(node.name in variables)) throw new Error(`unknown snippet variable ${node.name} in ${JSON.stringify(source)}`);
          const value = variables[node.name];
          return node.transform ? applyTransform(value, node.transform) : value;
        }
        if (node.index === 0) return '';
        const value = node.choices ? node.choices[0] : node.children ? expand(node.children, depth + 1) : expandDefault(node.index, depth);
        return node.transform ? applyTransform(value, node.transform) : value;
      })
      .join('');
  const expandDefault = (index: number, depth: number): string => {
    const value = defaults.get(index);
    if (value === undefined) return '';
    return typeof value === 'string' ? value : expand(value, depth + 1);
  };
  return expand(nodes);
}

/** The tab stop indexes a body uses, in order of first appearance. */
export function tabStops(body: string | string[]): number[] {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const found: number[] = [];
  const walk = (list: Node[]) => {
    for (const node of list) {
      if (node.kind === 'tabstop' && !found.includes(node.index)) found.push(node.index);
      if (node.kind !== 'text' && node.children) walk(node.children);
    }
  };
  walk(new Parser(source).parse());
  return found;
}
