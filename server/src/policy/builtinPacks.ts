/** The packs that ship with Reg Policy, bundled by esbuild through resolveJsonModule. */
import azureBackupTls12 from './packs/azure-backup-tls12.json';
import tlsLegacyProtocolsDisabled from './packs/tls-legacy-protocols-disabled.json';
import { loadBuiltinPack } from './loader';
import { isPackLoadError, type LoadedPack } from './types';

function builtin(json: unknown, id: string): LoadedPack {
  const result = loadBuiltinPack(json, `builtin:${id}`);
  // A broken built-in pack is a build defect; the pack tests catch it before release.
  if (isPackLoadError(result)) throw new Error(result.message);
  return result;
}

/** The raw JSON, for tests that validate it against the schema. */
export const builtinPackJson: Readonly<Record<string, unknown>> = {
  'azure-backup-tls12': azureBackupTls12,
  'tls-legacy-protocols-disabled': tlsLegacyProtocolsDisabled,
};

export const builtinPacks: readonly LoadedPack[] = [
  builtin(azureBackupTls12, 'azure-backup-tls12'),
  builtin(tlsLegacyProtocolsDisabled, 'tls-legacy-protocols-disabled'),
];
