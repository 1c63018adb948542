import * as assert from 'node:assert/strict';
import { isSameOrBelow, makeRegistryPath, parseRegistryPath, registryView, resolveRoot, wow64TwinPath } from '../../model/paths';
import type { KeyLine } from '../../parser/ast';
import { decodedFromText, parse } from '../../parser/index';

describe('model/paths', () => {
  it('a key line written in full gives the same path as one put together from its parts', () => {
    const keys = ['HKEY_LOCAL_MACHINE', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\A B', 'HKEY_CURRENT_USER\\A\\\\B', 'HKEY_USERS\\A\\\\', 'hkey_local_machine\\x', 'HKLM\\Software\\Y', 'HKEY_CLASSES_ROOT\\ A \\B '];
    const text = `Windows Registry Editor Version 5.00\r\n${keys.map((k) => `[${k}]\r\n`).join('')}`;
    const lines = parse(decodedFromText(text), { importer: 'reg' }).lines.filter((l): l is KeyLine => l.kind === 'key');
    assert.equal(lines.length, keys.length);
    for (const line of lines) {
      assert.ok(line.path, keys[line.line - 2]);
      // Segments split from the path text on first use are the segments the key line's spans mark.
      assert.deepEqual(line.path.segments, line.segmentSpans.map((span) => text.slice(span.offset, span.offset + span.length)), keys[line.line - 2]);
      assert.deepEqual(JSON.parse(JSON.stringify(line.path)), JSON.parse(JSON.stringify(makeRegistryPath(line.path.root, line.path.rootAsWritten, line.path.segments))), keys[line.line - 2]);
    }
  });

  it('resolves full root names case-insensitively and abbreviations only for reg', () => {
    assert.deepEqual(resolveRoot('hKeY_cUrReNt_UsEr'), { kind: 'full', root: 'HKEY_CURRENT_USER' });
    assert.deepEqual(resolveRoot('hklm'), { kind: 'abbreviation', root: 'HKEY_LOCAL_MACHINE' });
    assert.deepEqual(resolveRoot('HKEY_CURRENT_USERS'), { kind: 'unknown' });
    assert.equal(parseRegistryPath('HKLM\\SOFTWARE'), null);
    assert.equal(parseRegistryPath('HKLM\\SOFTWARE', { importer: 'reg' })?.text, 'HKEY_LOCAL_MACHINE\\SOFTWARE');
  });

  it('keeps the spelling, drops trailing backslashes, folds the comparison key', () => {
    const p = parseRegistryPath('hkey_local_machine\\Software\\Foo\\\\');
    assert.ok(p);
    assert.equal(p.text, 'HKEY_LOCAL_MACHINE\\Software\\Foo');
    assert.equal(p.rootAsWritten, 'hkey_local_machine');
    assert.deepEqual(p.segments, ['Software', 'Foo']);
    assert.equal(p.key, parseRegistryPath('HKEY_LOCAL_MACHINE\\SOFTWARE\\foo')?.key);
  });

  it('gives the WOW6432Node twin of HKLM\\SOFTWARE paths, both ways', () => {
    const p64 = parseRegistryPath('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319');
    assert.ok(p64);
    const p32 = wow64TwinPath(p64);
    assert.equal(p32?.text, 'HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Microsoft\\.NETFramework\\v4.0.30319');
    assert.equal(registryView(p64), '64');
    assert.equal(p32 && registryView(p32), '32');
    assert.equal(p32 && wow64TwinPath(p32)?.text, p64.text);
    const system = parseRegistryPath('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet');
    assert.ok(system);
    assert.equal(wow64TwinPath(system), null);
    assert.equal(registryView(system), 'shared');
    const software = parseRegistryPath('HKEY_LOCAL_MACHINE\\SOFTWARE');
    assert.ok(software);
    assert.equal(wow64TwinPath(software), null);
  });

  it('isSameOrBelow compares whole segments', () => {
    const a = parseRegistryPath('HKEY_CURRENT_USER\\Software\\Demo');
    const b = parseRegistryPath('HKEY_CURRENT_USER\\software\\demo\\sub');
    const c = parseRegistryPath('HKEY_CURRENT_USER\\Software\\Demo2');
    assert.ok(a && b && c);
    assert.ok(isSameOrBelow(b, a));
    assert.ok(isSameOrBelow(a, a));
    assert.ok(!isSameOrBelow(c, a));
  });
});
