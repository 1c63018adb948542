export { ConfigResolver, findConfig } from './resolver';
export { resolveConfig, isIgnored } from './resolve';
export type { ConfigOverrides, PackFileLoader, ResolvedConfig } from './resolve';
export { findConfigFile } from './discover';
export { parseConfigText } from './parse';
export { loadPackFile } from './packFiles';
export { ConfigError } from './errors';
export { CONFIG_FILE_NAME, SEVERITY_SETTINGS, configSchema } from './schema';
export type { ConfigFileContents, SeveritySetting } from './schema';
