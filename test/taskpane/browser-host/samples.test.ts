import { existsSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE_FILES, sampleUrl } from "../../../src/taskpane/browser-host/samples";

describe("SAMPLE_FILES", () => {
  it("names only workbooks that the build copies from assets/samples", () => {
    const missing = SAMPLE_FILES.filter(
      (file) => !existsSync(join(__dirname, "../../../assets/samples", `${file}.xlsx`))
    );
    expect(missing).toEqual([]);
  });
});

describe("sampleUrl", () => {
  it("is relative to the page, so the pane works under any path prefix", () => {
    expect(sampleUrl("himi-fiscal-outlook")).toBe("samples/himi-fiscal-outlook.xlsx");
  });
});
