import { promises as fs } from 'fs';
import * as path from 'path';
import type { LoadedPack } from '../policy';
import { findConfigFile } from './discover';
import { ConfigError } from './errors';
import { loadPackFile } from './packFiles';
import { parseConfigText } from './parse';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from './resolve';

/**
 * Finds and resolves the configuration for each linted file: the nearest `.regpolicy.json`
 * (or the one given in the overrides), merged with the overrides. Folders, config files and
 * pack files are each read once per resolver.
 */
export class ConfigResolver {
  private readonly folders = new Map<string, string | undefined>();
  private readonly byFolder = new Map<string, Promise<ResolvedConfig>>();
  private readonly configs = new Map<string, Promise<ResolvedConfig>>();
  private readonly packs = new Map<string, Promise<LoadedPack>>();

  constructor(
    private readonly overrides: ConfigOverrides = {},
    /** Base for relative paths when no config file applies. */
    private readonly cwd: string = process.cwd(),
  ) {}

  forFile(filePath: string): Promise<ResolvedConfig> {
    // Files of one folder share a config: answer them without walking or awaiting again.
    const folder = path.dirname(path.resolve(filePath));
    let config = this.byFolder.get(folder);
    if (!config) {
      config = this.resolveFolder(folder);
      this.byFolder.set(folder, config);
    }
    return config;
  }

  private async resolveFolder(folder: string): Promise<ResolvedConfig> {
    const file = this.overrides.configFile ?? (await findConfigFile(folder, this.folders));
    const key = file ?? '';
    let config = this.configs.get(key);
    if (!config) {
      config = this.load(file);
      this.configs.set(key, config);
    }
    return config;
  }

  /** Config files or packs changed on disk. */
  clear(): void {
    this.folders.clear();
    this.byFolder.clear();
    this.configs.clear();
    this.packs.clear();
  }

  private async load(file: string | undefined): Promise<ResolvedConfig> {
    const loadPack = (packFile: string): Promise<LoadedPack> => {
      let pack = this.packs.get(packFile);
      if (!pack) {
        pack = loadPackFile(packFile);
        this.packs.set(packFile, pack);
      }
      return pack;
    };
    if (!file) return resolveConfig({}, { baseDir: this.cwd }, this.overrides, loadPack);
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (err) {
      throw new ConfigError(file, '', `cannot read configuration (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    return resolveConfig(parseConfigText(text, file), { file, baseDir: path.dirname(file) }, this.overrides, loadPack);
  }
}

/** The configuration for one file (contract in docs/architecture.md). */
export function findConfig(filePath: string, overrides: ConfigOverrides = {}): Promise<ResolvedConfig> {
  return new ConfigResolver(overrides, path.dirname(path.resolve(filePath))).forFile(filePath);
}
