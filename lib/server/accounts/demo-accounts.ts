import type { Role } from "@/lib/workflow/roles";

// One demo account per role, created by the seed on an empty database (SEED_DEMO=false skips them).
// The passwords are public on purpose: never keep these accounts on a server open to the internet.
export const DEMO_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
  { email: "translator@demo.retouche", name: "Théo Traducteur", role: "translator", password: "translator-demo" },
  { email: "reviewer@demo.retouche", name: "Rita Relectrice", role: "reviewer", password: "reviewer-demo" },
  { email: "publisher@demo.retouche", name: "Paul Publieur", role: "publisher", password: "publisher-demo" },
  { email: "admin@demo.retouche", name: "Ada Admin", role: "admin", password: "admin-demo-pass" },
];
