import { FUNCTIONS } from "../../src/core/catalogue";
import { MESSAGES } from "../../src/core/messages";
import { SAMPLE_FILES } from "../../src/taskpane/browser-host/samples";

describe("uiMessages", () => {
  it("has a message for every code the pane builds from data (rounding, confidence, samples)", () => {
    const built = [
      ...FUNCTIONS.flatMap((f) => (f.precision ? [`ui.fn.rounding.${f.precision.rounding}`] : [])),
      ...(["half-up", "down", "up"] as const).map((mode) => `ui.fn.rounding.${mode}`),
      ...(["H", "M", "L"] as const).map((c) => `ui.fn.confidence.${c}`),
      ...SAMPLE_FILES.map((file) => `ui.host.sample.${file}`),
    ];
    expect(built.filter((code) => !(code in MESSAGES))).toEqual([]);
  });
});
