import type { SetValueOp } from '../model/types';
import type { SyntaxRule } from './types';

/**
 * The values assigned so far in one key, by lower-cased name. A key usually has a handful of values,
 * and a linear search over them beats a Map per key (this rule runs over every operation of the file
 * on every edit); a key with many values gets a Map.
 */
class KeyValues {
  private readonly names: string[] = [];
  private readonly ops: SetValueOp[] = [];
  private index: Map<string, SetValueOp> | undefined;

  /** `since`: how many keys had been deleted when these values started (see KeyDeletions). */
  constructor(readonly since: number) {}

  get(name: string): SetValueOp | undefined {
    if (this.index) return this.index.get(name);
    const at = this.names.indexOf(name);
    return at < 0 ? undefined : this.ops[at];
  }

  set(name: string, op: SetValueOp): void {
    if (this.index) {
      this.index.set(name, op);
      return;
    }
    const at = this.names.indexOf(name);
    if (at >= 0) {
      this.ops[at] = op;
      return;
    }
    this.names.push(name);
    this.ops.push(op);
    if (this.names.length > 16) this.index = new Map(this.names.map((n, i) => [n, this.ops[i]]));
  }

  delete(name: string): void {
    if (this.index) {
      this.index.delete(name);
      return;
    }
    const at = this.names.indexOf(name);
    if (at < 0) return;
    this.names.splice(at, 1);
    this.ops.splice(at, 1);
  }
}

/**
 * The `[-key]` lines so far, by folded key. A deletion resets the values of the key and of every key
 * below it; instead of visiting all keys on every deletion (quadratic in a file that creates and
 * deletes many keys), the values of a key are checked against the deletions of the key and of its
 * ancestors when they are next used.
 */
class KeyDeletions {
  private readonly at = new Map<string, number>();
  count = 0;

  add(key: string): void {
    this.at.set(key, ++this.count);
  }

  /** Was `key` or a key above it deleted after `since` deletions? */
  after(key: string, since: number): boolean {
    if (this.count === since) return false;
    if ((this.at.get(key) ?? 0) > since) return true;
    for (let i = key.indexOf('\\'); i >= 0; i = key.indexOf('\\', i + 1)) if ((this.at.get(key.slice(0, i)) ?? 0) > since) return true;
    return false;
  }
}

/**
 * The same value assigned twice in one key. regedit applies lines in order, so the later
 * assignment silently replaces the earlier one; a `"name"=-` or a `[-key]` in between resets it.
 */
export const duplicateValue: SyntaxRule = {
  id: 'REG024',
  name: 'duplicate-value',
  description: 'The same value is set twice in one key: the earlier assignment is overridden.',
  severity: 'warning',
  fixable: true,
  check: ({ doc, model }, report) => {
    // Key (folded path) → the values assigned in it.
    const assigned = new Map<string, KeyValues>();
    const deletions = new KeyDeletions();
    let lastKey: string | undefined;
    let lastValues: KeyValues | undefined;
    for (const op of model.operations) {
      if (op.kind === 'deleteKey') {
        deletions.add(op.path.key);
        lastKey = undefined;
        continue;
      }
      if (op.kind === 'createKey') continue;
      const name = op.name.toLowerCase();
      // Operations come section by section: the previous operation's key is usually this one's.
      let values = op.path.key === lastKey ? lastValues : assigned.get(op.path.key);
      if (values && deletions.after(op.path.key, values.since)) values = undefined;
      if (op.kind === 'deleteValue') {
        values?.delete(name);
        continue;
      }
      if (!values) {
        values = new KeyValues(deletions.count);
        assigned.set(op.path.key, values);
      }
      lastKey = op.path.key;
      lastValues = values;
      const earlier = values.get(name);
      values.set(name, op);
      if (!earlier) continue;
      const shown = op.name === '' ? 'the default value' : `"${op.name}"`;
      const lineStart = doc.text.lastIndexOf('\n', earlier.span.offset - 1) + 1;
      const crStart = doc.text.lastIndexOf('\r', earlier.span.offset - 1) + 1;
      const start = Math.max(lineStart, crStart);
      const end = earlier.span.offset + earlier.span.length;
      const eol = doc.text.startsWith('\r\n', end) ? 2 : end < doc.text.length ? 1 : 0;
      // Setting the same data again changes nothing: worth a hint, not a warning (long exports repeat sections).
      const same = earlier.type === op.type && sameBytes(earlier.data, op.data);
      report({
        offset: earlier.span.offset,
        length: earlier.span.length,
        severity: same ? 'hint' : undefined,
        message: same
          ? `${shown} is set again to the same data on line ${op.line} in the same key, so this assignment is redundant`
          : `${shown} is set again on line ${op.line} in the same key, so regedit overrides this assignment`,
        related: [{ offset: op.span.offset, length: op.span.length, message: 'the assignment that wins' }],
        fixes: [{ title: 'Remove the overridden assignment', edits: [{ offset: start, length: end + eol - start, newText: '' }] }],
        tags: ['unnecessary'],
      });
    }
  },
};

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
