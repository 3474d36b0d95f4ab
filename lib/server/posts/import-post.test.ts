import { execFileSync } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { setUpTestDatabase } from "@/tests/test-database";
import { createUser, readSeedPost } from "../../../e2e/support/factories";
import { importFeed } from "./import-feed";
import { importPost } from "./import-post";

const database = setUpTestDatabase();
const seed = readSeedPost();
let server: http.Server;
let base: string;
let publisher: CurrentUser;

// The seed MT with its footer pointing at this test server instead of eff.org
function mtPointingAt(url: string, mt = seed.mt): string {
  return mt.replace(/https:\/\/www\.eff\.org\/deeplinks\/\S+ le/, `${url} le`);
}

beforeAll(async () => {
  process.env.FETCH_ALLOW_PRIVATE = "true";
  server = http.createServer((request, response) => {
    const url = request.url ?? "";
    if (url.startsWith("/en/")) {
      response.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(seed.source);
    } else if (url === "/feed.xml") {
      const item = (slug: string, title: string) =>
        `<item><title>${title}</title><link>${base}/fr/${slug}</link><guid>${base}/fr/${slug}</guid><content:encoded><![CDATA[${mtPointingAt(
          `${base}/${slug === "missing" ? "gone" : "en"}/${slug}`,
        )
          .split(/\n\s*\n/)
          .map((p) => `<p>${p.trim()}</p>`)
          .join("")}]]></content:encoded></item>`;
      response
        .writeHead(200, { "content-type": "application/rss+xml" })
        .end(
          `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>MT</title>${item("one", "Un")}${item("missing", "Manquant")}${item("two", "Deux")}</channel></rss>`,
        );
    } else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const user = await createUser(database.prisma(), {
    email: "publisher@import.test",
    name: "Pia Publisher",
    role: "publisher",
    password: "publisher-password",
  });
  publisher = { id: user.id, email: user.email, name: user.name, role: "publisher", locale: null };
});

afterAll(() => server.close());

describe("importPost", () => {
  it("stores the pasted seed post whole: blocks, aligned segments, their import revisions and the audit row", async () => {
    const summary = await importPost({
      actor: publisher,
      mt: { kind: "text", text: seed.mt },
      source: { kind: "text", text: seed.source },
    });
    expect(summary).toMatchObject({
      sourceUrl: "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft",
      sourceDate: "2020-06-11T01:08:42.000Z",
      slug: "ibm-amazon-end-and-pause-fr-programs-where-microsoft",
    });
    expect(summary.segments).toBeGreaterThan(40);
    const prisma = database.prisma();
    expect(await prisma.segment.count({ where: { postId: summary.id } })).toBe(summary.segments);
    expect(await prisma.block.count({ where: { postId: summary.id } })).toBe(summary.blocks);
    expect(await prisma.revision.count({ where: { kind: "import", segment: { postId: summary.id } } })).toBe(
      summary.segments,
    );
    expect(await prisma.auditEvent.count({ where: { postId: summary.id, action: "post.import" } })).toBe(1);
    const faces = await prisma.segment.findFirstOrThrow({
      where: { postId: summary.id, mtText: { contains: "f aces" } },
    });
    expect(faces.sourceText).toContain("the ACLU ran the faces");
  });

  it("fetches the English source from the URL in the MT footer when none is given", async () => {
    const summary = await importPost({ actor: publisher, mt: { kind: "text", text: mtPointingAt(`${base}/en/post`) } });
    expect(summary.sourceUrl).toBe(`${base}/en/post`);
    expect(summary.segments).toBeGreaterThan(40);
  });

  it("refuses bad input with a message naming the problem, and stores nothing", async () => {
    const prisma = database.prisma();
    const before = await prisma.post.count();
    const attempts: [Parameters<typeof importPost>[0], RegExp][] = [
      [
        { actor: publisher, mt: { kind: "text", text: "   " }, source: { kind: "text", text: seed.source } },
        /machine translation.*empty/i,
      ],
      [
        {
          actor: publisher,
          mt: { kind: "file", filename: "scan.pdf", bytes: new Uint8Array([37, 80, 68, 70, 0, 1, 2, 0, 255]) },
          source: { kind: "text", text: seed.source },
        },
        /binary/i,
      ],
      [
        { actor: publisher, mt: { kind: "text", text: seed.mt }, source: { kind: "text", text: seed.mt } },
        /source looks like French/,
      ],
      [
        {
          actor: publisher,
          mt: { kind: "text", text: seed.mt },
          source: {
            kind: "text",
            text: "Gardening notes\n\nTomatoes need sun and water every day. Plant them in May, after the last frost. Basil grows well beside them and keeps pests away.\n\nIn autumn, dig compost into the beds and cover them with straw until spring.",
          },
        },
        /do not match/,
      ],
      [{ actor: publisher, mt: { kind: "text", text: "Un texte sans pied de page." } }, /Give the English source/],
    ];
    for (const [options, message] of attempts) {
      await expect(importPost(options)).rejects.toMatchObject({ message: expect.stringMatching(message) });
    }
    expect(await prisma.post.count()).toBe(before);
  });

  it("is refused to a translator", async () => {
    await expect(
      importPost({
        actor: { ...publisher, role: "translator" },
        mt: { kind: "text", text: seed.mt },
        source: { kind: "text", text: seed.source },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("importFeed", () => {
  it("imports item by item, goes on after a bad item, and does not duplicate on a second run", async () => {
    const progress: string[] = [];
    const first = await importFeed({
      actor: publisher,
      feed: { kind: "url", url: `${base}/feed.xml` },
      onProgress: (result, done, total) => progress.push(`${done}/${total} ${result.status}`),
    });
    expect(progress).toEqual(["1/3 imported", "2/3 failed", "3/3 imported"]);
    expect(first[1]).toMatchObject({ status: "failed", error: expect.stringMatching(/HTTP 404/) });
    const posts = await database.prisma().post.count();
    const second = await importFeed({ actor: publisher, feed: { kind: "url", url: `${base}/feed.xml` } });
    expect(second.map((r) => r.status)).toEqual(["existing", "failed", "existing"]);
    expect(await database.prisma().post.count()).toBe(posts);
  });
});

describe("the import command", () => {
  it("imports files into the configured database and prints the summary as JSON", () => {
    const output = execFileSync(
      "npx",
      [
        "tsx",
        "--conditions=react-server",
        "scripts/import.ts",
        "--mt",
        "fixtures/seed-post/fr.machine.txt",
        "--source",
        "fixtures/seed-post/en.source.txt",
        "--as",
        "publisher@import.test",
        "--json",
      ],
      { env: { ...process.env }, encoding: "utf8" },
    );
    const summary = JSON.parse(output);
    expect(Object.keys(summary).sort()).toEqual(
      ["blocks", "id", "lowConfidence", "segments", "slug", "sourceDate", "sourceUrl", "title"].sort(),
    );
    expect(summary.sourceDate).toBe("2020-06-11T01:08:42.000Z");
  });
});
