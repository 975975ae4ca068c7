// nota/checkPublication and nota/writeCleanCopy: Check Before Publication in the editor (issue 17), the same
// judgement as `nota check --publication`: each finding with its category and place, and never the personal
// data itself in a message (a pii-* finding says what kind of data it is); the cleaned copy only when the
// check allows it, checked again right before it is written.
import { URI } from 'vscode-uri';
import { formatMessage, formatWithArgs, type MessageId } from '../../core/messages';
import { cleanedName, isCleanedCopy } from '../../core/publication/names';
import { cleanAllowed, cleanVerdict, refusalText } from '../../core/publication/verdict';
import { placeAt } from '../../core/source/formats/types';
import { LineIndex } from '../../core/source/lines';
import type { Finding } from '../../core/types';
import { ruleDocUri } from '../convert';
import type { PublishedCheck } from '../host';
import type { PublicationCategory, PublicationFile, PublicationFinding, UriParams } from '../requests';
import type { NotaService } from '../service';

const CATEGORY: Record<string, PublicationCategory> = {
  'pub-metadata': 'metadata',
  'pub-hidden-content': 'hidden-content',
  'pub-redaction-failed': 'failed-redaction',
};

function categoryOf(ruleId: string): PublicationCategory | undefined {
  if (ruleId.startsWith('pii-')) return 'personal-data';
  if (ruleId.startsWith('pub-')) return CATEGORY[ruleId] ?? 'accessibility';
  return undefined;
}

type Checked = Extract<PublishedCheck, { findings: Finding[] }>;

/** The pub-* and pii-* findings of a file, with pages and positions; other rules are not about publication. */
function publicationFindings(checked: Checked, locale: NotaService['locale']): PublicationFinding[] {
  const lineIndex = new LineIndex(checked.read.text);
  // the rules report the failed redactions in the order of the facts, one finding each
  const boxes = [...checked.facts.failedRedactions];
  const found: PublicationFinding[] = [];
  for (const finding of checked.findings) {
    const category = categoryOf(finding.ruleId);
    if (!category) continue;
    const item: PublicationFinding = { rule: finding.ruleId, docs: ruleDocUri(finding.ruleId, locale), severity: finding.severity, category, message: finding.message };
    if (category === 'personal-data') {
      item.message = formatWithArgs(locale, 'pub.personal-data', { what: { message: `pub.kind.${finding.ruleId.slice('pii-'.length)}` as MessageId } });
      const at = lineIndex.positionAt(finding.span.start);
      const place = placeAt(checked.read, finding.span.start);
      Object.assign(item, { line: at.line + 1, column: at.character + 1, page: place?.page, paragraph: place?.paragraph });
    } else if (category === 'failed-redaction') {
      const failure = boxes.shift();
      if (failure) Object.assign(item, { page: failure.page, box: failure.box.map((n) => Math.round(n)) });
    }
    found.push(item);
  }
  return found;
}

async function checkOne(service: NotaService, uri: string): Promise<{ file: PublicationFile; checked?: Checked; organisation: string }> {
  const copy = URI.file(cleanedName(URI.parse(uri).fsPath));
  const cleanCopy = { uri: copy.toString(), allowed: false };
  const documents = service.host.documents;
  if (!documents) return { file: { uri, unreadable: formatMessage(service.locale, 'check-files.not-a-file'), findings: [], cleanCopy }, organisation: '' };
  const { config } = await service.optionsFor(uri);
  const checked = await documents.checkPublished(uri, { config, locale: service.locale });
  if ('unreadable' in checked) return { file: { uri, unreadable: checked.unreadable, findings: [], cleanCopy }, organisation: config.organisation };
  const verdict = cleanVerdict(checked.findings, checked.facts, config.publicPersons);
  const isCopy = isCleanedCopy(URI.parse(uri).path);
  const allowed = !isCopy && cleanAllowed(verdict);
  const name = copy.path.split('/').pop()!;
  const why = isCopy ? formatMessage(service.locale, 'clean.is-copy') : allowed ? undefined : refusalText(service.locale, name, verdict);
  return {
    file: { uri, findings: publicationFindings(checked, service.locale), cleanCopy: { uri: cleanCopy.uri, allowed, why } },
    checked,
    organisation: config.organisation,
  };
}

export async function checkPublication(service: NotaService, { uris }: { uris: string[] }): Promise<PublicationFile[]> {
  const files: PublicationFile[] = [];
  for (const uri of uris) files.push((await checkOne(service, uri)).file);
  return files;
}

export async function writeCleanCopy(service: NotaService, { uri }: UriParams): Promise<{ written: string } | { refused: string }> {
  // checked again: the file may have changed since the report, and the rule holds whatever the client says
  const { file, organisation } = await checkOne(service, uri);
  if (file.unreadable) return { refused: file.unreadable };
  const name = URI.parse(file.cleanCopy.uri).path.split('/').pop()!;
  if (!file.cleanCopy.allowed) return { refused: file.cleanCopy.why! };
  try {
    const outcome = await service.host.documents!.writeCleanCopy(uri, { organisation: organisation || undefined });
    return 'written' in outcome ? outcome : { refused: formatMessage(service.locale, 'clean.exists', { copy: name }) };
  } catch (error) {
    return { refused: formatMessage(service.locale, 'clean.failed', { copy: name, reason: (error as Error).message }) };
  }
}
