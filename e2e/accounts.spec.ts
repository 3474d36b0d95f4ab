import { expect, test } from "@playwright/test";
import { createUser } from "@/e2e/support/factories";
import { ROLES } from "@/lib/workflow/roles";
import { demoAccount, signIn, signInAs, testDb, uniqueEmail } from "./support/app";

for (const role of ROLES) {
  test(`a ${role} signs in and sees the posts, with only the links their role allows`, async ({ page }) => {
    const account = await signInAs(page, role);
    await expect(page.getByText(account.name, { exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /IBM et Amazon acceptent de prendre du recul/ })).toBeVisible();
    const peopleLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" });
    if (role === "admin") await expect(peopleLink).toBeVisible();
    else await expect(peopleLink).toHaveCount(0);
  });
}

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(demoAccount("translator").email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  await page.goto("/posts");
  await expect(page).toHaveURL(/\/login/);
});

test("a user signs out and the workspace asks to sign in again", async ({ page }) => {
  await signInAs(page, "reviewer");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Retouche" })).toBeVisible();
  await page.goto("/posts");
  await expect(page).toHaveURL(/\/login/);
});

test("repeated wrong passwords are rate-limited, even with the right one afterwards", async ({ page }) => {
  const email = uniqueEmail("limited");
  await createUser(testDb(), { email, name: "Limited", role: "translator", password: "right-password" });
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(page.getByRole("alert").filter({ hasText: "Wrong email or password." })).toBeVisible();
  }
  // the address stayed in the form; only the password is typed again
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password").fill("right-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed attempts" })).toBeVisible();
});

test("a disabled user is locked out of an open session and cannot sign in again", async ({ browser }) => {
  const email = uniqueEmail("disabled");
  const user = await createUser(testDb(), {
    email,
    name: "Dora Disabled",
    role: "translator",
    password: "dora-password",
  });
  const volunteer = await (await browser.newContext()).newPage();
  await signIn(volunteer, email, "dora-password");

  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "admin");
  await admin.goto("/admin/users");
  const row = admin.getByRole("row", { name: /Dora Disabled/ });
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row.getByRole("cell", { name: "Disabled", exact: true })).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: user.id } })).disabled).toBe(true);

  await volunteer.goto("/posts");
  await expect(volunteer).toHaveURL(/\/login/);
  await expect(volunteer.getByRole("alert").filter({ hasText: "This account has been disabled" })).toBeVisible();
  await volunteer.getByLabel("Email").fill(email);
  await volunteer.getByLabel("Password").fill("dora-password");
  await volunteer.getByRole("button", { name: "Sign in" }).click();
  await expect(volunteer.getByRole("alert").filter({ hasText: "This account has been disabled" })).toBeVisible();
});

test("the health endpoint answers with the database status", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "ok" });
});
