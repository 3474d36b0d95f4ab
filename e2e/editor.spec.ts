import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { createOwnSeedPost, segmentContaining, signInAs, testDb } from "./support/app";

/** The button that opens segment n for editing (its name also carries the segment's text). */
function editName(n: number) {
  return new RegExp(`^Edit segment ${n}: `);
}

function row(page: Page, n: number) {
  return page.getByRole("listitem", { name: `Segment ${n}`, exact: true });
}

async function numberOf(postId: number, segmentId: number) {
  const ids = (
    await testDb().segment.findMany({ where: { postId }, orderBy: { order: "asc" }, select: { id: true } })
  ).map((s) => s.id);
  return ids.indexOf(segmentId) + 1;
}

test("a translator fixes “f aces” in the seed post and sees the diff", async ({ page }) => {
  const post = await createOwnSeedPost();
  const segment = await segmentContaining(post.id, "f aces");
  await signInAs(page, "translator");
  await page.goto(`/posts/${post.id}`);
  const n = await numberOf(post.id, segment.id);
  await row(page, n)
    .getByRole("button", { name: editName(n) })
    .click();
  const box = row(page, n).getByRole("textbox", { name: `Translation of segment ${n}` });
  await expect(box).toBeFocused();
  await box.fill(segment.targetText.replace("f aces", "visages").replace("l' ACLU", "l'ACLU"));
  await box.press("Control+Enter");

  await expect(row(page, n).getByText("Edited", { exact: true })).toBeVisible();
  await expect(row(page, n).locator("del").filter({ hasText: "f aces" })).toBeVisible();
  await expect(row(page, n).locator("ins").filter({ hasText: "visages" })).toBeVisible();
  const saved = await testDb().segment.findUniqueOrThrow({ where: { id: segment.id } });
  expect(saved).toMatchObject({ state: "EDITED", version: 2 });
  expect(saved.targetText).toContain("des visages de membres");
  expect(saved.mtText).toContain("f aces");
  const revisions = await testDb().revision.findMany({ where: { segmentId: segment.id }, orderBy: { id: "asc" } });
  expect(revisions.map((r) => r.kind)).toEqual(["import", "edit"]);

  await page.getByLabel("Show changes from the machine text").uncheck();
  await expect(row(page, n).locator("del")).toHaveCount(0);
  await page.reload();
  await expect(row(page, n)).toContainText("des visages de membres");
});

test("two browsers edit the same segment and the second gets the conflict view and keeps both texts safe", async ({
  browser,
}) => {
  const post = await createOwnSeedPost();
  const segment = await segmentContaining(post.id, "L'activisme fonctionne.");
  const alice = await (await browser.newContext()).newPage();
  const bob = await (await browser.newContext()).newPage();
  await signInAs(alice, "translator");
  await signInAs(bob, "reviewer");
  await alice.goto(`/posts/${post.id}`);
  await bob.goto(`/posts/${post.id}`);
  const n = await numberOf(post.id, segment.id);

  await alice.getByRole("button", { name: editName(n) }).click();
  await bob.getByRole("button", { name: editName(n) }).click();
  await expect(bob.getByText("Théo Traducteur is editing")).toBeVisible();
  await alice.getByRole("textbox", { name: `Translation of segment ${n}` }).fill("Le militantisme, ça marche.");
  await alice.getByRole("button", { name: "Save and go to next" }).click();
  await expect(row(alice, n).getByText("Edited", { exact: true })).toBeVisible();

  await bob.getByRole("textbox", { name: `Translation of segment ${n}` }).fill("L'activisme porte ses fruits.");
  await bob.getByRole("button", { name: "Save and go to next" }).click();
  const conflict = row(bob, n).getByRole("alert", { name: "Someone else saved this segment" });
  await expect(conflict).toBeVisible();
  await expect(conflict).toContainText("Le militantisme, ça marche.");
  await expect(conflict).toContainText("L'activisme porte ses fruits.");
  expect((await testDb().segment.findUniqueOrThrow({ where: { id: segment.id } })).targetText).toBe(
    "Le militantisme, ça marche.",
  );

  await conflict.getByRole("button", { name: "Edit a merge" }).click();
  const box = bob.getByRole("textbox", { name: `Translation of segment ${n}` });
  await expect(box).toHaveValue("L'activisme porte ses fruits.");
  await box.fill("Le militantisme porte ses fruits.");
  await box.press("Control+Enter");
  await expect(row(bob, n).getByText("Edited", { exact: true })).toBeVisible();
  const saved = await testDb().segment.findUniqueOrThrow({ where: { id: segment.id } });
  expect(saved).toMatchObject({ targetText: "Le militantisme porte ses fruits.", version: 3 });
  const texts = (await testDb().revision.findMany({ where: { segmentId: segment.id }, orderBy: { id: "asc" } })).map(
    (r) => r.text,
  );
  expect(texts).toEqual([
    "L'activisme fonctionne.",
    "Le militantisme, ça marche.",
    "Le militantisme porte ses fruits.",
  ]);
});

