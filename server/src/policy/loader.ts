/**
 * loadPack: schema validation, then the semantic checks JSON Schema cannot express, then
 * compilation into a LoadedPack. Never throws: every problem becomes a PackLoadError that
 * names the source and the JSON pointer, so a broken pack is never silently ignored.
 */
import type { Severity } from '../findings/types';
import { compareBuilds, isOsId, OS_BUILDS, OS_IDS, type OsId } from './os';
import type { OsSelectorJson, PackJson, RuleJson } from './packJson';
import { satisfies } from './predicates';
import { foldName, splitKeyPath, wow64Twin } from './registryPaths';
import { scalarToNumber } from './regData';
import { validatePackSchema } from './schemaValidator';
import type {
  DataPredicate,
  LoadedPack,
  OsSelector,
  PackKey,
  PackLoadError,
  PackLoadProblem,
  PackRule,
  RegistryRule,
  Scalar,
} from './types';

class Problems {
  readonly list: PackLoadProblem[] = [];
  add(pointer: string, message: string): void {
    this.list.push({ pointer, message });
  }
}

function loadError(source: string, problems: readonly PackLoadProblem[]): PackLoadError {
  const first = problems[0]!;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return {
    kind: 'error',
    source,
    pointer: first.pointer,
    message: `${source}#${first.pointer}: ${first.message}${more}`,
    problems,
  };
}

function resolveSelector(
  sel: OsSelectorJson | undefined,
  groups: Readonly<Record<string, readonly string[]>>,
  pointer: string,
  problems: Problems,
): OsSelector | undefined {
  if (!sel) return undefined;
  let os: OsId[] | undefined;
  if (sel.os) {
    os = [];
    sel.os.forEach((ref, i) => {
      if (ref.startsWith('@')) {
        const group = groups[ref.slice(1)];
        if (!group) problems.add(`${pointer}/os/${i}`, `unknown OS group "${ref}" (define it under /osGroups)`);
        for (const id of group ?? []) if (isOsId(id) && !os!.includes(id)) os!.push(id);
      } else if (isOsId(ref) && !os!.includes(ref)) {
        os!.push(ref);
      }
    });
  }
  if (sel.minBuild && sel.maxBuild && compareBuilds(sel.minBuild, sel.maxBuild) > 0) {
    problems.add(`${pointer}/minBuild`, `minBuild ${sel.minBuild} is greater than maxBuild ${sel.maxBuild}`);
  }
  return { os, minBuild: sel.minBuild, maxBuild: sel.maxBuild };
}

/** OS ids a selector admits (used to compute the pack's default, strictest target). */
function selectorOs(sel: OsSelector | undefined): OsId[] {
  if (!sel) return [];
  return OS_IDS.filter(
    (id) =>
      (!sel.os || sel.os.includes(id)) &&
      (!sel.minBuild || compareBuilds(OS_BUILDS[id], sel.minBuild) >= 0) &&
      (!sel.maxBuild || compareBuilds(OS_BUILDS[id], sel.maxBuild) <= 0),
  );
}

function makeKey(text: string, view: 'native' | 'wow64'): PackKey {
  const { root, segments } = splitKeyPath(text);
  return { text, folded: foldName(text), root, segments, foldedSegments: segments.map(foldName), view };
}

function expandKeys(
  rule: RuleJson,
  pack: PackJson,
  pointer: string,
  problems: Problems,
): PackKey[] {
  const t = rule.target!;
  let paths: readonly string[] = [];
  let views = t.views;
  if (t.key) paths = [t.key];
  else if (t.keys) paths = t.keys;
  else if (t.keySet) {
    const set = pack.keySets?.[t.keySet];
    if (!set) {
      problems.add(`${pointer}/target/keySet`, `unknown key set "${t.keySet}" (define it under /keySets)`);
      return [];
    }
    paths = set.keys;
    views = views ?? set.views;
  }
  const keys: PackKey[] = [];
  for (const path of paths) {
    const { root, segments } = splitKeyPath(path);
    for (const view of views ?? ['native']) {
      if (view === 'native') {
        keys.push(makeKey(path, 'native'));
        continue;
      }
      const twin = wow64Twin(root, segments);
      if (!twin) {
        problems.add(`${pointer}/target`, `view "wow64" only applies to HKEY_LOCAL_MACHINE\\SOFTWARE\\... keys, not ${path}`);
        continue;
      }
      keys.push(makeKey([root, ...twin].join('\\'), 'wow64'));
    }
  }
  return keys;
}

