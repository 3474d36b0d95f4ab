import { create } from "xmlbuilder2";
import { renderArticleHtml } from "@/lib/export/render-html";
import { serializeXml } from "@/lib/export/serialize-xml";
import { listLivePublications } from "@/lib/server/publishing/read-publications";

export const dynamic = "force-dynamic";

/** Atom 1.0 feed of the published translations (RFC 4287), newest first. */
export async function GET(request: Request) {
  const origin = process.env.APP_URL ?? new URL(request.url).origin;
  const publications = await listLivePublications();
  const document = create();
  const feed = document.ele("http://www.w3.org/2005/Atom", "feed");
  feed.ele("title").txt("Retouche — published translations");
  feed.ele("id").txt(`${origin}/feed.xml`);
  feed.ele("link", { rel: "self", href: `${origin}/feed.xml` });
  feed.ele("link", { rel: "alternate", href: `${origin}/p` });
  feed.ele("updated").txt(publications[0]?.publishedAt ?? new Date(0).toISOString());
  feed.ele("author").ele("name").txt("Retouche volunteers");
  for (const { post, publishedAt, version } of publications) {
    const url = `${origin}/p/${post.targetLang}/${post.slug}`;
    const entry = feed.ele("entry", { "xml:lang": post.targetLang });
    entry.ele("title").txt(post.title);
    entry.ele("id").txt(`${url}#v${version}`);
    entry.ele("link", { rel: "alternate", href: url });
    if (post.sourceUrl) entry.ele("link", { rel: "related", href: post.sourceUrl, hreflang: post.sourceLang });
    entry.ele("updated").txt(publishedAt);
    for (const name of post.credits.translators) entry.ele("contributor").ele("name").txt(name);
    entry.ele("content", { type: "html" }).txt(renderArticleHtml(post));
  }
  // serializeXml works around xmlbuilder2 writing a raw "&" before entity-like text (lib/export)
  return new Response(serializeXml(document, new Set(["feed", "entry", "author", "contributor"])), {
    headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "no-store" },
  });
}