test("a translator works through five segments with the keyboard only", async ({ page }) => {
  const post = await createOwnSeedPost();
  await signInAs(page, "translator");
  await page.goto(`/posts/${post.id}`);
  const first = row(page, 1).getByRole("button", { name: editName(1) });
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("textbox", { name: "Translation of segment 1" })).toBeFocused();
  // 1: fine as is; 2: fix the missing space; 3: next without change; 4: edit; 5: copy source then cancel
  await page.keyboard.press("Control+Shift+Enter");
  await expect(page.getByRole("textbox", { name: "Translation of segment 2" })).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("Backspace");
  await page.keyboard.type(" ?");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("textbox", { name: "Translation of segment 3" })).toBeFocused();
  await page.keyboard.press("Alt+ArrowDown");
  await expect(page.getByRole("textbox", { name: "Translation of segment 4" })).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.type(" (édité)");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("textbox", { name: "Translation of segment 5" })).toBeFocused();
  await page.keyboard.press("Alt+Insert");
  await expect(page.getByRole("textbox", { name: "Translation of segment 5" })).toHaveValue("Activism works.");
  await page.keyboard.press("Escape");
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await page.keyboard.press("Control+/");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");

  await expect(row(page, 4).getByText("Edited", { exact: true })).toBeVisible();
  const segments = await testDb().segment.findMany({ where: { postId: post.id }, orderBy: { order: "asc" }, take: 5 });
  expect(segments.map((s) => s.state)).toEqual(["CONFIRMED", "EDITED", "MT", "EDITED", "MT"]);
  expect(segments[1].targetText).toBe("Où est Microsoft ?");
  expect(segments[3].targetText.endsWith(" (édité)")).toBe(true);
  expect(segments[4].targetText).toBe("L'activisme fonctionne.");
});

test("history shows a change and reverts it as a new revision", async ({ page }) => {
  const post = await createOwnSeedPost();
  const segment = await segmentContaining(post.id, "services de police .");
  await signInAs(page, "translator");
  await page.goto(`/posts/${post.id}`);
  const n = await numberOf(post.id, segment.id);
  await row(page, n)
    .getByRole("button", { name: editName(n) })
    .click();
  await row(page, n).getByRole("textbox").fill(segment.targetText.replace("police .", "police."));
  await row(page, n).getByRole("textbox").press("Control+Enter");
  await expect(row(page, n).getByText("Edited", { exact: true })).toBeVisible();

  await row(page, n).getByRole("button", { name: "History" }).click();
  const history = row(page, n).getByRole("region", { name: "History" });
  await expect(history.getByRole("listitem")).toHaveCount(2);
  await expect(history.getByRole("listitem").first()).toContainText("Théo Traducteur");
  await history.getByRole("button", { name: "Restore this version" }).click();
  await expect(row(page, n).getByText("Machine", { exact: true })).toBeVisible();
  await expect(history.getByRole("listitem")).toHaveCount(3);
  const revisions = await testDb().revision.findMany({ where: { segmentId: segment.id }, orderBy: { id: "asc" } });
  expect(revisions.map((r) => r.kind)).toEqual(["import", "edit", "revert"]);
  expect(revisions[2].text).toBe(segment.mtText);
});

test("a comment on a segment is visible to everyone, with its count on the row", async ({ browser }) => {
  const post = await createOwnSeedPost();
  const writer = await (await browser.newContext()).newPage();
  await signInAs(writer, "translator");
  await writer.goto(`/posts/${post.id}`);
  await row(writer, 3).getByRole("button", { name: "Comment" }).click();
  await row(writer, 3).getByRole("textbox", { name: "Write a comment" }).fill("« Mise à jour » ou « Actualisation » ?");
  await row(writer, 3).getByRole("button", { name: "Add comment" }).click();
  await expect(row(writer, 3).getByRole("button", { name: "1 comment" })).toBeVisible();

  const reader = await (await browser.newContext()).newPage();
  await signInAs(reader, "reviewer");
  await reader.goto(`/posts/${post.id}`);
  await row(reader, 3).getByRole("button", { name: "1 comment" }).click();
  await expect(row(reader, 3).getByRole("region", { name: "Comments" })).toContainText(
    "« Mise à jour » ou « Actualisation » ?",
  );
});

test("the reading view shows the article and a click on a sentence goes to its row", async ({ page }) => {
  const post = await createOwnSeedPost();
  await signInAs(page, "translator");
  await page.goto(`/posts/${post.id}`);
  await page.getByText("Reading", { exact: true }).click();
  await page.getByRole("button", { name: "L'activisme fonctionne." }).click();
  await expect(page.getByRole("textbox", { name: "Translation of segment 5" })).toBeFocused();
});

test("the editor has no serious accessibility violation", async ({ page }) => {
  const post = await createOwnSeedPost();
  await signInAs(page, "translator");
  await page.goto(`/posts/${post.id}`);
  await page.getByRole("button", { name: editName(2) }).click();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});