function fitsType(type: string | undefined, value: Scalar): boolean {
  if (type === 'REG_DWORD' || type === 'REG_QWORD') return scalarToNumber(value) !== undefined;
  return typeof value === 'string';
}

function compilePredicate(p: NonNullable<RuleJson['expect']>['data']): DataPredicate | undefined {
  if (!p) return undefined;
  const num = (v: Scalar | undefined): number | undefined => (v === undefined ? undefined : scalarToNumber(v));
  return {
    equals: p.equals,
    in: p.in,
    notIn: p.notIn,
    nonZero: p.nonZero,
    bitsSet: num(p.bitsSet),
    bitsClear: num(p.bitsClear),
    min: num(p.min),
    max: num(p.max),
  };
}

function compileRegistryRule(
  rule: RuleJson,
  base: Omit<RegistryRule, 'kind' | 'keys' | 'value' | 'match' | 'presence' | 'requiredOn' | 'deletion' | 'type' | 'data' | 'preferred' | 'preferredSeverity' | 'fix'>,
  pack: PackJson,
  groups: Readonly<Record<string, readonly string[]>>,
  pointer: string,
  problems: Problems,
): RegistryRule {
  const expect = rule.expect!;
  const keys = expandKeys(rule, pack, pointer, problems);
  const data = compilePredicate(expect.data);
  const type = expect.type;
  const checkScalar = (value: Scalar, at: string): void => {
    if (type && !fitsType(type, value)) problems.add(at, `${JSON.stringify(value)} does not fit type ${type}`);
  };
  if (expect.data?.equals !== undefined) checkScalar(expect.data.equals, `${pointer}/expect/data/equals`);
  if (expect.preferred !== undefined) {
    checkScalar(expect.preferred, `${pointer}/expect/preferred`);
    const n = typeof expect.preferred === 'number' ? expect.preferred : scalarToNumber(expect.preferred) ?? expect.preferred;
    if (!satisfies(n, data)) problems.add(`${pointer}/expect/preferred`, 'the preferred value does not satisfy expect.data');
  }
  const fix = rule.fix;
  if (fix?.strategy === 'set-value') {
    if (!type) problems.add(`${pointer}/fix`, 'a set-value fix needs expect.type to know how to write the data');
    if (expect.presence === 'forbidden') problems.add(`${pointer}/fix/strategy`, 'a forbidden value is fixed with "remove-value", not "set-value"');
    if (fix.data !== undefined) {
      checkScalar(fix.data, `${pointer}/fix/data`);
      const n = type === 'REG_DWORD' || type === 'REG_QWORD' ? scalarToNumber(fix.data) : fix.data;
      // A fix that does not satisfy its own rule would be offered again after it is applied.
      if (n !== undefined && !satisfies(n, data)) problems.add(`${pointer}/fix/data`, 'the fix data does not satisfy expect.data');
    }
  }
  if (fix?.strategy === 'remove-value' && expect.presence !== 'forbidden') {
    problems.add(`${pointer}/fix/strategy`, '"remove-value" only fits a rule whose presence is "forbidden"');
  }
  return {
    ...base,
    kind: 'registry',
    keys,
    value: rule.target!.value,
    match: rule.target!.match ?? 'all',
    presence: expect.presence,
    requiredOn: resolveSelector(expect.requiredOn, groups, `${pointer}/expect/requiredOn`, problems),
    deletion: expect.deletion ?? 'forbidden',
    type,
    data,
    preferred: expect.preferred,
    preferredSeverity: expect.preferredSeverity ?? base.severity,
    fix: fix && { title: fix.title, strategy: fix.strategy, data: fix.data },
  };
}

