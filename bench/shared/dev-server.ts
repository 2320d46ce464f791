import { TEMPORAL_CLI_VERSION } from '@personnel/dev-runtime';

/** `devServer` of a result file: the Temporal dev server both sides of a run shared. */
export interface DevServerRecord {
  temporalCliPinned: string;
  headless: true;
  /** `--dynamic-config-value` pragmas the dev server ran with (shared by both sides). */
  dynamicConfig: Record<string, string | number | boolean>;
  /** `--sqlite-pragma` settings of its SQLite store. */
  sqlitePragmas: Record<string, string>;
}

export function devServerRecord(settings: {
  dynamicConfig: DevServerRecord['dynamicConfig'];
  sqlitePragmas: DevServerRecord['sqlitePragmas'];
}): DevServerRecord {
  return {
    temporalCliPinned: TEMPORAL_CLI_VERSION,
    headless: true,
    dynamicConfig: settings.dynamicConfig,
    sqlitePragmas: settings.sqlitePragmas,
  };
}
