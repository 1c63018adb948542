import { Disposable, languages, LanguageStatusSeverity, window } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CommandIds, StatusNotification, StatusParams } from '../../server/src/protocol';

/** The language status item: active packs, target OS and the number of findings of the active file. */
export function registerStatusItem(client: LanguageClient): Disposable {
  const item = languages.createLanguageStatusItem('regPolicy.status', { language: 'reg' });
  item.name = 'Reg Policy';
  item.text = 'Reg Policy';
  item.command = { command: CommandIds.showOutput, title: 'Show Output' };
  const latest = new Map<string, StatusParams>();

  const render = (): void => {
    const uri = window.activeTextEditor?.document.uri.toString();
    const status = uri ? latest.get(uri) : undefined;
    if (!status) {
      item.text = 'Reg Policy';
      item.detail = undefined;
      item.severity = LanguageStatusSeverity.Information;
      return;
    }
    const packs = status.packs.length > 0 ? status.packs.join(', ') : 'no packs';
    const os = status.targetOs.length > 0 ? status.targetOs.join(' ') : 'all OSes';
    item.text = `Reg Policy: ${status.errors} errors, ${status.warnings} warnings`;
    item.detail = `${packs} · target ${os}`;
    item.severity = status.errors > 0 ? LanguageStatusSeverity.Error : status.warnings > 0 ? LanguageStatusSeverity.Warning : LanguageStatusSeverity.Information;
  };

  const subscription = client.onNotification(StatusNotification, (params) => {
    latest.set(params.uri, params);
    render();
  });
  const editorChange = window.onDidChangeActiveTextEditor(render);
  return Disposable.from(item, subscription, editorChange);
}
