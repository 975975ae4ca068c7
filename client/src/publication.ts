// Nota: Check Before Publication (issue 17) on a Word or PDF file or a folder: the pub-* and pii-* findings
// in the Problems panel, a read-only report per file and per kind of issue (never the personal data itself,
// only its kind), and "Write cleaned copy" offered only where the check allows it.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { CheckPublicationRequest, type PublicationCategory, type PublicationFile, type PublicationFinding, WriteCleanCopyRequest } from '../../server/src/lsp/requests';
import { errorCount, fileCount } from './counts';
import { DOCUMENT_VIEW_SCHEME } from './documents';

export const REPORT_SCHEME = 'nota-publication-report';
const WORD_OR_PDF = /\.(?:docx|pdf)$/i;
const CATEGORIES: PublicationCategory[] = ['metadata', 'hidden-content', 'failed-redaction', 'personal-data', 'accessibility'];

const SEVERITY: Record<PublicationFinding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

function categoryTitle(category: PublicationCategory): string {
  switch (category) {
    case 'metadata':
      return vscode.l10n.t('Metadata with personal data');
    case 'hidden-content':
      return vscode.l10n.t('Hidden content');
    case 'failed-redaction':
      return vscode.l10n.t('Failed redactions');
    case 'personal-data':
      return vscode.l10n.t('Personal data in the text layer');
    case 'accessibility':
      return vscode.l10n.t('Accessibility and findability');
  }
}

/** "Page 2, line 14, column 5 of the text as Nota reads it", "Paragraph 3": where a finding in the text is. */
function placeOf(finding: PublicationFinding): string | undefined {
  if (finding.category !== 'personal-data') return undefined;
  const parts: string[] = [];
  if (finding.page !== undefined) parts.push(vscode.l10n.t('Page {0}', finding.page));
  else if (finding.paragraph !== undefined) parts.push(vscode.l10n.t('Paragraph {0}', finding.paragraph));
  if (finding.line !== undefined) parts.push(vscode.l10n.t('line {0}, column {1} of the text as Nota reads it', finding.line, finding.column ?? 1));
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** A finding as the report and the Problems panel say it: its place first; a failed redaction's box after it. */
function findingText(finding: PublicationFinding): string {
  const place = placeOf(finding);
  const box = finding.box ? ` (${vscode.l10n.t('box at {0}, {1} pt from the lower left, {2} × {3} pt', ...finding.box)})` : '';
  return `${place ? `${place}: ` : ''}${finding.message}${box}`;
}

function severityWord(severity: PublicationFinding['severity']): string {
  switch (severity) {
    case 'error':
      return vscode.l10n.t('Error');
    case 'warning':
      return vscode.l10n.t('Warning');
    default:
      return vscode.l10n.t('Note');
  }
}

const nameOf = (uri: string) => vscode.Uri.parse(uri).path.split('/').pop() ?? uri;

/** The report: per file, each kind of issue with its findings and where they are, and the cleaned copy's verdict. */
export function reportText(files: readonly PublicationFile[]): string {
  const lines = [`# ${vscode.l10n.t('Check before publication')}`, ''];
  if (files.length === 0) lines.push(vscode.l10n.t('No Word or PDF files found.'), '');
  for (const file of files) {
    lines.push(`## ${vscode.workspace.asRelativePath(vscode.Uri.parse(file.uri), false)}`, '');
    if (file.unreadable) {
      lines.push(vscode.l10n.t('Not checked: {0}', file.unreadable), '');
      continue;
    }
    for (const category of CATEGORIES) {
      const findings = file.findings.filter((finding) => finding.category === category);
      lines.push(`### ${categoryTitle(category)}`, '');
      if (findings.length === 0) lines.push(vscode.l10n.t('Nothing found.'));
      for (const finding of findings) {
        lines.push(`- ${severityWord(finding.severity)} ${finding.rule}: ${findingText(finding)}`);
      }
      lines.push('');
    }
    lines.push(
      `### ${vscode.l10n.t('Cleaned copy')}`,
      '',
      file.cleanCopy.allowed ? vscode.l10n.t('{0} can be written ("Write cleaned copy").', nameOf(file.cleanCopy.uri)) : (file.cleanCopy.why ?? ''),
      '',
    );
  }
  return lines.join('\n');
}

/** The reports, by URI, for the read-only report documents. */
class ReportProvider implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.reports.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '';
  }
}

function diagnosticsOf(file: PublicationFile): vscode.Diagnostic[] {
  return file.findings.map((finding) => {
    // on the .docx or .pdf itself, which has no lines: the place is in the message (a failed redaction's says its page)
    const diagnostic = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), findingText(finding), SEVERITY[finding.severity]);
    diagnostic.source = 'Nota (publication)';
    diagnostic.code = { value: finding.rule, target: vscode.Uri.parse(finding.docs) };
    return diagnostic;
  });
}

