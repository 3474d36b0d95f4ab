import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { readSeedPost } from "@/e2e/support/factories";
import { signInAs, testDb } from "./support/app";

const seed = readSeedPost();
let server: Server;
let base: string;

// A stand-in for the web: the machine-translated page and the English original, on this machine.
test.beforeAll(async () => {
  server = createServer((request, response) => {
    const pages: Record<string, [string, string]> = {
      "/fr/ibm-amazon.html": [
        "text/html; charset=utf-8",
        `<!doctype html><html><head><title>MT</title></head><body><nav>Menu</nav><article>${seed.mt
          .split(/\n\s*\n/)
          .map((p) => `<p>${p.trim()}</p>`)
          .join("")}</article><footer>Pied de page du site</footer></body></html>`,
      ],
      "/en/ibm-amazon.txt": ["text/plain; charset=utf-8", seed.source],
    };
    const page = pages[request.url ?? ""];
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": page[0] }).end(page[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => server.close());

test("a publisher imports the seed post by pasting both texts and lands on it with the segments side by side", async ({
  page,
}) => {
  await signInAs(page, "publisher");
  await page.getByRole("link", { name: "Import a post" }).click();
  await page.getByLabel("Machine-translated text").fill(seed.mt);
  await page.getByLabel("Source text").fill(seed.source);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page).toHaveURL(/\/posts\/\d+$/);
  const id = Number(page.url().split("/").pop());
  const post = await testDb().post.findUniqueOrThrow({
    where: { id },
    include: { _count: { select: { segments: true } } },
  });
  expect(post).toMatchObject({
    title: "IBM et Amazon acceptent de prendre du recul par rapport à la reconnaissance faciale. Où est Microsoft?",
    sourceUrl: "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft",
  });
  expect(post.sourceDate?.toISOString()).toBe("2020-06-11T01:08:42.000Z");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(post.title);
  await expect(page.getByRole("listitem", { name: /^Segment \d+$/ })).toHaveCount(post._count.segments);
  const row = page.getByRole("listitem").filter({ hasText: "l' ACLU a organisé des f aces" });
  await expect(row).toContainText("In 2018, the ACLU ran the faces");
  // the footer is provenance, not a segment
  expect(await testDb().segment.count({ where: { postId: id, mtText: { contains: "traduction automatique" } } })).toBe(
    0,
  );
});

test("importing by URL from a local test server works, the source found from the MT footer's page", async ({
  page,
}) => {
  await signInAs(page, "publisher");
  await page.goto("/posts/import");
  const mt = page.getByRole("group", { name: "Machine translation" });
  await mt.getByText("From a URL").click();
  await page.getByLabel("Address of the machine-translated page").fill(`${base}/fr/ibm-amazon.html`);
  const source = page.getByRole("group", { name: "English source" });
  await source.getByText("From a URL").click();
  await page.getByLabel("Address of the original post").fill(`${base}/en/ibm-amazon.txt`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page).toHaveURL(/\/posts\/\d+$/);
  const id = Number(page.url().split("/").pop());
  const segments = await testDb().segment.findMany({ where: { postId: id } });
  expect(segments.length).toBeGreaterThan(30);
  expect(segments.some((s) => s.mtText.includes("Menu") || s.mtText.includes("Pied de page"))).toBe(false);
});

test("a bad file gets a message naming the problem, and nothing is imported", async ({ page }) => {
  await signInAs(page, "publisher");
  await page.goto("/posts/import");
  const before = await testDb().post.count();
  const mt = page.getByRole("group", { name: "Machine translation" });
  await mt.getByText("Upload a file").click();
  await page.getByLabel("Machine-translation file").setInputFiles({
    name: "scan.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0])]),
  });
  await page.getByLabel("Source text").fill(seed.source);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The machine translation" })).toContainText("binary");
  expect(await testDb().post.count()).toBe(before);
});

test("a translator cannot reach the import page", async ({ page }) => {
  await signInAs(page, "translator");
  await expect(page.getByRole("link", { name: "Import a post" })).toHaveCount(0);
  const response = await page.goto("/posts/import");
  expect(response?.status()).toBe(403);
});
