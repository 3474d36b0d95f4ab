import type { ReactNode } from "react";
import { AppHeader } from "@/app/_components/app-header";
import { requirePageUser } from "@/lib/server/accounts/current-user";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <div className="flex min-h-screen flex-col">
      <AppHeader user={user} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
        {children}
      </main>
    </div>
  );
}
