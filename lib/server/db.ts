import "server-only";
import { createPrismaClient, type PrismaClient } from "./create-prisma-client";

// One client per server process; the globalThis slot survives `next dev` reloads (no leaked connections).
const slot = globalThis as unknown as { retouchePrisma?: PrismaClient };

// Lazy, so that `next build` never opens the database.
export function db(): PrismaClient {
  slot.retouchePrisma ??= createPrismaClient();
  return slot.retouchePrisma;
}
