import { expect, type Page, test } from "@playwright/test";
import { editSegments } from "@/e2e/support/factories";
import {
  callServerAction,
  createOwnSeedPost,
  demoAccount,
  segmentContaining,
  serverActionId,
  signInAs,
  testDb,
} from "./support/app";

function postSection(page: Page, postId: number) {
  return page.locator(`section:has(#post-${postId})`);
}

test("a translator edits, a reviewer returns it with “terminology” and a comment, the translator fixes it and the reviewer approves", async ({
  browser,
}) => {
  const post = await createOwnSeedPost();
  const segment = await segmentContaining(post.id, "L'activisme fonctionne.");
  const translator = await (await browser.newContext()).newPage();
  const reviewer = await (await browser.newContext()).newPage();

  await signInAs(translator, "translator");
  await translator.goto(`/posts/${post.id}`);
  const row = translator.locator(`#segment-${segment.id}`);
  await row.getByRole("button", { name: /^Edit segment \d+: / }).click();
  await row.getByRole("textbox").fill("L'activisme marche.");
  await row.getByRole("textbox").press("Control+Enter");
  await expect(row.getByText("Edited", { exact: true })).toBeVisible();

  await signInAs(reviewer, "reviewer");
  await reviewer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  const card = postSection(reviewer, post.id).getByRole("listitem", { name: /to review$/ });
  await expect(card).toHaveCount(1);
  await expect(card.locator("ins")).toContainText("marche");
  await card.getByRole("button", { name: "Return…" }).click();
  await card.getByLabel("Reason").selectOption("terminology");
  await card.getByLabel("Comment (optional)").fill("Dites « militantisme », comme dans le glossaire.");
  await card.getByRole("button", { name: "Return", exact: true }).click();
  await expect(postSection(reviewer, post.id)).toHaveCount(0);
  const decision = await testDb().reviewDecision.findFirstOrThrow({ where: { segmentId: segment.id } });
  expect(decision).toMatchObject({ verdict: "returned", reason: "terminology" });
  expect((await testDb().segment.findUniqueOrThrow({ where: { id: segment.id } })).state).toBe("RETURNED");

  await translator.goto("/returned");
  const returned = translator.getByRole("listitem").filter({ hasText: "L'activisme marche." });
  await expect(returned).toContainText("terminology");
  await expect(returned).toContainText("Dites « militantisme », comme dans le glossaire.");
  await expect(translator.getByRole("link", { name: /^Returned to me\s*\d+$/ })).toBeVisible();
  await translator.goto("/notifications");
  await expect(
    translator.getByRole("link", { name: "Rita Relectrice returned a segment of yours: terminology" }).first(),
  ).toBeVisible();

  await translator.goto(`/posts/${post.id}`);
  await expect(row).toContainText("Returned: terminology (Rita Relectrice)");
  await row.getByRole("button", { name: /^Edit segment \d+: / }).click();
  await row.getByRole("textbox").fill("Le militantisme marche.");
  await row.getByRole("textbox").press("Control+Enter");
  await expect(row.getByText("Edited", { exact: true })).toBeVisible();

  await reviewer.goto("/review");
  const again = postSection(reviewer, post.id).getByRole("listitem", { name: /to review$/ });
  await again.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(postSection(reviewer, post.id)).toHaveCount(0);
  const approved = await testDb().segment.findUniqueOrThrow({ where: { id: segment.id } });
  expect(approved).toMatchObject({ state: "APPROVED", targetText: "Le militantisme marche." });
  const actions = (
    await testDb().auditEvent.findMany({ where: { subject: `segment:${segment.id}` }, orderBy: { id: "asc" } })
  ).map((e) => e.action);
  expect(actions).toEqual(["segment.edit", "segment.return", "segment.edit", "segment.approve"]);

  await reviewer.goto(`/posts/${post.id}/activity`);
  await expect(reviewer.getByRole("listitem").filter({ hasText: "Rita Relectrice returned a segment" })).toContainText(
    "terminology",
  );
  await reviewer.goto("/contributors");
  const rita = reviewer.getByRole("row", { name: /Rita Relectrice/ });
  await expect(rita.getByRole("cell").nth(1)).not.toHaveText("0");
});

test("a reviewer approves a post's remaining segments in bulk", async ({ page }) => {
  const post = await createOwnSeedPost();
  const translator = await testDb().user.findUniqueOrThrow({ where: { email: demoAccount("translator").email } });
  const ids = await editSegments(testDb(), { postId: post.id, count: 4, authorId: translator.id });
  await signInAs(page, "reviewer");
  await page.goto("/review");
  const section = postSection(page, post.id);
  await expect(section.getByRole("listitem", { name: /to review$/ })).toHaveCount(4);
  await section.getByLabel("Select all").check();
  await page.getByRole("button", { name: "Approve selected (4)" }).click();
  await expect(section).toHaveCount(0);
  const states = await testDb().segment.findMany({ where: { id: { in: ids } }, select: { state: true } });
  expect(states.every((s) => s.state === "APPROVED")).toBe(true);
  expect(await testDb().reviewDecision.count({ where: { segmentId: { in: ids }, verdict: "approved" } })).toBe(4);
});

test("a translator's attempt to approve is refused, in the UI and by a direct call of the server action", async ({
  page,
}) => {
  const post = await createOwnSeedPost();
  const translator = await testDb().user.findUniqueOrThrow({ where: { email: demoAccount("translator").email } });
  const [id] = await editSegments(testDb(), { postId: post.id, count: 1, authorId: translator.id });
  await signInAs(page, "translator");
  await expect(page.getByRole("link", { name: "Review" })).toHaveCount(0);
  expect((await page.goto("/review"))?.status()).toBe(403);

  const segment = await testDb().segment.findUniqueOrThrow({ where: { id } });
  const answer = await callServerAction(page, serverActionId("reviewSegmentsAction", "review/actions"), "/review", [
    { decisions: [{ segmentId: id, version: segment.version, verdict: "approve" }] },
  ]);
  expect(answer.body).toContain('"code":"forbidden"');
  expect((await testDb().segment.findUniqueOrThrow({ where: { id } })).state).toBe("EDITED");
});
