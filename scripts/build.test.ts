import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types
import { staleBuildReason } from "./build.mjs";

function write(root: string, file: string, content = "") {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

/** A project whose last complete build is `secondsAgo` old, with one source file older still. */
function builtProject(secondsAgo = 60) {
  const root = mkdtempSync(path.join(tmpdir(), "retouche-build-"));
  write(root, "app/page.tsx", "export default function Page() {}");
  write(root, ".next/BUILD_ID", "build-1\n");
  write(root, "dist/start.mjs");
  write(root, "dist/serve.mjs");
  write(root, "dist/build-info.json", JSON.stringify({ nextBuildId: "build-1" }));
  const built = Date.now() / 1000 - secondsAgo;
  utimesSync(path.join(root, "app/page.tsx"), built - 60, built - 60);
  utimesSync(path.join(root, "app"), built - 60, built - 60);
  utimesSync(path.join(root, "dist/build-info.json"), built, built);
  return root;
}

describe("staleBuildReason (npm start rebuilds only when it says why)", () => {
  it("asks for a build on a fresh clone", () => {
    expect(staleBuildReason(mkdtempSync(path.join(tmpdir(), "retouche-build-")))).toBe("no complete build yet");
  });

  it("lets a complete build newer than every source be used as it is", () => {
    expect(staleBuildReason(builtProject())).toBeNull();
  });

  it("rebuilds when a source changed since, naming it", () => {
    const root = builtProject();
    write(root, "app/page.tsx", "export default function Page() { return null; }");
    expect(staleBuildReason(root)).toBe("app changed since the last build");
    const other = builtProject();
    write(other, "scripts/serve.ts", "// changed");
    expect(staleBuildReason(other)).toBe("scripts/serve.ts changed since the last build");
  });

  it("does not rebuild for a test or a note beside the sources", () => {
    const root = builtProject();
    utimesSync(path.join(root, "app"), Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
    write(root, "app/page.test.ts", "// a test");
    write(root, "app/README.md", "notes");
    utimesSync(path.join(root, "app"), Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
    expect(staleBuildReason(root)).toBeNull();
  });

  it("rebuilds when half a build is there: Next's alone, or a compiled script missing", () => {
    const nextAlone = builtProject();
    write(nextAlone, ".next/BUILD_ID", "build-2\n");
    expect(staleBuildReason(nextAlone)).toBe(".next was rebuilt without dist/");
    const noServer = builtProject();
    rmSync(path.join(noServer, "dist/serve.mjs"));
    expect(staleBuildReason(noServer)).toBe("dist/serve.mjs is missing");
  });
});
