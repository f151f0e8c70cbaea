import { FEATURE_IDS } from "../../../src/workbook/capabilities";
import type {
  FeatureId,
  FeatureStatus,
  HostCapabilities,
} from "../../../src/workbook/capabilities";

/**
 * Capabilities of an Excel where the given features cannot run (each with a reason and a
 * remedy), every other feature available: a literal, so the pane's tests do not depend on how
 * detection decides.
 */
export function capabilitiesWithout(
  unavailable: Partial<Record<FeatureId, { reason: string; remedy?: string }>>
): HostCapabilities {
  const features = {} as Record<FeatureId, FeatureStatus>;
  for (const id of FEATURE_IDS) {
    const off = unavailable[id];
    features[id] = off
      ? {
          id,
          available: false,
          missing: [],
          reason: { code: off.reason },
          ...(off.remedy ? { remedy: { code: off.remedy } } : {}),
        }
      : { id, available: true, missing: [] };
  }
  return { host: "excel", excelApi: "1.12", features };
}
