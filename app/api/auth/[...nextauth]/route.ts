import { handlers } from "@/lib/server/accounts/auth";

export const { GET, POST } = handlers;
