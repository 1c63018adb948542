import * as assert from 'assert';
import { CancellationTokenSource } from 'vscode-languageserver';
import { completion } from '../../services/completion';
import { foldingRanges } from '../../services/folding';
import { documentSymbols } from '../../services/symbols';
import { editorInput } from './editorInput';

describe('services: cancellation', () => {
  // Enough lines for the every-N-lines check to look at the token several times.
  const text = `Windows Registry Editor Version 5.00\r\n\r\n${Array.from({ length: 400 }, (_, i) => `[HKEY_CURRENT_USER\\Software\\K${i}]\r\n"A"=dword:1\r\n`).join('')}`;
  const input = editorInput(text, { lint: false });
  const cancelled = (): CancellationTokenSource => {
    const source = new CancellationTokenSource();
    source.cancel();
    return source;
  };

  it('stops document symbols, folding ranges and key-path completion when the request is cancelled', () => {
    assert.throws(() => documentSymbols(input, cancelled().token), /cancelled/);
    assert.throws(() => foldingRanges(input.document, cancelled().token), /cancelled/);
    const typing = '[HKEY_CURRENT_USER\\Software\\';
    const edited = editorInput(`${text}${typing}`, { lint: false });
    const at = edited.textDocument.positionAt(edited.textDocument.getText().length);
    assert.strictEqual(at.character, typing.length);
    assert.throws(() => completion(edited, at, { importer: 'regedit', snippets: true }, cancelled().token), /cancelled/);
  });

  it('finishes when the token is not cancelled', () => {
    const source = new CancellationTokenSource();
    assert.strictEqual(documentSymbols(input, source.token).length, 400);
    assert.ok(foldingRanges(input.document, source.token).length >= 400);
  });
});
