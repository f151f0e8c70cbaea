// A tiny static file server for the browser test: 127.0.0.1 only, a random free port, the
// content types the add-in needs, and nothing outside the served folder.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
  ".css": "text/css; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `dir` on 127.0.0.1:<free port>.
 *
 * @example const server = await serveStatic("/tmp/build"); await fetch(`${server.origin}/taskpane.html`);
 */
export function serveStatic(dir) {
  const base = normalize(dir + sep);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const file = normalize(join(base, path === "/" ? "taskpane.html" : path));
    let ok = false;
    try {
      ok = file.startsWith(base) && statSync(file).isFile();
    } catch {
      ok = false;
    }
    if (!ok || req.method !== "GET") {
      res.writeHead(ok ? 405 : 404, { "content-type": "text/plain; charset=utf-8" });
      res.end(ok ? "method not allowed" : "not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
