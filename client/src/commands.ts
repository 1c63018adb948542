import { commands, Disposable, env, LogOutputChannel, Uri, window, workspace, WorkspaceEdit } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CommandIds,
  FixAllWorkspaceRequest,
  LintWorkspaceRequest,
  ListPacksRequest,
  PackTemplateRequest,
} from '../../server/src/protocol';
import { ExplainContentProvider } from './explainView';

export interface CommandContext {
  readonly getClient: () => LanguageClient;
  readonly restart: () => Promise<void>;
  readonly output: LogOutputChannel;
  readonly explain: ExplainContentProvider;
}

const AZURE_BACKUP_PACK = 'azure-backup-tls12';

async function insertPackInto(ctx: CommandContext, packId: string): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'reg') {
    void window.showWarningMessage('Open a .reg file first.');
    return;
  }
  const client = ctx.getClient();
  const uri = editor.document.uri.toString();
  const response = await client.sendRequest(PackTemplateRequest, { packId, uri });
  if (response.edits.length === 0) {
    void window.showInformationMessage('This file already contains every value of the baseline.');
    return;
  }
  const edit = new WorkspaceEdit();
  for (const e of response.edits) {
    const range = client.protocol2CodeConverter.asRange(e.range);
    edit.replace(editor.document.uri, range, e.newText);
  }
  await workspace.applyEdit(edit);
}

async function newFileFromPack(ctx: CommandContext): Promise<void> {
  const client = ctx.getClient();
  const packs = await client.sendRequest(ListPacksRequest);
  const pick = await window.showQuickPick(
    packs.map((p) => ({ label: p.title, description: p.id, id: p.id })),
    { placeHolder: 'Rule pack to build the .reg file from' },
  );
  if (!pick) return;
  const response = await client.sendRequest(PackTemplateRequest, { packId: pick.id });
  const doc = await workspace.openTextDocument({ language: 'reg', content: response.text });
  await window.showTextDocument(doc);
}

export function registerCommands(ctx: CommandContext): Disposable {
  return Disposable.from(
    commands.registerCommand(CommandIds.lintWorkspace, async () => {
      const result = await ctx.getClient().sendRequest(LintWorkspaceRequest);
      void window.showInformationMessage(`Reg Policy linted ${result.files} .reg files: ${result.findings} problems.`);
      return result;
    }),
    commands.registerCommand(CommandIds.insertBaseline, () => insertPackInto(ctx, AZURE_BACKUP_PACK)),
    commands.registerCommand(CommandIds.newFileFromPack, () => newFileFromPack(ctx)),
    commands.registerCommand(CommandIds.explainFile, async (target?: Uri) => {
      const uri = target ?? window.activeTextEditor?.document.uri;
      if (!uri) return;
      const viewUri = ExplainContentProvider.uriFor(uri);
      ctx.explain.refresh(viewUri);
      const doc = await workspace.openTextDocument(viewUri);
      await window.showTextDocument(doc, { preview: true, viewColumn: -2 /* beside */ });
    }),
    commands.registerCommand(CommandIds.fixAllWorkspace, async () => {
      const result = await ctx.getClient().sendRequest(FixAllWorkspaceRequest);
      void window.showInformationMessage(`Reg Policy applied ${result.fixesApplied} fixes in ${result.filesChanged} files.`);
      return result;
    }),
    commands.registerCommand(CommandIds.showOutput, () => ctx.output.show(true)),
    commands.registerCommand(CommandIds.restartServer, () => ctx.restart()),
    commands.registerCommand(CommandIds.openRuleDocs, (url: string) => env.openExternal(Uri.parse(url))),
  );
}
