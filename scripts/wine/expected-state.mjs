// Applies a fixture's expected operations to a registry (empty by default), giving the same
// shape as parseHive, so the two can be compared.

export function applyOperations(operations, initial = new Map()) {
  const keys = new Map([...initial].map(([k, v]) => [k, { path: v.path, values: new Map(v.values) }]));
  const ensure = (path) => {
    const parts = path.split('\\');
    for (let n = 1; n <= parts.length; n++) {
      const p = parts.slice(0, n).join('\\');
      if (!keys.has(p.toLowerCase())) keys.set(p.toLowerCase(), { path: p, values: new Map() });
    }
    return keys.get(path.toLowerCase());
  };
  for (const op of operations) {
    const lower = op.key.toLowerCase();
    if (op.op === 'createKey') ensure(op.key);
    if (op.op === 'deleteKey') {
      for (const k of [...keys.keys()]) if (k === lower || k.startsWith(`${lower}\\`)) keys.delete(k);
    }
    if (op.op === 'setValue') {
      const values = ensure(op.key).values;
      const existing = values.get(op.name.toLowerCase());
      values.set(op.name.toLowerCase(), { name: existing?.name ?? op.name, type: op.type, data: op.data });
    }
    if (op.op === 'deleteValue') keys.get(lower)?.values.delete(op.name.toLowerCase());
  }
  return keys;
}

/** Keys whose path starts with `prefix` (case-insensitive), as sorted lines for a readable diff. */
export function describeSubtree(keys, prefix) {
  const p = prefix.toLowerCase();
  const lines = [];
  for (const [lower, key] of keys) {
    if (!lower.startsWith(p)) continue;
    lines.push(`[${lower}]`);
    for (const [name, v] of key.values) lines.push(`[${lower}] "${name}" type=${v.type} data=${v.data}`);
  }
  return lines.sort();
}
