import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/server/accounts/current-user";
import { listLocales } from "@/lib/server/accounts/list-locales";
import { countUnreadNotifications } from "@/lib/server/notifications/list-notifications";
import { countReturnedToMe } from "@/lib/server/review/list-returned-to-me";
import { can } from "@/lib/workflow/permissions";
import { LanguageSwitcher } from "./language-switcher";
import { signOutAction } from "./sign-out-action";

export async function AppHeader({ user }: { user: CurrentUser }) {
  const t = await getTranslations();
  const [returned, unread] = await Promise.all([
    countReturnedToMe({ actor: user }),
    countUnreadNotifications({ actor: user }),
  ]);
  const link = "whitespace-nowrap rounded px-1 text-stone-700 hover:text-accent-700";
  const badge = "ml-1 rounded-full bg-amber-100 px-1.5 text-xs font-semibold text-amber-900";
  return (
    <header className="border-b border-stone-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t("nav.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/posts" className="font-serif text-xl font-semibold tracking-tight text-accent-800">
          {t("app.name")}
        </Link>
        <nav aria-label={t("nav.main")} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm font-medium">
          <Link href="/posts" className={link}>
            {t("nav.posts")}
          </Link>
          {can(user.role, "segment.review") ? (
            <Link href="/review" className={link}>
              {t("nav.review")}
            </Link>
          ) : null}
          <Link href="/returned" className={link}>
            {t("nav.returned")}
            {returned ? <span className={badge}>{returned}</span> : null}
          </Link>
          <Link href="/notifications" className={link}>
            {t("nav.notifications")}
            {unread ? (
              <span className={badge}>
                {unread}
                <span className="sr-only"> {t("nav.unread")}</span>
              </span>
            ) : null}
          </Link>
          <Link href="/contributors" className={link}>
            {t("nav.contributors")}
          </Link>
          {can(user.role, "user.list") ? (
            <Link href="/admin/users" className={link}>
              {t("nav.people")}
            </Link>
          ) : null}
        </nav>
        <div className="ml-auto flex flex-wrap items-center gap-4">
          <LanguageSwitcher locales={await listLocales()} />
          <span className="text-sm text-stone-700">
            <span className="sr-only">{t("nav.signedInAs", { name: user.name })}</span>
            <span aria-hidden="true">{user.name}</span>{" "}
            <span className="ml-1 rounded-full bg-accent-50 px-2 py-0.5 text-xs font-medium text-accent-800">
              {t(`roles.${user.role}`)}
            </span>
          </span>
          <form action={signOutAction}>
            <button type="submit" className="btn-secondary py-1.5">
              {t("nav.signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
