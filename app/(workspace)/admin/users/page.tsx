import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { listUsers } from "@/lib/server/accounts/list-users";
import { can } from "@/lib/workflow/permissions";
import { isRole } from "@/lib/workflow/roles";
import { InviteForm } from "./invite-form";
import { UserControls } from "./user-controls";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function UsersPage() {
  const actor = await requirePageUser();
  if (!can(actor.role, "user.list")) forbidden();
  const { users, invites } = await listUsers({ actor });
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <>
      <div className="mb-6">
        <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("admin.title")}</h1>
        <p className="mt-1 text-stone-600">{t("admin.intro")}</p>
      </div>
      <section aria-labelledby="invite-heading" className="card mb-8 p-5">
        <h2 id="invite-heading" className="mb-3 text-lg font-semibold">
          {t("admin.invite.title")}
        </h2>
        <InviteForm />
        <h3 className="mt-6 mb-2 text-sm font-semibold text-stone-700">{t("admin.pending")}</h3>
        {invites.length === 0 ? (
          <p className="text-sm text-stone-500">{t("admin.noPending")}</p>
        ) : (
          <ul className="space-y-1 text-sm text-stone-700">
            {invites.map((invite) => (
              <li key={invite.id}>
                {invite.email ?? "—"} · {isRole(invite.role) ? t(`roles.${invite.role}`) : invite.role} ·{" "}
                {t("admin.expires", { date: format.dateTime(invite.expiresAt, { dateStyle: "medium" }) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="users-heading">
        <h2 id="users-heading" className="mb-3 text-lg font-semibold">
          {t("admin.users")}
        </h2>
        <div className="card overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="bg-stone-100 text-xs tracking-wide text-stone-600 uppercase">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("admin.columns.name")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("admin.columns.email")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("admin.columns.status")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("admin.columns.actions")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {users.map((user) => (
                <tr key={user.id} className={user.disabled ? "bg-stone-50 text-stone-500" : ""}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    {user.name}
                  </th>
                  <td className="px-4 py-3">{user.email}</td>
                  <td className="px-4 py-3">{user.disabled ? t("admin.disabled") : t("admin.active")}</td>
                  <td className="px-4 py-3">
                    <UserControls
                      user={{
                        id: user.id,
                        name: user.name,
                        role: isRole(user.role) ? user.role : "translator",
                        disabled: user.disabled,
                      }}
                      isSelf={user.id === actor.id}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
