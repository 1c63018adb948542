import { foldKey, makeRegistryPath, ROOT_KEYS } from './paths';
import type { RegModel, RegistryPath, RootKeyName } from './types';

export interface RegistryValue {
  /** Spelling of the first assignment ('' = default value). */
  readonly name: string;
  readonly type: number;
  readonly data: Uint8Array;
}

/** A key: names compare case-insensitively and keep the spelling they were created with. */
export class RegistryKey {
  readonly subkeys = new Map<string, RegistryKey>();
  /** In creation order, as Windows enumerates (and regedit exports) them. */
  readonly values = new Map<string, RegistryValue>();

  constructor(readonly name: string) {}

  subkey(name: string): RegistryKey | undefined {
    return this.subkeys.get(foldKey(name));
  }

  value(name: string): RegistryValue | undefined {
    return this.values.get(foldKey(name));
  }
}

/** The registry after importing one or more files: one tree per root key. */
export class RegistryState {
  readonly roots = new Map<RootKeyName, RegistryKey>(ROOT_KEYS.map((r) => [r, new RegistryKey(r)]));

  getKey(path: RegistryPath): RegistryKey | undefined {
    let key = this.roots.get(path.root);
    for (const segment of path.segments) {
      key = key?.subkey(segment);
      if (!key) return undefined;
    }
    return key;
  }

  /** Opens the key, creating it and any missing parents (like RegCreateKeyEx). */
  ensureKey(path: RegistryPath): RegistryKey {
    let key = this.roots.get(path.root) as RegistryKey;
    for (const segment of path.segments) {
      let child = key.subkey(segment);
      if (!child) {
        child = new RegistryKey(segment);
        key.subkeys.set(foldKey(segment), child);
      }
      key = child;
    }
    return key;
  }

  /** Deletes the key and its whole subtree; deleting a root or a missing key does nothing. */
  deleteKey(path: RegistryPath): void {
    if (path.segments.length === 0) return;
    const parent = this.getKey(makeRegistryPath(path.root, path.root, path.segments.slice(0, -1)));
    parent?.subkeys.delete(foldKey(path.segments[path.segments.length - 1]));
  }

  getValue(path: RegistryPath, name: string): RegistryValue | undefined {
    return this.getKey(path)?.value(name);
  }

  setValue(path: RegistryPath, name: string, type: number, data: Uint8Array): void {
    const key = this.ensureKey(path);
    const existing = key.value(name);
    key.values.set(foldKey(name), { name: existing?.name ?? name, type, data });
  }

  deleteValue(path: RegistryPath, name: string): void {
    this.getKey(path)?.values.delete(foldKey(name));
  }
}

/**
 * Applies the model's operations in order to `state` (a new empty state when omitted) and
 * returns it: last assignment wins, `[-key]` removes the subtree. Mutates `state`.
 */
export function applyToState(model: RegModel, state: RegistryState = new RegistryState()): RegistryState {
  if (!model.imports) return state;
  for (const op of model.operations) {
    if (op.kind === 'createKey') state.ensureKey(op.path);
    else if (op.kind === 'deleteKey') state.deleteKey(op.path);
    else if (op.kind === 'setValue') state.setValue(op.path, op.name, op.type, op.data);
    else state.deleteValue(op.path, op.name);
  }
  return state;
}
