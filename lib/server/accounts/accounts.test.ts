import { describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { setUpTestDatabase } from "@/tests/test-database";
import { createUser } from "../../../e2e/support/factories";
import { acceptInvite, getInviteStatus } from "./accept-invite";
import { authenticateCredentials } from "./authenticate-credentials";
import { inviteUser } from "./invite-user";
import { updateUser } from "./update-user";

const database = setUpTestDatabase();

async function actor(role: CurrentUser["role"], email: string): Promise<CurrentUser> {
  const user = await createUser(database.prisma(), { email, name: email, role, password: "a-long-password" });
  return { id: user.id, email: user.email, name: user.name, role, locale: null };
}

describe("invitations", () => {
  it("create an account once, with the invited role, and record who did it", async () => {
    const admin = await actor("admin", "admin1@test.retouche");
    const invite = await inviteUser({ actor: admin, email: "new@test.retouche", role: "reviewer" });
    expect(await getInviteStatus({ token: invite.token })).toMatchObject({ state: "valid", role: "reviewer" });

    const user = await acceptInvite({
      token: invite.token,
      name: "New Person",
      email: "new@test.retouche",
      password: "new-person-pass",
    });
    expect(user.role).toBe("reviewer");
    expect(await getInviteStatus({ token: invite.token })).toEqual({ state: "used" });
    await expect(
      acceptInvite({ token: invite.token, name: "Again", email: "again@test.retouche", password: "again-pass-1" }),
    ).rejects.toMatchObject({ code: "not_found" });
    const audit = await database
      .prisma()
      .auditEvent.findMany({ where: { action: { in: ["user.invite", "user.join"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["user.invite", "user.join"]);
  });

  it("let exactly one of two simultaneous acceptances through", async () => {
    const admin = await actor("admin", "admin2@test.retouche");
    const invite = await inviteUser({ actor: admin, role: "translator" });
    const results = await Promise.allSettled(
      ["a", "b"].map((who) =>
        acceptInvite({ token: invite.token, name: who, email: `race-${who}@test.retouche`, password: "race-password" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await database.prisma().user.count({ where: { email: { startsWith: "race-" } } })).toBe(1);
  });

  it("refuse an expired link and a link for another address", async () => {
    const admin = await actor("admin", "admin3@test.retouche");
    const invite = await inviteUser({ actor: admin, email: "only@test.retouche", role: "translator" });
    await expect(
      acceptInvite({ token: invite.token, name: "X", email: "other@test.retouche", password: "other-password" }),
    ).rejects.toMatchObject({ code: "invalid_input" });
    await database
      .prisma()
      .invite.update({ where: { id: invite.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await getInviteStatus({ token: invite.token })).toEqual({ state: "expired" });
  });

  it("may only be created by an admin", async () => {
    const publisher = await actor("publisher", "publisher1@test.retouche");
    await expect(inviteUser({ actor: publisher, role: "translator" })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("updateUser", () => {
  it("lets an admin disable an account and change a role, with an audit row each", async () => {
    const admin = await actor("admin", "admin4@test.retouche");
    const volunteer = await actor("translator", "vol1@test.retouche");
    await updateUser({ actor: admin, userId: volunteer.id, role: "reviewer" });
    await updateUser({ actor: admin, userId: volunteer.id, disabled: true });
    expect(await database.prisma().user.findUnique({ where: { id: volunteer.id } })).toMatchObject({
      role: "reviewer",
      disabled: true,
    });
    const actions = await database.prisma().auditEvent.findMany({ where: { subject: `user:${volunteer.id}` } });
    expect(actions.map((a) => a.action)).toEqual(["user.set-role", "user.disable"]);
  });

  it("refuses a translator, and an admin locking themselves out", async () => {
    const admin = await actor("admin", "admin5@test.retouche");
    const translator = await actor("translator", "vol2@test.retouche");
    await expect(updateUser({ actor: translator, userId: admin.id, role: "translator" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(updateUser({ actor: admin, userId: admin.id, disabled: true })).rejects.toMatchObject({
      code: "invalid_input",
    });
    expect((await database.prisma().user.findUnique({ where: { id: admin.id } }))?.role).toBe("admin");
  });
});

describe("authenticateCredentials", () => {
  it("accepts the right password, refuses a wrong one and a disabled account", async () => {
    await createUser(database.prisma(), {
      email: "sign@test.retouche",
      name: "Sign",
      role: "translator",
      password: "sign-in-password",
    });
    const ok = await authenticateCredentials({
      email: " Sign@Test.Retouche ",
      password: "sign-in-password",
      clientAddress: "10.0.0.1",
    });
    expect(ok).toMatchObject({ ok: true, user: { email: "sign@test.retouche", role: "translator" } });
    expect(
      await authenticateCredentials({ email: "sign@test.retouche", password: "nope", clientAddress: "10.0.0.1" }),
    ).toEqual({ ok: false, reason: "credentials" });
    await database.prisma().user.update({ where: { email: "sign@test.retouche" }, data: { disabled: true } });
    expect(
      await authenticateCredentials({ email: "sign@test.retouche", password: "sign-in-password", clientAddress: "x" }),
    ).toEqual({ ok: false, reason: "disabled" });
  });

  it("rate-limits an address after repeated failures, even with the right password", async () => {
    await createUser(database.prisma(), {
      email: "limit@test.retouche",
      name: "Limit",
      role: "translator",
      password: "limit-password",
    });
    for (let i = 0; i < 5; i++) {
      const result = await authenticateCredentials({
        email: "limit@test.retouche",
        password: `wrong-${i}`,
        clientAddress: "10.0.0.2",
      });
      expect(result).toEqual({ ok: false, reason: "credentials" });
    }
    expect(
      await authenticateCredentials({
        email: "limit@test.retouche",
        password: "limit-password",
        clientAddress: "10.0.0.3",
      }),
    ).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("refuses unknown e-mails as plain wrong credentials", async () => {
    expect(
      await authenticateCredentials({ email: "ghost@test.retouche", password: "whatever-pass", clientAddress: "y" }),
    ).toEqual({ ok: false, reason: "credentials" });
  });
});
