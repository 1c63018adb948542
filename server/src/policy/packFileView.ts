/**
 * A file as one pack sees it: which pack key each section means (exactly or as a near miss),
 * which value operations belong to which pack value, the key deletions, and whether the file
 * touches the pack at all (docs/policy.md, "A .reg file is a change set").
 */
import type { DeleteKeyOp, Operation } from '../model/types';
import type { FileIndex, SectionRef } from './fileIndex';
import { classifyKeyNearMiss, nearMissScreen, type KeyNearMiss } from './keyNearMiss';
import { foldName } from './registryPaths';
import { isNearMiss } from './similarity';
import type { LoadedPack, NearMissRule, PackKey, PackRule, RegistryRule } from './types';
import { reparseSectionValues } from './sectionReparse';
import { attributeValues, keyAndName, type AttributedValues, type ValueOp } from './valueNearMiss';

export interface KeyInfo {
  readonly key: PackKey;
  /** Folded value name → the name as the pack spells it. */
  readonly valueNames: Map<string, string>;
}

export interface PackFileView {
  readonly index: FileIndex;
  readonly registryRules: readonly RegistryRule[];
  readonly keyRule: NearMissRule | undefined;
  readonly valueRule: NearMissRule | undefined;
  readonly keyInfos: ReadonlyMap<string, KeyInfo>;
  readonly keyMisses: readonly { readonly ref: SectionRef; readonly miss: KeyNearMiss }[];
  readonly values: AttributedValues;
  /** The file writes or deletes a pack key, deletes an ancestor of one, or nearly names one. */
  readonly touched: boolean;
  /** The operation that decides a value's final state: its last set/delete, or a later key deletion. */
  effectiveOp(key: PackKey, value: string): ValueOp | DeleteKeyOp | undefined;
  /** The last deletion of the key or one of its ancestors. */
  coveringDeletion(key: PackKey): DeleteKeyOp | undefined;
  /** The last section that writes the key after any deletion of it: where missing values go. */
  liveSection(key: PackKey): SectionRef | undefined;
}

const isRegistry = (r: PackRule): r is RegistryRule => r.kind === 'registry';

function sameOrBelow(key: string, ancestor: string): boolean {
  return key === ancestor || key.startsWith(`${ancestor}\\`);
}

/** What a view needs from a pack alone, made once per pack (the pack is evaluated again on every edit). */
interface PackShape {
  readonly registryRules: readonly RegistryRule[];
  readonly keyRule: NearMissRule | undefined;
  readonly valueRule: NearMissRule | undefined;
  readonly keyInfos: ReadonlyMap<string, KeyInfo>;
  readonly packKeys: ReadonlySet<string>;
  readonly allKeys: readonly PackKey[];
}

const shapes = new WeakMap<LoadedPack, PackShape>();

function packShape(pack: LoadedPack): PackShape {
  let shape = shapes.get(pack);
  if (shape) return shape;
  const registryRules = pack.rules.filter(isRegistry);
  const keyInfos = new Map<string, KeyInfo>();
  for (const rule of registryRules) {
    for (const key of rule.keys) {
      const info = keyInfos.get(key.folded) ?? { key, valueNames: new Map<string, string>() };
      info.valueNames.set(foldName(rule.value), rule.value);
      keyInfos.set(key.folded, info);
    }
  }
  shape = {
    registryRules,
    keyRule: pack.rules.find((r): r is NearMissRule => r.kind === 'near-miss' && r.of === 'keys'),
    valueRule: pack.rules.find((r): r is NearMissRule => r.kind === 'near-miss' && r.of === 'values'),
    keyInfos,
    packKeys: new Set(keyInfos.keys()),
    allKeys: [...keyInfos.values()].map((i) => i.key),
  };
  shapes.set(pack, shape);
  return shape;
}

export function buildPackFileView(pack: LoadedPack, index: FileIndex): PackFileView {
  const { registryRules, keyRule, valueRule, keyInfos, packKeys, allKeys } = packShape(pack);
  const mayMissKey = keyRule ? nearMissScreen(allKeys) : undefined;

  // Which pack key each section means, exactly or as a near miss.
  let touched = false;
  const sectionKey = new Map<number, string>();
  const keyMisses: { ref: SectionRef; miss: KeyNearMiss }[] = [];
  const setsValueOf = (ref: SectionRef) => (key: PackKey): boolean => {
    const names = [...(keyInfos.get(key.folded)?.valueNames.values() ?? [])];
    return ref.valueNames.some((n) => names.some((v) => foldName(v) === foldName(n) || isNearMiss(n, v)));
  };
  for (const ref of index.sections) {
    if (!ref.root) continue;
    if (packKeys.has(ref.folded)) {
      touched = true;
      if (!ref.deletion) sectionKey.set(ref.index, ref.folded);
    }
    if (!mayMissKey?.(ref)) continue;
    const miss = classifyKeyNearMiss({ text: index.text, ref, setsValueOf: setsValueOf(ref), packKeys }, allKeys);
    if (!miss) continue;
    touched = true;
    keyMisses.push({ ref, miss });
    if (miss.mapsValues && miss.kind !== 'ancestor-typo') sectionKey.set(ref.index, miss.key.folded);
  }

  // Sections regedit did not open but that mean a pack key: their values count as if opened.
  const reparsed = index.sections
    .filter((ref) => !ref.imported && !ref.deletion && sectionKey.has(ref.index))
    .flatMap((ref) => reparseSectionValues(index, ref));
  const operations: readonly Operation[] =
    reparsed.length === 0 ? index.operations : [...index.operations, ...reparsed].sort((a, b) => a.span.offset - b.span.offset);

  const values = attributeValues(
    operations,
    sectionKey,
    (i) => index.sections[i]?.folded ?? '',
    (k) => keyInfos.get(k)?.valueNames,
    valueRule !== undefined,
  );
  if (values.nearMisses.length > 0) touched = true;

  // File order of the operations, only needed when a key deletion competes with a value's last write.
  let orderOf: Map<Operation, number> | undefined;
  const order = (): Map<Operation, number> => (orderOf ??= new Map<Operation, number>(operations.map((op, i) => [op, i])));
  const keyDeletions = index.keyDeletions.map((op) => ({ op, folded: foldName(op.path.text) }));
  // Deleting a pack key or one of its ancestors touches the pack too: the fix re-creates the key.
  if (keyDeletions.some((d) => allKeys.some((k) => sameOrBelow(k.folded, d.folded)))) touched = true;

  const coveringDeletion = (key: PackKey): DeleteKeyOp | undefined => {
    let last: DeleteKeyOp | undefined;
    for (const d of keyDeletions) if (sameOrBelow(key.folded, d.folded)) last = d.op;
    return last;
  };
  return {
    index,
    registryRules,
    keyRule,
    valueRule,
    keyInfos,
    keyMisses,
    values,
    touched,
    coveringDeletion,
    effectiveOp(key, value) {
      const ops = values.byKeyAndName.get(keyAndName(key.folded, value)) ?? [];
      const last = ops[ops.length - 1];
      const deletion = coveringDeletion(key);
      return deletion && (!last || order().get(deletion)! > order().get(last)!) ? deletion : last;
    },
    liveSection(key) {
      const after = coveringDeletion(key)?.span.offset ?? -1;
      let live: SectionRef | undefined;
      for (const ref of index.sections) {
        if (sectionKey.get(ref.index) === key.folded && !ref.deletion && ref.section.span.offset > after) live = ref;
      }
      return live;
    },
  };
}