function compile(pack: PackJson, source: string, problems: Problems): LoadedPack {
  const groups = pack.osGroups ?? {};
  const defaultSeverity: Severity = pack.defaults?.severity ?? 'warning';
  const defaultAppliesTo = resolveSelector(pack.defaults?.appliesTo, groups, '/defaults/appliesTo', problems);
  const ids = new Map<string, number>();
  const nearMissKinds = new Set<string>();
  const rules: PackRule[] = [];
  const named = new Set<OsId>();
  for (const list of Object.values(groups)) for (const id of list) if (isOsId(id)) named.add(id);
  selectorOs(defaultAppliesTo).forEach((id) => named.add(id));

  pack.rules.forEach((rule, index) => {
    const pointer = `/rules/${index}`;
    const earlier = ids.get(rule.id);
    if (earlier !== undefined) problems.add(`${pointer}/id`, `duplicate rule id ${rule.id} (also /rules/${earlier})`);
    ids.set(rule.id, index);
    const appliesTo = resolveSelector(rule.appliesTo, groups, `${pointer}/appliesTo`, problems) ?? defaultAppliesTo;
    selectorOs(appliesTo).forEach((id) => named.add(id));
    const base = {
      id: rule.id,
      packId: pack.id,
      title: rule.title,
      severity: rule.severity ?? defaultSeverity,
      message: rule.message,
      sourceUrl: rule.docs,
      tags: rule.tags ?? [],
      appliesTo,
    };
    if (rule.kind === 'advisory') {
      rules.push({ ...base, kind: 'advisory', updates: rule.advisory?.updates ?? [], actions: rule.advisory?.actions ?? [] });
    } else if (rule.kind === 'near-miss') {
      const of = rule.nearMiss!.of;
      if (nearMissKinds.has(of)) problems.add(`${pointer}/nearMiss/of`, `a pack has at most one near-miss rule for ${of}`);
      nearMissKinds.add(of);
      rules.push({ ...base, kind: 'near-miss', of });
    } else {
      const compiled = compileRegistryRule(rule, base, pack, groups, pointer, problems);
      selectorOs(compiled.requiredOn).forEach((id) => named.add(id));
      rules.push(compiled);
    }
  });
  return {
    kind: 'pack',
    id: pack.id,
    version: pack.version,
    title: pack.title,
    description: pack.description,
    source,
    enabledByDefault: pack.enabledByDefault ?? false,
    sources: pack.sources ?? [],
    osIds: OS_IDS.filter((id) => named.has(id)),
    rules,
  };
}

/** Validates and compiles a rule pack. `source` names it in error messages (a path or `builtin:<id>`). */
export function loadPack(json: unknown, source: string): LoadedPack | PackLoadError {
  return load(json, source, true);
}

/**
 * For the built-in packs, whose JSON the tests validate against the schema: only the
 * semantic checks run, so startup does not pay for compiling the schema.
 */
export function loadBuiltinPack(json: unknown, source: string): LoadedPack | PackLoadError {
  return load(json, source, false);
}

function load(json: unknown, source: string, validateSchema: boolean): LoadedPack | PackLoadError {
  try {
    const schemaProblems = validateSchema ? validatePackSchema(json) : [];
    if (schemaProblems.length > 0) return loadError(source, schemaProblems);
    const problems = new Problems();
    const pack = compile(json as PackJson, source, problems);
    return problems.list.length > 0 ? loadError(source, problems.list) : pack;
  } catch (e) {
    // Defensive: a bug in the checks above must still name the pack rather than crash the server.
    return loadError(source, [{ pointer: '', message: `could not load the pack: ${(e as Error).message}` }]);
  }
}