/** The Word and PDF files the command is about: the explorer's selection (folders searched), the active view's file, or picked. */
async function targets(uri: vscode.Uri | undefined, selected: vscode.Uri[] | undefined): Promise<vscode.Uri[] | undefined> {
  let chosen = selected && selected.length > 0 ? selected : uri ? [uri] : undefined;
  if (!chosen) {
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active?.scheme === DOCUMENT_VIEW_SCHEME) chosen = [active.with({ scheme: 'file' })];
    else if (active && WORD_OR_PDF.test(active.path)) chosen = [active];
    else chosen = await vscode.window.showOpenDialog({ canSelectMany: true, canSelectFolders: true, canSelectFiles: true, filters: { [vscode.l10n.t('Word or PDF')]: ['docx', 'pdf'] }, openLabel: vscode.l10n.t('Check Before Publication') });
  }
  if (!chosen) return undefined;
  const files: vscode.Uri[] = [];
  for (const item of chosen) {
    if (WORD_OR_PDF.test(item.path)) files.push(item);
    else if ((await vscode.workspace.fs.stat(item)).type & vscode.FileType.Directory) {
      files.push(...(await vscode.workspace.findFiles(new vscode.RelativePattern(item, '**/*.{docx,pdf,DOCX,PDF}'), '**/node_modules/**')));
    }
  }
  return files.sort((a, b) => a.path.localeCompare(b.path));
}

export interface CheckPublicationOutcome {
  files: PublicationFile[];
  report: vscode.TextDocument;
  /** The actions the message offered (tests): "Show report", "Write cleaned copy". */
  offered: string[];
}

async function writeCleanCopies(client: LanguageClient, files: readonly vscode.Uri[]): Promise<{ written: string[]; refused: string[] }> {
  const outcome = { written: [] as string[], refused: [] as string[] };
  for (const file of files) {
    const result = await client.sendRequest(WriteCleanCopyRequest, { uri: file.toString() });
    if ('written' in result) outcome.written.push(result.written);
    else outcome.refused.push(`${nameOf(file.toString())}: ${result.refused}`);
  }
  if (outcome.written.length > 0) void vscode.window.showInformationMessage(vscode.l10n.t('Nota wrote {0}', outcome.written.map((uri) => vscode.Uri.parse(uri).fsPath).join(', ')));
  for (const refused of outcome.refused) void vscode.window.showErrorMessage(refused);
  return outcome;
}

async function checkPublication(client: LanguageClient, collection: vscode.DiagnosticCollection, reports: ReportProvider, uri?: vscode.Uri, selected?: vscode.Uri[]): Promise<CheckPublicationOutcome | undefined> {
  const files = await targets(uri instanceof vscode.Uri ? uri : undefined, Array.isArray(selected) ? selected : undefined);
  if (!files) return undefined;
  const results = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Nota: checking before publication') }, () =>
    client.sendRequest(CheckPublicationRequest, { uris: files.map((file) => file.toString()) }),
  );
  for (const file of results) collection.set(vscode.Uri.parse(file.uri), diagnosticsOf(file));
  const reportUri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${vscode.l10n.t('Check before publication')}.md` });
  reports.set(reportUri, reportText(results));
  const report = await vscode.workspace.openTextDocument(reportUri);
  await vscode.window.showTextDocument(report, { preview: false });
  const errors = results.reduce((sum, file) => sum + file.findings.filter((finding) => finding.severity === 'error').length, 0);
  const cleanable = results.filter((file) => file.cleanCopy.allowed).map((file) => vscode.Uri.parse(file.uri));
  const showProblems = vscode.l10n.t('Show Problems');
  const write = vscode.l10n.t('Write cleaned copy');
  const offered = cleanable.length > 0 ? [showProblems, write] : [showProblems];
  const summary = vscode.l10n.t('Nota: {0} checked before publication, {1}.', fileCount(results.length), errorCount(errors));
  void vscode.window.showInformationMessage(summary, ...offered).then((choice) => {
    if (choice === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
    if (choice === write) void writeCleanCopies(client, cleanable);
  });
  return { files: results, report, offered };
}

export function registerPublication(client: () => LanguageClient): vscode.Disposable[] {
  const collection = vscode.languages.createDiagnosticCollection('nota-publication');
  const reports = new ReportProvider();
  return [
    collection,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    vscode.commands.registerCommand('nota.checkPublication', (uri?: vscode.Uri, selected?: vscode.Uri[]) => checkPublication(client(), collection, reports, uri, selected)),
    vscode.commands.registerCommand('nota.writeCleanCopy', (uri: vscode.Uri) => writeCleanCopies(client(), [uri])),
  ];
}
