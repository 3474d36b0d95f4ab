// A text file of one segment per line, as the command-line tools take them: UTF-8, byte-order mark and CRLF
// tolerated, the final newline optional. Throws an Error whose message is the one line to show the user.

import { readFileSync } from "node:fs";

const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function readLineFile(path: string): string[] {
  let content: Buffer;
  try {
    content = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === "ENOENT" ? `no such file: ${path}` : `cannot read ${path} (${code ?? (error as Error).message})`,
    );
  }
  if (content.length > MAX_FILE_BYTES) throw new Error(`${path} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
  if (content.includes(0)) throw new Error(`${path} looks like a binary file, not text with one segment per line`);
  const lines = content
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}
