/**
 * office.js opened outside Office (our browser host) falls back to its Office 2013 loader, whose
 * logger adds a hidden iframe from telemetryservice.firstpartyapps.oaspapps.com three seconds
 * after load (ULSEndpointProxy in o15apptofilemappingtable.js). The demo must not contact
 * Microsoft: municipal networks are often closed and nothing about the user's workbook should
 * leave the browser. Inside Excel this is never called; Office's own telemetry rules apply there.
 *
 * Impure: patches the global OSF logger instance if office.js created one.
 *
 * @example if (!info.host) quietOfficeOutsideOffice(window);
 */
export function quietOfficeOutsideOffice(global: object): void {
  const osf = (
    global as { OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } } }
  ).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  // The pending timer calls `this.loadProxyFrame()`; an own no-op property shadows the prototype's.
  if (endpoint) endpoint.loadProxyFrame = () => {};
}
