import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildModel } from '../../model/build';
import { utf16z } from '../../model/bytes';
import { makeRegistryPath } from '../../model/paths';
import { applyToState, RegistryState } from '../../model/state';
import { RegType, RootKeyName } from '../../model/types';
import { writeReg } from '../../model/writer';
import { decodeBytes, decodedFromText, encodeText, parse } from '../../parser/index';
import { checkSyntax } from '../../rules/index';

const segment = fc.stringMatching(/^[A-Za-z0-9._{}"\]/-][A-Za-z0-9 ._{}"\]/-]{0,10}[A-Za-z0-9._-]$|^[A-Za-z0-9]$/);
const root = fc.constantFrom<RootKeyName>('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER', 'HKEY_CLASSES_ROOT', 'HKEY_USERS');
const valueName = fc.string({ maxLength: 12 }).filter((s) => !s.includes('\0'));
const text = fc.string({ maxLength: 20 });

const data = fc.oneof(
  text.filter((s) => !s.includes('\0')).map((s) => ({ type: RegType.SZ, data: utf16z(s) })),
  text.map((s) => ({ type: RegType.SZ, data: utf16z(s) })),
  fc.uint8Array({ minLength: 4, maxLength: 4 }).map((b) => ({ type: RegType.DWORD, data: b })),
  fc.uint8Array({ maxLength: 90 }).map((b) => ({ type: RegType.BINARY, data: b })),
  text.map((s) => ({ type: RegType.EXPAND_SZ, data: utf16z(s) })),
  fc.array(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes('\0')), { maxLength: 4 }).map((parts) => ({ type: RegType.MULTI_SZ, data: utf16z(parts.map((p) => `${p}\0`).join('')) })),
  fc.uint8Array({ minLength: 8, maxLength: 8 }).map((b) => ({ type: RegType.QWORD, data: b })),
  fc.tuple(fc.integer({ min: 0, max: 0xffffffff }).filter((t) => t !== 1 && t !== 2 && t !== 7), fc.uint8Array({ maxLength: 30 })).map(([type, b]) => ({ type, data: b })),
);

const operation = fc.record({ root, segments: fc.array(segment, { minLength: 1, maxLength: 3 }), name: valueName, value: data });

describe('model round trip: write state -> parse -> apply', () => {
  it('gives the same registry state (compared through the writer) and no findings', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 12 }), (ops) => {
        const state = new RegistryState();
        for (const op of ops) state.setValue(makeRegistryPath(op.root, op.root, op.segments), op.name, op.value.type, op.value.data);
        const written = writeReg(state);
        const doc = parse(decodedFromText(written));
        const model = buildModel(doc);
        assert.deepEqual(checkSyntax(doc, model), []);
        const reread = applyToState(model);
        assert.equal(writeReg(reread), written);
        for (const op of ops) {
          const path = makeRegistryPath(op.root, op.root, op.segments);
          assert.deepEqual(reread.getValue(path, op.name), state.getValue(path, op.name));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('survives encoding to UTF-16LE bytes and decoding again', () => {
    const state = new RegistryState();
    state.setValue(makeRegistryPath('HKEY_CURRENT_USER', 'HKEY_CURRENT_USER', ['Software', 'Ünïcødé']), 'Ключ', RegType.SZ, utf16z('€ 値'));
    const written = writeReg(state);
    const bytes = encodeText(written, { encoding: 'utf-16le', bom: true });
    assert.deepEqual([...bytes.slice(0, 2)], [0xff, 0xfe]);
    const again = applyToState(buildModel(parse(decodeBytes(bytes))));
    assert.equal(writeReg(again), written);
  });
});
