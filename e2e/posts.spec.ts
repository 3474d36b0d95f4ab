import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { createOwnSeedPost, signInAs, testDb } from "./support/app";

test("a translator opens the seed post and reads it segment by segment next to the English source", async ({
  page,
}) => {
  const created = await createOwnSeedPost();
  const post = await testDb().post.findUniqueOrThrow({
    where: { id: created.id },
    include: { _count: { select: { segments: true } } },
  });
  await signInAs(page, "translator");
  // the newest post comes first
  const card = page.getByRole("listitem").first();
  await expect(card.getByRole("progressbar")).toHaveAccessibleName(
    `0 of ${post._count.segments} segments done, 0 approved`,
  );
  await card.getByRole("link", { name: post.title }).click();
  await expect(page).toHaveURL(new RegExp(`/posts/${post.id}$`));
  await expect(page.getByRole("heading", { name: post.title, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /eff\.org\/deeplinks\/2020\/06/ })).toBeVisible();

  const rows = page.getByRole("listitem", { name: /^Segment \d+$/ }).filter({ hasText: "f aces" });
  await expect(rows.first()).toBeVisible();
  const segment = await testDb().segment.findFirstOrThrow({
    where: { postId: post.id, mtText: { contains: "f aces" } },
  });
  await expect(rows.first()).toContainText(segment.sourceText.slice(0, 40));
  await expect(page.getByRole("listitem", { name: /^Segment \d+$/ })).toHaveCount(post._count.segments);
});

test("the sign-in page and the posts page have no serious accessibility violation", async ({ page }) => {
  await page.goto("/login");
  const login = await new AxeBuilder({ page }).analyze();
  expect(login.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  await signInAs(page, "translator");
  const posts = await new AxeBuilder({ page }).analyze();
  expect(posts.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
});
