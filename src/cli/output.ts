/** Where the CLI writes: process.stdout / process.stderr, or buffers in tests. */
export interface Output {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}
