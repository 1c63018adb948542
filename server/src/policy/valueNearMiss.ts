/**
 * Value operations seen through the pack's eyes: each set/delete of a value is attributed to
 * the pack key its section means (also through a near-miss key) and to the value name it
 * means (also through a near-miss name such as `DisableByDefault`, mistake M12).
 */
import type { DeleteValueOp, Operation, SetValueOp } from '../model/types';
import { foldName } from './registryPaths';
import { isNearMiss } from './similarity';

export type ValueOp = SetValueOp | DeleteValueOp;

export interface ValueNearMiss {
  readonly op: ValueOp;
  readonly key: string;
  /** The value name the pack checks, as the pack spells it. */
  readonly intended: string;
  /** The file also sets the intended name for this key: the misspelt value is just dead weight. */
  readonly duplicate: boolean;
}

export interface AttributedValues {
  /** `${foldedKey}\u0000${foldedName}` → value operations in file order. */
  readonly byKeyAndName: ReadonlyMap<string, readonly ValueOp[]>;
  readonly nearMisses: readonly ValueNearMiss[];
}

export function keyAndName(key: string, name: string): string {
  return `${key}\u0000${foldName(name)}`;
}

export function attributeValues(
  operations: readonly Operation[],
  sectionKey: ReadonlyMap<number, string>,
  sectionFolded: (section: number) => string,
  valueNamesOf: (key: string) => ReadonlyMap<string, string> | undefined,
  detectNearMisses: boolean,
): AttributedValues {
  const keyOf = (op: ValueOp): string => sectionKey.get(op.section) ?? sectionFolded(op.section);
  // Only operations on pack keys matter; big tweak files have thousands of others. Whether a
  // section's key is a pack key is asked once per section, not once per operation.
  const packKeySection: (boolean | undefined)[] = [];
  const onPackKey = (op: ValueOp): boolean => (packKeySection[op.section] ??= valueNamesOf(keyOf(op)) !== undefined);
  const ops = operations.filter((op): op is ValueOp => (op.kind === 'setValue' || op.kind === 'deleteValue') && onPackKey(op));
  const exact = new Set(ops.map((op) => keyAndName(keyOf(op), op.name)));
  const byKeyAndName = new Map<string, ValueOp[]>();
  const nearMisses: ValueNearMiss[] = [];
  for (const op of ops) {
    const key = keyOf(op);
    const names = valueNamesOf(key);
    if (!names) continue;
    let name = op.name;
    if (!names.has(foldName(op.name)) && detectNearMisses) {
      const intended = [...names.values()].find((v) => isNearMiss(op.name, v));
      if (intended) {
        // With the correct name also present, the misspelt one is just an extra value.
        const duplicate = exact.has(keyAndName(key, intended));
        nearMisses.push({ op, key, intended, duplicate });
        if (!duplicate) name = intended;
      }
    }
    const k = keyAndName(key, name);
    const list = byKeyAndName.get(k) ?? [];
    list.push(op);
    byKeyAndName.set(k, list);
  }
  return { byKeyAndName, nearMisses };
}
