import { expect, test } from "@playwright/test";
import { demoAccount, testDb } from "./support/app";

test.describe("with a French browser", () => {
  test.use({ locale: "fr-FR" });

  test("the interface speaks French by default, and a user can switch it to English for good", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Se connecter à Retouche" })).toBeVisible();
    const account = demoAccount("reviewer");
    await page.getByLabel("Adresse e-mail").fill(account.email);
    await page.getByLabel("Mot de passe").fill(account.password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();

    await page.getByLabel("Langue").selectOption("en");
    await expect(page.getByRole("heading", { name: "Posts", level: 1 })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Posts", level: 1 })).toBeVisible();
    expect((await testDb().user.findUniqueOrThrow({ where: { email: account.email } })).locale).toBe("en");
  });
});
