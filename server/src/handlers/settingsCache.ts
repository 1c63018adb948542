import { Connection } from 'vscode-languageserver';
import { defaultSettings, RegPolicySettings } from '../protocol';

/**
 * `regPolicy.*` settings per resource, fetched with workspace/configuration and cached per URI until the
 * client says they changed. Clients without the configuration capability get the defaults.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<RegPolicySettings>>();
  private global: RegPolicySettings = defaultSettings;

  constructor(
    private readonly connection: Connection,
    private readonly supportsConfiguration: () => boolean,
  ) {}

  get(uri: string): Promise<RegPolicySettings> {
    if (!this.supportsConfiguration()) return Promise.resolve(this.global);
    let settings = this.cache.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'regPolicy' })
        .then((value: Partial<RegPolicySettings> | null) => normalize(value), () => defaultSettings);
      this.cache.set(uri, settings);
    }
    return settings;
  }

  /** didChangeConfiguration: drop the cache; clients that push settings give them here. */
  reset(pushed?: unknown): void {
    this.cache.clear();
    const section = (pushed as { regPolicy?: Partial<RegPolicySettings> } | undefined)?.regPolicy;
    if (section) this.global = normalize(section);
  }
}

function stringArray(value: unknown, fallback: string[]): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : fallback;
}

/** Settings come from user JSON: keep the well-typed parts, default the rest. */
export function normalize(value: Partial<RegPolicySettings> | null | undefined): RegPolicySettings {
  const v = value ?? {};
  return {
    packs: stringArray(v.packs, defaultSettings.packs),
    targetOs: stringArray(v.targetOs, defaultSettings.targetOs),
    importer: v.importer === 'reg' ? 'reg' : 'regedit',
    codePage: typeof v.codePage === 'string' && v.codePage.length > 0 ? v.codePage : defaultSettings.codePage,
    lintWorkspace: typeof v.lintWorkspace === 'boolean' ? v.lintWorkspace : defaultSettings.lintWorkspace,
    exclude: stringArray(v.exclude, defaultSettings.exclude),
    rules: v.rules && typeof v.rules === 'object' ? { ...v.rules } : {},
  };
}
