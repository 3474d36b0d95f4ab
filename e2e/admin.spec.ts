import { expect, test } from "@playwright/test";
import { createUser } from "@/e2e/support/factories";
import { callServerAction, serverActionId, signIn, signInAs, testDb, uniqueEmail } from "./support/app";

test("an admin invites a volunteer and the invitation link works once", async ({ page, browser }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  const email = uniqueEmail("invited");
  await page.getByLabel("Email (optional)").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("reviewer");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByRole("textbox", { name: "Invite a volunteer" }).inputValue();
  expect(link).toMatch(/\/invite\/[\w-]{40,}$/);

  const guest = await (await browser.newContext()).newPage();
  await guest.goto(link);
  await expect(guest.getByText("You have been invited as Reviewer.")).toBeVisible();
  await expect(guest.getByLabel("Email")).toHaveValue(email);
  await guest.getByLabel("Your name").fill("Iris Invited");
  await guest.getByLabel("Password").fill("iris-password-1");
  await guest.getByRole("button", { name: "Create my account" }).click();
  await expect(guest.getByText("Your account is ready.")).toBeVisible();
  const created = await testDb().user.findUniqueOrThrow({ where: { email } });
  expect(created).toMatchObject({ name: "Iris Invited", role: "reviewer", disabled: false });

  await guest.getByRole("link", { name: "Go to sign in" }).click();
  await signIn(guest, email, "iris-password-1");

  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByRole("alert").filter({ hasText: "already been used" })).toHaveText(
    "This invitation link has already been used.",
  );
  expect(await testDb().user.count({ where: { email } })).toBe(1);
});

test("an admin changes a volunteer's role and it applies at once", async ({ page }) => {
  const email = uniqueEmail("promoted");
  const user = await createUser(testDb(), {
    email,
    name: "Pia Promoted",
    role: "translator",
    password: "pia-password",
  });
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  const row = page.getByRole("row", { name: /Pia Promoted/ });
  await row.getByRole("combobox", { name: "Role for Pia Promoted" }).selectOption("publisher");
  await row.getByRole("button", { name: "Save role" }).click();
  await expect(row.getByRole("status")).toHaveText("Saved.");
  expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("publisher");
  const audit = await testDb().auditEvent.findFirst({ where: { subject: `user:${user.id}`, action: "user.set-role" } });
  expect(audit?.after).toContain("publisher");
});

test("a translator is refused the admin page and a direct call of the admin server action", async ({ page }) => {
  const target = await createUser(testDb(), {
    email: uniqueEmail("target"),
    name: "Tina Target",
    role: "translator",
    password: "tina-password",
  });
  await signInAs(page, "translator");
  await expect(page.getByRole("link", { name: "People" })).toHaveCount(0);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

  // what a crafted request would do: call the server action with the translator's own session cookie
  const actionId = serverActionId("setUserRoleAction", "admin/users/actions");
  const answer = await callServerAction(page, actionId, "/admin/users", [{ userId: target.id, role: "admin" }]);
  expect(answer.status).toBe(200);
  expect(answer.body).toContain('"code":"forbidden"');
  expect((await testDb().user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("translator");
});
