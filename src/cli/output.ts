/** Where the CLI writes: process.stdout / process.stderr, or buffers in tests. */
export interface Output {
  stdout: OutputStream;
  stderr: OutputStream;
}

/**
 * A writable text stream. `write` returning false asks the writer to wait for "drain" (node's
 * back-pressure); streams without `once` (test buffers) are written to without waiting.
 */
export interface OutputStream {
  write(text: string): unknown;
  once?(event: "drain" | "close" | "error", listener: () => void): unknown;
  on?(event: "error", listener: (error: NodeJS.ErrnoException) => void): unknown;
  removeListener?(event: "drain" | "close" | "error", listener: () => void): unknown;
  destroyed?: boolean;
}

/** Streams whose reader went away (`zaisei inspect big.xlsx | head`): written to no more. */
const broken = new WeakSet<OutputStream>();
/** A stream error other than a closed pipe (a full disk): the command then fails. */
const failures = new WeakMap<OutputStream, Error>();
const watched = new WeakSet<OutputStream>();

/**
 * Makes a closed pipe end the output quietly: EPIPE on the stream marks it broken (nothing more
 * is written, no stack trace, the exit code stays what the command returns). Any other stream
 * error also stops the output and is kept for {@link streamFailure}. Called once per stream by `main`.
 */
export function watchBrokenPipe(stream: OutputStream): void {
  if (watched.has(stream) || typeof stream.on !== "function") return;
  watched.add(stream);
  stream.on("error", (error: NodeJS.ErrnoException) => {
    broken.add(stream);
    if (error.code !== "EPIPE" && !failures.has(stream)) failures.set(stream, error);
  });
}

/** The error that stopped a stream, unless it was only a closed pipe. */
export function streamFailure(stream: OutputStream): Error | undefined {
  return failures.get(stream);
}

/** Whether the reader of a stream has gone (EPIPE seen or the stream destroyed). */
export function isBroken(stream: OutputStream): boolean {
  return broken.has(stream) || stream.destroyed === true;
}

/** Bytes gathered before one write: large enough to be cheap, small enough to start output early. */
const PIECE = 64 * 1024;

/** Waits until the stream drains, closes or fails, whichever comes first. */
function drained(stream: OutputStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.removeListener?.("drain", done);
      stream.removeListener?.("close", done);
      stream.removeListener?.("error", done);
      resolve();
    };
    stream.once!("drain", done);
    stream.once!("close", done);
    stream.once!("error", done);
  });
}

/**
 * Writes pieces of text to a stream in chunks of about 64 KiB, waiting for "drain" when the
 * stream asks to (so the process holds one chunk, not the whole output), and stopping as soon
 * as the reader has gone.
 *
 * @example await writePieces(process.stdout, lines.map((l) => `${l}\n`))
 */
export async function writePieces(stream: OutputStream, pieces: Iterable<string>): Promise<void> {
  let chunk = "";
  const flush = async (): Promise<void> => {
    if (chunk === "" || isBroken(stream)) return;
    const ok = stream.write(chunk);
    chunk = "";
    if (ok === false && typeof stream.once === "function" && !isBroken(stream))
      await drained(stream);
  };
  for (const piece of pieces) {
    if (isBroken(stream)) return;
    chunk += piece;
    if (chunk.length >= PIECE) await flush();
  }
  await flush();
}
