import { createContext, useContext } from "react";
import type { FeatureId, FeatureStatus, HostCapabilities } from "../../workbook/capabilities";

/**
 * The host's capabilities for every pane component (App provides it). A component asks
 * `useFeature("kpiCharts")` and disables its control with the status's reason when unavailable.
 */
export const CapabilitiesContext = createContext<HostCapabilities | null>(null);

/**
 * The status of one feature; without a provider (component tests of a single panel) every
 * feature counts as available, as in the memory workbook.
 *
 * @example const charts = useFeature("kpiCharts"); <Button disabled={!charts.available} />
 */
export function useFeature(id: FeatureId): FeatureStatus {
  const capabilities = useContext(CapabilitiesContext);
  return capabilities?.features[id] ?? { id, available: true, missing: [] };
}
