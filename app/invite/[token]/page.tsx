import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthShell } from "@/app/_components/auth-shell";
import { getInviteStatus } from "@/lib/server/accounts/accept-invite";
import { PASSWORD_MIN_LENGTH } from "@/lib/server/accounts/passwords";
import { isRole } from "@/lib/workflow/roles";
import { AcceptInviteForm } from "./accept-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invite"))("title") };
}

export default async function InvitePage({ params }: PageProps<"/invite/[token]">) {
  const { token } = await params;
  const status = await getInviteStatus({ token });
  const t = await getTranslations();
  if (status.state !== "valid") {
    return (
      <AuthShell title={t("invite.title")}>
        <p role="alert" className="text-stone-800">
          {t(`invite.state.${status.state}`)}
        </p>
      </AuthShell>
    );
  }
  const role = isRole(status.role) ? t(`roles.${status.role}`) : status.role;
  return (
    <AuthShell title={t("invite.title")} intro={t("invite.intro", { role })}>
      <AcceptInviteForm token={token} email={status.email} passwordMin={PASSWORD_MIN_LENGTH} />
    </AuthShell>
  );
}
