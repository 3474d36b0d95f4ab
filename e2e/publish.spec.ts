import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { createPostFromTexts } from "@/e2e/support/factories";
import {
  approveAllSegments,
  createOwnSeedPost,
  openPublishPanel,
  resolveAllFindings,
  segmentContaining,
  signInAs,
  testDb,
} from "./support/app";

test("a publisher publishes the fully approved seed post and an anonymous visitor reads it with credits and the source link", async ({
  page,
  browser,
}) => {
  const post = await createOwnSeedPost();
  await signInAs(page, "publisher");
  await resolveAllFindings(page, post.id);
  await approveAllSegments(post.id);
  await page.goto(`/posts/${post.id}`);
  const checklist = page.getByRole("list", { name: "Publish checklist" });
  await expect(checklist).toContainText("Every segment approved");
  await expect(checklist.getByText("Not passed")).toHaveCount(0);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByText("Version 1").first()).toBeVisible();
  const publication = await testDb().publication.findFirstOrThrow({ where: { postId: post.id } });
  expect(publication).toMatchObject({ version: 1, overrideReason: null, withdrawnAt: null });

  const visitor = await (await browser.newContext()).newPage();
  const response = await visitor.goto(`/p/fr/${post.slug}`);
  expect(response?.headers()["content-security-policy"]).toContain("script-src 'none'");
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("IBM et Amazon acceptent de prendre du recul");
  await expect(visitor.getByText("Machine translation corrected by volunteers.")).toBeVisible();
  await expect(visitor.getByText(/Translators: .*Théo Traducteur/)).toBeVisible();
  await expect(visitor.getByText(/Reviewers: .*Rita Relectrice/)).toBeVisible();
  await expect(visitor.getByRole("link", { name: /eff\.org\/deeplinks\/2020\/06\/ibm-amazon/ })).toBeVisible();
  await expect(visitor.locator("article")).toContainText("des faces de membres");
  await visitor.goto("/p");
  await expect(visitor.getByRole("link", { name: /IBM et Amazon acceptent/ }).first()).toBeVisible();
  const feed = await visitor.request.get("/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  // RFC 4287: the feed and each entry need id, title and updated; entries an alternate link
  const atom = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "entry" || name === "link" }).parse(
    xml,
  ).feed;
  expect(atom["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect([atom.id, atom.title, atom.updated].every(Boolean)).toBe(true);
  const entry = (atom.entry as Record<string, unknown>[]).find((e) =>
    (e.link as { "@_href": string }[]).some((l) => l["@_href"].endsWith(`/p/fr/${post.slug}`)),
  );
  expect(entry && [entry.id, entry.title, entry.updated, entry.content].every(Boolean)).toBe(true);
});

test("a gate failure is shown and publishing anyway needs a written reason, kept with the publication", async ({
  page,
}) => {
  const post = await createOwnSeedPost();
  await signInAs(page, "publisher");
  await page.goto(`/posts/${post.id}`);
  await openPublishPanel(page);
  const checklist = page.getByRole("list", { name: "Publish checklist" });
  await expect(checklist.getByRole("listitem").filter({ hasText: "Every segment approved (0 of" })).toContainText(
    "Not passed",
  );
  const publish = page.getByRole("button", { name: "Publish anyway" });
  await expect(publish).toBeDisabled();
  await page.getByLabel(/To publish anyway, say why/).fill("Urgent: the campaign starts tonight.");
  await publish.click();
  await expect(page.getByText("Published despite the checklist: Urgent: the campaign starts tonight.")).toBeVisible();
  const publication = await testDb().publication.findFirstOrThrow({ where: { postId: post.id } });
  expect(publication.overrideReason).toBe("Urgent: the campaign starts tonight.");

  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toHaveCount(0);
  expect((await page.request.get(`/p/fr/${post.slug}`)).status()).toBe(404);
  expect(await testDb().publication.count({ where: { postId: post.id } })).toBe(1);
});

test("an XLIFF file edited in another tool updates its segment as a new revision", async ({ page }) => {
  const post = await createOwnSeedPost();
  const segment = await segmentContaining(post.id, "L'activisme fonctionne.");
  await signInAs(page, "publisher");
  const exported = await page.request.get(`/api/posts/${post.id}/export/xliff`);
  expect(exported.status()).toBe(200);
  const xml = (await exported.text()).replace("L'activisme fonctionne.", "Le militantisme fonctionne.");
  expect(xml).toContain("Le militantisme fonctionne.");
  await page.goto(`/posts/${post.id}`);
  await openPublishPanel(page);
  await page.getByLabel("Import an XLIFF file edited in another tool").setInputFiles({
    name: "post.fr.xlf",
    mimeType: "application/xliff+xml",
    buffer: Buffer.from(xml),
  });
  await page.getByRole("button", { name: "Import XLIFF" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 updated" })).toBeVisible();
  const updated = await testDb().segment.findUniqueOrThrow({ where: { id: segment.id } });
  expect(updated.targetText).toBe("Le militantisme fonctionne.");
  const revision = await testDb().revision.findFirstOrThrow({
    where: { segmentId: segment.id },
    orderBy: { id: "desc" },
    include: { author: true },
  });
  expect(revision).toMatchObject({ kind: "xliff-import", author: { name: "Paul Publieur" } });
});

test("no script from any text runs on the public page (import, editing and publishing)", async ({ page, browser }) => {
  const attack = `<img src=x onerror="document.title='pwned'">`;
  const created = await createPostFromTexts(testDb(), {
    format: "html",
    source: `<h1>Security notes</h1><p>Read <a href="javascript:document.title='pwned'">this</a> carefully. It matters.</p><script>document.title='pwned'</script><p onclick="x()">Second paragraph here.</p>`,
    mt: `<h1>Notes de sécurité</h1><p>Lisez <a href="javascript:document.title='pwned'">ceci</a> attentivement. C'est important.</p><script>document.title='pwned'</script><p>Second paragraphe ici ${attack}.</p>`,
  });
  await signInAs(page, "translator");
  await page.goto(`/posts/${created.id}`);
  await page.getByRole("button", { name: /^Edit segment 2: / }).click();
  await page
    .getByRole("textbox", { name: "Translation of segment 2" })
    .fill(`Lisez ceci. ${attack}<script>document.title='pwned'</script>`);
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("listitem", { name: "Segment 2" }).getByText("Edited", { exact: true })).toBeVisible();
  const publisher = await (await browser.newContext()).newPage();
  await signInAs(publisher, "publisher");
  await publisher.goto(`/posts/${created.id}`);
  await openPublishPanel(publisher);
  await publisher.getByLabel(/To publish anyway, say why/).fill("Security test publication.");
  await publisher.getByRole("button", { name: "Publish anyway" }).click();
  await expect(publisher.getByText("Version 1").first()).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  visitor.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await visitor.goto(`/p/fr/${created.slug}`);
  await expect(visitor.locator("article")).toContainText("Lisez");
  await expect(visitor.locator("article")).toContainText("<script>");
  expect(await visitor.locator("article script, article [onerror], article [onclick]").count()).toBe(0);
  expect(await visitor.locator('article a[href^="javascript"]').count()).toBe(0);
  expect(await visitor.title()).not.toBe("pwned");
  expect(dialogs).toEqual([]);
});
