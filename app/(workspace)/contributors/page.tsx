import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/server/accounts/current-user";
import { listContributors } from "@/lib/server/accounts/list-contributors";
import { isRole } from "@/lib/workflow/roles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("contributors"))("title") };
}

export default async function ContributorsPage() {
  const user = await requirePageUser();
  const contributors = await listContributors({ actor: user });
  const t = await getTranslations();
  return (
    <>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">{t("contributors.title")}</h1>
      <p className="mt-1 mb-6 text-stone-600">{t("contributors.intro")}</p>
      <div className="card overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-stone-100 text-xs tracking-wide text-stone-600 uppercase">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("contributors.name")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("contributors.edited")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("contributors.approved")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("contributors.returned")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {contributors.map((c) => (
              <tr key={c.id}>
                <th scope="row" className="px-4 py-2 font-medium">
                  {c.name}{" "}
                  <span className="text-xs font-normal text-stone-500">
                    {isRole(c.role) ? t(`roles.${c.role}`) : ""}
                  </span>
                </th>
                <td className="px-4 py-2 text-right tabular-nums">{c.edited}</td>
                <td className="px-4 py-2 text-right tabular-nums">{c.approved}</td>
                <td className="px-4 py-2 text-right tabular-nums">{c.returned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
