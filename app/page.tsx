import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/accounts/current-user";

export default async function HomePage() {
  redirect((await getCurrentUser()) ? "/posts" : "/login");
}
