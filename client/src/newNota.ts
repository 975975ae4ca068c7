// "Nota: New Nota": a titled, stepped input (1/4 purpose, 2/4 Aan, 3/4 Van, 4/4 Onze referentie, checked
// against referencePattern as it is typed), the answers remembered for the next nota, and the skeleton
// inserted into an untitled `nota.nota.md` as a snippet, so that Tab walks its placeholders.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DEFAULT_PURPOSES } from '../../server/src/core/catalog';
import { purposeDescription } from '../../server/src/core/messages';
import { referentieMatches } from '../../server/src/core/skeleton';
import { EffectiveConfigRequest, SkeletonRequest } from '../../server/src/lsp/requests';

export interface NewNotaArgs {
  purpose?: string;
  aan?: string;
  van?: string;
  referentie?: string;
  /** Write the nota to this file instead of an untitled editor (used by tests and scripts). */
  target?: vscode.Uri;
  /** Called with each step's input once it is shown (the editor tests answer it as a user would). */
  onInput?: (input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox) => void;
}

type OnInput = NewNotaArgs['onInput'];

interface Remembered {
  purpose?: string;
  aan?: string;
  van?: string;
}

const REMEMBERED_KEY = 'nota.newNota.last';
const STEPS = 4;

const locale = () => (vscode.env.language.startsWith('nl') ? 'nl' : 'en');

/** One quick pick step; undefined when the user pressed Escape. */
function pickStep(step: number, items: vscode.QuickPickItem[], placeholder: string, onInput: OnInput): Promise<string | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick();
    Object.assign(pick, { title: vscode.l10n.t('New Nota'), step, totalSteps: STEPS, items, placeholder, ignoreFocusOut: true });
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.label.replace(/^TER /, ''));
      pick.dispose();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
    onInput?.(pick);
  });
}

/** One input step with its check as the user types; undefined on Escape. */
function inputStep(step: number, prompt: string, value: string, onInput: OnInput, validate: (text: string) => string | undefined = () => undefined): Promise<string | undefined> {
  return new Promise((resolve) => {
    const input = vscode.window.createInputBox();
    Object.assign(input, { title: vscode.l10n.t('New Nota'), step, totalSteps: STEPS, prompt, value, ignoreFocusOut: true });
    input.onDidChangeValue((text) => (input.validationMessage = validate(text)));
    input.onDidAccept(() => {
      // Enter on a value that does not pass says why (also when the value was set, not typed).
      input.validationMessage = validate(input.value);
      if (input.validationMessage !== undefined || input.value.trim() === '') return;
      resolve(input.value.trim());
      input.dispose();
    });
    input.onDidHide(() => {
      resolve(undefined);
      input.dispose();
    });
    input.show();
    onInput?.(input);
  });
}

/** An untitled `nota.nota.md` (then `nota-2.nota.md`, …) that is not open yet. */
function untitledNotaUri(): vscode.Uri {
  const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.from({ scheme: 'untitled', path: n === 1 ? 'nota.nota.md' : `nota-${n}.nota.md` });
    if (!open.has(uri.toString())) return uri;
  }
}

export async function newNota(client: LanguageClient, state: vscode.Memento, args: NewNotaArgs = {}): Promise<vscode.TextDocument | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const configUri = folder ? vscode.Uri.joinPath(folder, 'nota.nota.md').toString() : 'untitled:nota.nota.md';
  const { config } = await client.sendRequest(EffectiveConfigRequest, { uri: configUri });
  const purposes = Array.isArray(config.purposes) ? (config.purposes as string[]) : [...DEFAULT_PURPOSES];
  const pattern = typeof config.referencePattern === 'string' ? config.referencePattern : '^\\d{4}-\\d{10}$';
  const last = state.get<Remembered>(REMEMBERED_KEY) ?? {};

  const ordered = last.purpose && purposes.includes(last.purpose) ? [last.purpose, ...purposes.filter((p) => p !== last.purpose)] : purposes;
  const items = ordered.map((purpose) => ({ label: `TER ${purpose}`, detail: purposeDescription(locale(), purpose), description: purpose === last.purpose ? vscode.l10n.t('last used') : undefined }));
  const purpose = args.purpose ?? (await pickStep(1, items, vscode.l10n.t('Purpose of the nota'), args.onInput));
  if (!purpose) return undefined;
  const aan = args.aan ?? (await inputStep(2, vscode.l10n.t('Addressee (Aan)'), last.aan ?? 'Minister van ', args.onInput));
  if (aan === undefined) return undefined;
  const van = args.van ?? (await inputStep(3, vscode.l10n.t('Sending unit (Van)'), last.van ?? '', args.onInput));
  if (van === undefined) return undefined;
  const badReference = (text: string) => (text.trim() === '' || referentieMatches(text, pattern) ? undefined : vscode.l10n.t('Does not match the reference pattern {0}', pattern));
  const referentie = args.referentie ?? (await inputStep(4, vscode.l10n.t('Reference (Onze referentie)'), `${new Date().getFullYear()}-`, args.onInput, badReference));
  if (referentie === undefined) return undefined;
  await state.update(REMEMBERED_KEY, { purpose, aan, van } satisfies Remembered);

  if (args.target) {
    const content = await client.sendRequest(SkeletonRequest, { purpose, aan, van, referentie });
    await vscode.workspace.fs.writeFile(args.target, new TextEncoder().encode(content));
    const document = await vscode.workspace.openTextDocument(args.target);
    await vscode.window.showTextDocument(document);
    return document;
  }
  const snippet = await client.sendRequest(SkeletonRequest, { purpose, aan, van, referentie, snippet: true });
  const document = await vscode.workspace.openTextDocument(untitledNotaUri());
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  return document;
}
