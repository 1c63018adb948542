// Small helpers for e2e tests: they only use the public `vscode` API and wait for events, never for time.
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'reg-policy.reg-policy';

/** How long a helper waits for an event before failing with a description of what it saw. */
export const DEFAULT_WAIT_MS = 15_000;

/** The extension under test, activated. */
export async function activateExtension(): Promise<vscode.Extension<unknown>> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not installed in the test host`);
  await extension.activate();
  return extension;
}

/** The workspace folder the runner opened: a temporary copy of test-fixtures/workspace. */
export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open; the runner opens a copy of test-fixtures/workspace');
  return folder.uri;
}

/** A file of the fixture workspace, by its path relative to the workspace root ("encodings/utf16le-bom.reg"). */
export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), ...relativePath.split('/'));
}

/** Opens a fixture as a text document (not shown in an editor). */
export function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  return Promise.resolve(vscode.workspace.openTextDocument(fixtureUri(relativePath)));
}

/** Opens a fixture in an editor, which is what makes a user's language features (diagnostics, hovers...) run. */
export async function showFixture(relativePath: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await openFixture(relativePath));
}

/** The file's bytes on disk, e.g. to check that a save kept its encoding, BOM and line ends. */
export async function readFixtureBytes(relativePath: string): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(fixtureUri(relativePath));
}

/**
 * Resolves with the first value `check` returns other than undefined, calling it now and after each `event`
 * fires; rejects after `timeoutMs` with `describe()` of the last state.
 */
export function waitFor<T, E>(
  event: vscode.Event<E>,
  check: () => T | undefined,
  what: string,
  timeoutMs = DEFAULT_WAIT_MS,
  describe: () => string = () => '',
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      subscription.dispose();
      settle();
    };
    const timer = setTimeout(() => {
      const state = describe();
      finish(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${state ? `; last state: ${state}` : ''}`)));
    }, timeoutMs);
    const attempt = () => {
      try {
        const value = check();
        if (value !== undefined) finish(() => resolve(value));
      } catch (error) {
        finish(() => reject(error));
      }
    };
    // Subscribe before the first check so no change between the two is missed.
    const subscription = event(() => attempt());
    attempt();
  });
}

/** Waits until the diagnostics of `uri` satisfy `predicate` (checked now and on every change) and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
  timeoutMs = DEFAULT_WAIT_MS,
): Promise<vscode.Diagnostic[]> {
  const current = () => vscode.languages.getDiagnostics(uri);
  return waitFor(
    vscode.languages.onDidChangeDiagnostics,
    () => {
      const diagnostics = current();
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    `${what} of ${vscode.workspace.asRelativePath(uri)}`,
    timeoutMs,
    () => describeDiagnostics(current()),
  );
}

/** Waits until `uri` has at least one diagnostic with each of the given codes (rule ids). */
export function waitForDiagnosticCodes(uri: vscode.Uri, codes: readonly string[], timeoutMs = DEFAULT_WAIT_MS): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(
    uri,
    (diagnostics) => codes.every((code) => diagnostics.some((d) => diagnosticCode(d) === code)),
    `diagnostics with codes ${codes.join(', ')}`,
    timeoutMs,
  );
}

/** The rule id of a diagnostic, whether the server sent a plain code or a code with a docs link. */
export function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return String(typeof code === 'object' ? code.value : code);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return 'no diagnostics';
  return diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${diagnosticCode(d) ?? '-'} ${d.message}`).join(' | ');
}

/** Closes every editor so one test's open files do not leak into the next. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The code actions VS Code would offer for `range` (as the light bulb does), optionally only of one kind. */
export async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    kind?.value,
  );
  return (actions ?? []).filter((action): action is vscode.CodeAction => 'kind' in action || 'edit' in action);
}

/** Applies a code action's workspace edit (as choosing it in the light bulb does) and checks it was applied. */
export async function applyCodeAction(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `code action "${action.title}" carries no edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `VS Code refused the edit of "${action.title}"`);
}
