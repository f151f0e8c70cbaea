import { quietOfficeOutsideOffice } from "../../src/taskpane/quietOfficeOutsideOffice";

describe("quietOfficeOutsideOffice", () => {
  it("turns the pending telemetry frame load of office.js's logger into a no-op", () => {
    const loaded: string[] = [];
    // Shaped like office.js's ULSEndpointProxy: the method lives on the prototype.
    const proto = { loadProxyFrame: () => loaded.push("telemetryproxy.html") };
    const endpoint = Object.create(proto) as typeof proto;
    const global = { OSF: { Logger: { ulsEndpoint: endpoint } } };
    quietOfficeOutsideOffice(global);
    endpoint.loadProxyFrame();
    expect(loaded).toEqual([]);
  });

  it("does nothing when office.js is absent or made no logger", () => {
    expect(() => quietOfficeOutsideOffice({})).not.toThrow();
    expect(() =>
      quietOfficeOutsideOffice({ OSF: { Logger: { ulsEndpoint: null } } })
    ).not.toThrow();
  });
});
