import { PHASE_PRODUCTION_SERVER } from "next/constants.js";

/** @type {import("next").NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // loaded from node_modules at run time: the dictionaries read their .aff/.dic files next to themselves
  serverExternalPackages: [
    "nodehun",
    "dictionary-de",
    "dictionary-en",
    "dictionary-es",
    "dictionary-fr",
    "dictionary-it",
    "dictionary-pt",
  ],
  // `npm run typecheck` (next typegen && tsc) checks the whole project in CI; the build need not do it again
  typescript: { ignoreBuildErrors: true },
  // forbidden() gives pages a real 403 when a role lacks the permission
  // The public pages render volunteers' text: no script may run there at all (the article needs none), and
  // nothing may frame or be framed. The working app keeps Next's default headers.
  async headers() {
    const strict = [
      {
        key: "Content-Security-Policy",
        value:
          "default-src 'none'; script-src 'none'; style-src 'self'; img-src https: data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    ];
    return [
      { source: "/p", headers: strict },
      { source: "/p/:path*", headers: strict },
      { source: "/feed.xml", headers: strict },
    ];
  },
  experimental: {
    // each page's server code loads on its first request, not all of them at boot: a small server holds only
    // what its volunteers use, and starts sooner (bench/memory.ts)
    preloadEntriesOnStart: false,
    authInterrupts: true,
    // two imported files of up to 2 MB each, plus the form
    serverActions: { bodySizeLimit: "6mb" },
  },
};

// next-intl's plugin only configures the bundler, and it loads its message extractor and a native file watcher
// with it: the production server, which reads this file too, does without (bench/memory.ts)
export default async function config(phase) {
  if (phase === PHASE_PRODUCTION_SERVER) return nextConfig;
  const { default: createNextIntlPlugin } = await import("next-intl/plugin");
  return createNextIntlPlugin("./i18n/request.ts")(nextConfig);
}
