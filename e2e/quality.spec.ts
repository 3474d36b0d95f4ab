import { expect, type Page, test } from "@playwright/test";
import { createOwnSeedPost, segmentContaining, signInAs, testDb } from "./support/app";

async function rowOf(page: Page, postId: number, text: string) {
  const segment = await segmentContaining(postId, text);
  return { segment, row: page.locator(`#segment-${segment.id}`) };
}

test("the seed post shows the “f aces”, “l' ACLU” and “police .” findings, and a one-click fix resolves one", async ({
  page,
}) => {
  const post = await createOwnSeedPost();
  await signInAs(page, "translator");
  await page.goto(`/posts/${post.id}`);
  await page.getByLabel("Show", { exact: true }).selectOption("with-findings");

  const faces = await rowOf(page, post.id, "f aces");
  const checks = faces.row.getByRole("list", { name: "Quality checks" });
  await expect(checks).toContainText('"f aces" looks like one word split in two: "faces".');
  await expect(checks).toContainText(`Space after "l'"`);
  const police = await rowOf(page, post.id, "police .");
  await expect(police.row.getByRole("list", { name: "Quality checks" })).toContainText('Space before ".": remove it.');

  await checks.getByRole("button", { name: "Fix: “faces”" }).click();
  await expect(checks).not.toContainText("looks like one word split in two");
  const fixed = await testDb().segment.findUniqueOrThrow({ where: { id: faces.segment.id } });
  expect(fixed.targetText).toContain("des faces de membres");
  expect(fixed.state).toBe("EDITED");
  const last = await testDb().revision.findFirstOrThrow({
    where: { segmentId: faces.segment.id },
    orderBy: { id: "desc" },
  });
  expect(last.kind).toBe("autofix");
});

test("“fix all” of French spacing fixes every segment as attributed revisions, and one can be reverted", async ({
  page,
}) => {
  const post = await createOwnSeedPost();
  await signInAs(page, "translator");
  await page.goto(`/posts/${post.id}`);
  const police = await rowOf(page, post.id, "police .");
  const aclu = await rowOf(page, post.id, "l' ACLU");
  const before = await testDb().segment.count({ where: { postId: post.id, state: "EDITED" } });
  await police.row.getByRole("button", { name: /^Fix all \d+ \(stray spaces\)$/ }).click();
  await expect(police.row.getByRole("list", { name: "Quality checks" })).not.toContainText('Space before ".');
  await expect(aclu.row.getByRole("list", { name: "Quality checks" })).not.toContainText(`Space after "l'"`);

  const fixedPolice = await testDb().segment.findUniqueOrThrow({ where: { id: police.segment.id } });
  const fixedAclu = await testDb().segment.findUniqueOrThrow({ where: { id: aclu.segment.id } });
  expect(fixedPolice.targetText).toContain("services de police.");
  expect(fixedAclu.targetText).toContain("l'ACLU");
  expect(await testDb().segment.count({ where: { postId: post.id, state: "EDITED" } })).toBeGreaterThan(before + 1);
  const autofixes = await testDb().revision.findMany({
    where: { kind: "autofix", segment: { postId: post.id } },
    include: { author: true },
  });
  expect(autofixes.length).toBeGreaterThanOrEqual(2);
  expect(autofixes.every((r) => r.author?.name === "Théo Traducteur")).toBe(true);

  await police.row.getByRole("button", { name: "History" }).click();
  const history = police.row.getByRole("region", { name: "History" });
  await expect(history.getByText("fixed automatically")).toBeVisible();
  await history.getByRole("button", { name: "Restore this version" }).click();
  await expect
    .poll(async () => (await testDb().segment.findUniqueOrThrow({ where: { id: police.segment.id } })).targetText)
    .toBe(police.segment.mtText);
});

test("a finding dismissed as a false positive stays dismissed", async ({ page }) => {
  const post = await createOwnSeedPost();
  const segment = await segmentContaining(post.id, "Où est Microsoft?");
  await signInAs(page, "translator");
  await page.goto(`/posts/${post.id}`);
  const row = page.locator(`#segment-${segment.id}`);
  const checks = row.getByRole("list", { name: "Quality checks" });
  await expect(checks).toBeVisible();
  const count = await checks.getByRole("listitem").count();
  await checks.getByRole("button", { name: "Not a problem…" }).first().click();
  await checks.getByLabel("Why is this not a problem?").fill("Le titre garde la ponctuation de la source.");
  await checks.getByRole("button", { name: "Dismiss" }).click();
  await expect(checks.getByRole("listitem")).toHaveCount(count - 1);
  await page.reload();
  await expect(row.getByRole("list", { name: "Quality checks" }).getByRole("listitem")).toHaveCount(count - 1);
  const dismissal = await testDb().qaDismissal.findFirstOrThrow({ where: { segmentId: segment.id } });
  expect(dismissal.reason).toBe("Le titre garde la ponctuation de la source.");
});
