import { RESERVED_SETTING_PREFIX } from "./port";

/**
 * Refuses a setting key under the adapters' reserved prefix, for reading and writing alike: the
 * registries are the adapters' own (the memory workbook keeps none in its settings), so code that
 * read or wrote them would behave differently on the two. A programmer error, so a plain Error.
 *
 * @example checkSettingKey("zaisei.registry.marks") // throws
 */
export function checkSettingKey(key: string): void {
  if (key.startsWith(RESERVED_SETTING_PREFIX))
    throw new Error(`setting key ${key} is reserved for the adapters' registries`);
}

/**
 * The JSON text a setting is stored as (undefined for undefined, which deletes the setting).
 * Refuses a value JSON cannot hold at all (a function, a symbol): Excel's settings would refuse it
 * and the memory workbook would otherwise delete the setting instead.
 *
 * @example settingJson({ ui: "ja" }) // '{"ui":"ja"}'
 */
export function settingJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const json = JSON.stringify(value);
  if (json === undefined) throw new Error(`setting value of type ${typeof value} is not JSON`);
  return json;
}
