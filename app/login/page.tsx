import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthShell } from "@/app/_components/auth-shell";
import { getCurrentUser } from "@/lib/server/accounts/current-user";
import { LoginForm } from "./login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("submit") };
}

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  if (await getCurrentUser()) redirect("/posts");
  const params = await searchParams;
  const t = await getTranslations("login");
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  return (
    <AuthShell title={t("title")} intro={t("intro")}>
      <LoginForm callbackUrl={callbackUrl} initialError={params.error === "disabled" ? "disabled" : undefined} />
    </AuthShell>
  );
}
