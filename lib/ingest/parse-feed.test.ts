import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IngestError } from "./ingest-error";
import { parseDocument } from "./parse-document";
import { parseFeed } from "./parse-feed";

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), "utf8");

function feedError(xml: string): IngestError {
  try {
    parseFeed(xml);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
  throw new Error("expected an IngestError");
}

describe("parseFeed: RSS 2.0", () => {
  const feed = parseFeed(fixture("mt-feed.rss.xml"));

  it("reads the channel title with entities decoded", () => {
    expect(feed.title).toBe("Libertés Numériques – Actualités");
    expect(feed.items).toHaveLength(3);
  });

  it("reads a full item from CDATA content:encoded, with the MT source URL", () => {
    expect(feed.items[0]).toMatchObject({
      title: "IBM et Amazon acceptent de prendre du recul par rapport à la reconnaissance faciale. Où est Microsoft?",
      link: "https://libertes.example/2020/06/11/ibm-amazon-microsoft/",
      guid: "https://libertes.example/?p=4242",
      published: "2020-06-11T03:15:02.000Z",
      sourceUrl: "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft",
    });
    expect(feed.items[0].contentHtml).toMatch(/^<p>L'activisme fonctionne\. .*<em>abandonner<\/em>/);
  });

  it("reads escaped HTML in description and titles, and bare ampersands", () => {
    expect(feed.items[1]).toMatchObject({
      title: "AT&T et Verizon face à la FCC",
      published: "2020-06-10T18:00:00.000Z",
      sourceUrl: "https://www.eff.org/deeplinks/2020/06/att-verizon-fcc",
    });
    expect(feed.items[1].contentHtml).toMatch(/^<p>Les opérateurs AT&amp;T et Verizon/);
    // The escaped content is usable as an article.
    const doc = parseDocument({ content: feed.items[1].contentHtml ?? "", format: "html" });
    expect(doc.blocks[0].text).toBe("Les opérateurs AT&T et Verizon répondent à la FCC.");
    expect(doc.provenance?.sourceUrl).toBe("https://www.eff.org/deeplinks/2020/06/att-verizon-fcc");
  });

  it("keeps a malformed item with empty fields instead of failing", () => {
    expect(feed.items[2]).toEqual({
      title: "",
      link: null,
      guid: null,
      published: null,
      contentHtml: "<p>Un billet <b>sans titre ni fin",
      sourceUrl: null,
    });
  });
});

describe("parseFeed: Atom 1.0", () => {
  const feed = parseFeed(fixture("mt-feed.atom.xml"));

  it("reads the feed title of type html", () => {
    expect(feed.title).toBe("Libertés Numériques & EFF");
    expect(feed.items).toHaveLength(3);
  });

  it("reads an entry with escaped HTML content and the alternate link", () => {
    expect(feed.items[0]).toMatchObject({
      title: "Le chiffrement attaqué au Sénat",
      link: "https://libertes.example/2020/06/12/chiffrement/",
      guid: "tag:libertes.example,2020:4250",
      published: "2020-06-12T05:30:00.000Z",
      sourceUrl: "https://www.eff.org/deeplinks/2020/06/earn-it-act",
    });
    expect(feed.items[0].contentHtml).toMatch(/^<p>Le projet de loi menace le <strong>chiffrement/);
  });

  it("reads XHTML titles and content, falling back to updated for the date", () => {
    const entry = feed.items[1];
    expect(entry.title).toBe("Les drones de police au-dessus des manifestations");
    expect(entry.link).toBe("https://libertes.example/2020/06/09/drones/");
    expect(entry.published).toBe("2020-06-09T10:00:00.000Z");
    expect(entry.contentHtml).toContain("<p>Des drones ont survolé les manifestations &amp; filmé la foule.</p>");
    expect(entry.sourceUrl).toBe("https://www.eff.org/deeplinks/2020/06/drones");
  });

  it("keeps a malformed entry: no title, no link, bad date, out-of-line content", () => {
    expect(feed.items[2]).toEqual({
      title: "",
      link: null,
      guid: "tag:libertes.example,2020:broken",
      published: null,
      contentHtml: "Résumé en texte brut avec &lt;des chevrons&gt; et des accolades {1}.",
      sourceUrl: null,
    });
  });
});

describe("parseFeed: errors", () => {
  it("rejects an empty feed", () => {
    expect(feedError("  ").code).toBe("EMPTY");
  });

  it.each([
    ["text", "hello world"],
    ["truncated XML", '<?xml version="1.0"?><rss><channel><item><title>x</title>'],
    ["mismatched tags", "<rss><channel></item></channel></rss>"],
    ["HTML", "<!doctype html><html><body><p>Hi<br></body></html>"],
  ])("rejects %s as MALFORMED with the line number", (_case, xml) => {
    const error = feedError(xml);
    expect(error.code).toBe("MALFORMED");
    expect(error.message).toMatch(/^The feed is not well-formed XML \(line \d+: .+\)\.$/);
  });

  it("rejects well-formed XML that is not a feed", () => {
    const error = feedError('<?xml version="1.0"?><note><to>Tove</to></note>');
    expect(error).toMatchObject({ code: "MALFORMED", message: "This is XML, but not an RSS or Atom feed." });
  });

  it("reads a feed without items, or with no channel", () => {
    expect(parseFeed('<rss version="2.0"><channel><title>Vide</title></channel></rss>')).toEqual({
      title: "Vide",
      items: [],
    });
    expect(parseFeed("<rss/>")).toEqual({ title: null, items: [] });
    expect(parseFeed('<feed xmlns="http://www.w3.org/2005/Atom"></feed>')).toEqual({ title: null, items: [] });
  });

  it("reads RSS 1.0 (RDF) items", () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF</title></channel>
      <item><title>Un</title><link>https://x.example/1</link><dc:date>2020-06-11T01:08:42Z</dc:date></item></rdf:RDF>`;
    expect(parseFeed(xml).items[0]).toMatchObject({
      title: "Un",
      link: "https://x.example/1",
      published: "2020-06-11T01:08:42.000Z",
    });
  });

  it("does not expand entities declared in a DOCTYPE", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
      <rss><channel><title>&b;</title></channel></rss>`;
    let title: string | null = null;
    try {
      title = parseFeed(xml).title;
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
    }
    expect(title ?? "").not.toContain("aaaaaaaaaaaaaaaaaaaa");
  });
});
