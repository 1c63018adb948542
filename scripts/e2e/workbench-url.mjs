// Builds the URL that opens code-server's workbench as an extension development host running a test suite.

/**
 * A `vscode-remote://` URI for a path on the code-server host. The remote scheme is what makes the workbench
 * hand the tests to the server-side (Node) extension host; file:// makes it hang ("No extension host found").
 * Every path segment is percent-encoded so folders with spaces or '#' work.
 */
export function remoteUri(authority, absolutePath) {
  const encoded = absolutePath.split('/').map(encodeURIComponent).join('/');
  return `vscode-remote://${authority}${encoded}`;
}

export function workbenchUrl({ port, workspaceFolder, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', remoteUri(authority, extensionDevelopmentPath)],
    ['extensionTestsPath', remoteUri(authority, extensionTestsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  return `http://${authority}/?folder=${encodeURIComponent(workspaceFolder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}
