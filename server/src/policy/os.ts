/**
 * Windows versions a rule pack can name (docs/policy.md, "Target OS"). The ids are the
 * ones used in Microsoft's TLS guidance tables; builds let packs use build ranges.
 */
export const OS_BUILDS = {
  ws2008sp2: '6.0.6002',
  win7: '6.1.7601',
  ws2008r2: '6.1.7601',
  win8: '6.2.9200',
  ws2012: '6.2.9200',
  win81: '6.3.9600',
  ws2012r2: '6.3.9600',
  win10: '10.0.10240',
  ws2016: '10.0.14393',
  ws2019: '10.0.17763',
  ws2022: '10.0.20348',
  win11: '10.0.22000',
  ws2025: '10.0.26100',
} as const;

export type OsId = keyof typeof OS_BUILDS;

export const OS_IDS: readonly OsId[] = Object.keys(OS_BUILDS) as OsId[];

export function isOsId(name: string): name is OsId {
  return Object.prototype.hasOwnProperty.call(OS_BUILDS, name);
}

/** Compares dotted build numbers numerically (`6.1.7601` < `10.0.14393`). */
export function compareBuilds(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
