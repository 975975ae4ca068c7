// Command-line arguments of `nota check` (spec §10). Usage errors are thrown as UsageError (exit 2).
import type { DocumentKind, Locale } from '../../server/src/core/types';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckArgs {
  paths: string[];
  format: Format;
  /** Write the report to this file (atomically) instead of stdout. */
  output?: string;
  fix: boolean;
  config?: string;
  printConfig?: string;
  type?: DocumentKind;
  locale?: Locale;
  color: boolean;
  /** Worker threads: a number, `off` (none) or `auto` (by cores and number of files). */
  concurrency: number | 'auto' | 'off';
  /** Extra kinds of file a folder walk includes: docx, pdf. */
  extensions: ('docx' | 'pdf')[];
  /** Judge Word and PDF files as published: the pub-* rules, and every personal-data finding an error. */
  publication: boolean;
  /** --write-clean: beside each Word or PDF file, NAME.publicatie.docx/.pdf with what can be removed safely removed. */
  writeClean: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: nota check [options] PATH...
       nota import FILE.docx|FILE.pdf        (nota import --help)
       nota export --format docx FILE        (nota export --help)

Checks Dutch government notas and beantwoordingen van Kamervragen.
PATH: files, folders (searched for *.nota.md, *.nota, *.nota.txt, *.kv.md, *.kv.txt) or globs.

Options:
  --format FORMAT              stylish (default), json, sarif, or for CI: github (workflow
                               annotations), gitlab (Code Quality report), junit (JUnit XML)
  --output FILE                write the report to FILE instead of stdout
  --fix                        apply every safe fix in place
  --config FILE                use this configuration file instead of .notarc.json discovery
  --print-config FILE          print the configuration that applies to FILE, with where each value came from
  --type nota|beantwoording|brief
                               treat the files as this kind (for example .txt files)
  --locale nl|en               language of the messages (default: the system locale)
  --no-color                   plain output
  --concurrency N|auto|off     check with N worker processes; auto (default) uses them for many files
  --ext docx,pdf               folders also include Word and PDF files (a file given by name is always read)
  --publication                judge Word and PDF files as published: metadata, hidden content, failed
                               redactions, language, tags, title (pub-* rules); personal data is an error
  --write-clean                with --publication: write NAME.publicatie.docx/.pdf beside each Word or PDF
                               file (comments, tracked changes, hidden text and personal metadata removed;
                               PDF language and title set); the original is never changed, failed
                               redactions stay and are still reported
  -h, --help                   show this help
  -v, --version                show the version

Exit codes: 0 no error-level finding, 1 at least one, 2 usage error, unreadable file or broken configuration.`;

function valueOf(argv: string[], index: number, flag: string): string {
  const value = argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${flag} needs a value.`);
  return value;
}

export function parseCheckArgs(argv: string[], env: NodeJS.ProcessEnv, isTty: boolean): CheckArgs {
  const args: CheckArgs = { paths: [], format: 'stylish', fix: false, color: isTty && !env.NO_COLOR, concurrency: 'auto', extensions: [], publication: false, writeClean: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const take = () => {
      if (inline !== undefined) return inline;
      i++;
      return valueOf(argv, i - 1, flag);
    };
    switch (flag) {
      case '--format': {
        const format = take();
        if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}": use ${FORMATS.slice(0, -1).join(', ')} or ${FORMATS.at(-1)}.`);
        args.format = format as Format;
        break;
      }
      case '--output':
        args.output = take();
        break;
      case '--fix':
        args.fix = true;
        break;
      case '--config':
        args.config = take();
        break;
      case '--print-config':
        args.printConfig = take();
        break;
      case '--type': {
        const type = take();
        if (type !== 'nota' && type !== 'beantwoording' && type !== 'brief') throw new UsageError(`Unknown type "${type}": use nota, beantwoording or brief.`);
        args.type = type;
        break;
      }
      case '--locale': {
        const locale = take();
        if (!/^(?:nl|en)(?:[-_].*)?$/i.test(locale)) throw new UsageError(`Unknown locale "${locale}": use nl or en.`);
        args.locale = locale.slice(0, 2).toLowerCase() as Locale;
        break;
      }
      case '--concurrency': {
        const value = take();
        if (value === 'auto' || value === 'off') args.concurrency = value;
        else if (/^[1-9]\d{0,2}$/.test(value)) args.concurrency = Number(value);
        else throw new UsageError(`--concurrency takes a number of threads, auto or off, not "${value}".`);
        break;
      }
      case '--publication':
        args.publication = true;
        break;
      case '--write-clean':
        args.writeClean = true;
        break;
      case '--ext': {
        const value = take();
        const kinds = value.split(',').map((kind) => kind.trim().toLowerCase().replace(/^\./, ''));
        const unknown = kinds.find((kind) => kind !== 'docx' && kind !== 'pdf');
        if (unknown !== undefined) throw new UsageError(`--ext takes docx and pdf, not "${unknown}".`);
        args.extensions = [...new Set(kinds as ('docx' | 'pdf')[])];
        break;
      }
      case '--no-color':
        args.color = false;
        break;
      case '--color':
        args.color = true;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`Unknown option "${arg}".`);
        args.paths.push(arg);
    }
  }
  if (args.paths.length === 0 && !args.printConfig) throw new UsageError('No PATH given.');
  if (args.writeClean && !args.publication) throw new UsageError('--write-clean needs --publication.');
  return args;
}
