import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { encode } from "next-auth/jwt";
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/posts/[id]/export/[format]/route";
import { SESSION_COOKIE_NAMES } from "@/auth.config";
import { EXPORT_FORMATS, type ExportFormat, exportPost } from "@/lib/export/export-post";
import { readXliff } from "@/lib/export/read-xliff";
import type { CurrentUser } from "@/lib/server/infrastructure/assert-can";
import { saveSegment } from "@/lib/server/segments/save-segment";
import { can } from "@/lib/workflow/permissions";
import { setUpTestDatabase } from "@/tests/test-database";
import { createSeedPost, createUser, editSegments } from "../../../e2e/support/factories";
import { importXliff } from "./import-xliff";
import { EXPORT_ACTION, formatReturnNote, loadExportPost, rankNames, readPostRef } from "./load-export-post";

const database = setUpTestDatabase();
const run = promisify(execFile);

let admin: CurrentUser;
let translator: CurrentUser;
let otherTranslator: CurrentUser;
let reviewer: CurrentUser;

async function account(email: string, name: string, role: CurrentUser["role"]): Promise<CurrentUser> {
  const user = await createUser(database.prisma(), { email, name, role, password: "a-long-password" });
  return { id: user.id, email: user.email, name: user.name, role, locale: null };
}

beforeAll(async () => {
  // The export command runs as the first admin.
  admin = await account("admin@export.test", "Ada Admin", "admin");
  translator = await account("tom@export.test", "Tom Traducteur", "translator");
  otherTranslator = await account("tara@export.test", "Tara Traductrice", "translator");
  reviewer = await account("rita@export.test", "Rita Relectrice", "reviewer");
});

/** Segments whose French text appears exactly once in the file and needs no XML escaping: safe to string-replace. */
async function pickReplaceable(postId: number, xml: string, count: number) {
  const segments = await database.prisma().segment.findMany({ where: { postId }, orderBy: { order: "asc" } });
  const picked = segments.filter(
    (s) => s.targetText.length > 30 && !/[&<>"'{}]/.test(s.targetText) && xml.split(s.targetText).length === 2,
  );
  expect(picked.length).toBeGreaterThanOrEqual(count);
  return picked.slice(0, count);
}

describe("loadExportPost", () => {
  it("reads the seed post's blocks, segments, credits, notes and live publication", async () => {
    const prisma = database.prisma();
    const post = await createSeedPost(prisma, admin.id);
    const empty = await loadExportPost({ actor: admin, postId: post.id });
    expect(empty).toMatchObject({
      id: post.id,
      slug: post.slug,
      sourceLang: "en",
      targetLang: "fr",
      sourceUrl: "https://www.eff.org/deeplinks/2020/06/ibm-amazon-end-and-pause-fr-programs-where-microsoft",
      sourceDate: "2020-06-11T01:08:42.000Z",
      publishedAt: null,
      version: null,
      // import revisions are not translation work
      credits: { translators: [], reviewers: [] },
    });
    expect(empty.blocks).toHaveLength(await prisma.block.count({ where: { postId: post.id } }));
    const rows = await prisma.segment.findMany({ where: { postId: post.id }, orderBy: { order: "asc" } });
    expect(empty.blocks.flatMap((b) => b.segments.map((s) => s.id))).toEqual(rows.map((r) => r.id));
    expect(empty.blocks[0].segments[0]).toMatchObject({
      targetText: rows[0].targetText,
      mtText: rows[0].mtText,
      sourceText: rows[0].sourceText,
      state: "MT",
      version: 1,
      notes: [],
    });
    for (const block of empty.blocks) expect(typeof block.tags).toBe("object");

    await editSegments(prisma, { postId: post.id, count: 1, authorId: otherTranslator.id });
    await editSegments(prisma, { postId: post.id, count: 3, authorId: translator.id });
    const [first, second] = rows;
    await prisma.comment.create({ data: { segmentId: first.id, authorId: translator.id, body: "Vérifier le titre." } });
    await prisma.reviewDecision.create({
      data: {
        segmentId: first.id,
        reviewerId: reviewer.id,
        verdict: "returned",
        reason: "terminology",
        comment: "« reconnaissance faciale », pas « du visage »",
        version: 3,
      },
    });
    // returned, then approved: the return is settled and no longer a note
    await prisma.reviewDecision.create({
      data: { segmentId: second.id, reviewerId: admin.id, verdict: "returned", reason: "style", version: 3 },
    });
    await prisma.reviewDecision.create({
      data: { segmentId: second.id, reviewerId: reviewer.id, verdict: "approved", version: 3 },
    });
    await prisma.publication.create({
      data: { postId: post.id, version: 1, snapshot: "{}", publishedById: admin.id },
    });
    await prisma.publication.create({
      data: { postId: post.id, version: 2, snapshot: "{}", publishedById: admin.id, withdrawnAt: new Date() },
    });

    const loaded = await loadExportPost({ actor: admin, slug: post.slug });
    expect(loaded.credits).toEqual({
      translators: ["Tom Traducteur", "Tara Traductrice"],
      reviewers: ["Rita Relectrice", "Ada Admin"],
    });
    expect(loaded.version).toBe(1);
    expect(loaded.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const segments = loaded.blocks.flatMap((b) => b.segments);
    expect(segments[0].notes).toEqual([
      "Vérifier le titre.",
      "Returned (terminology): « reconnaissance faciale », pas « du visage »",
    ]);
    expect(segments[1].notes).toEqual([]);
    expect(segments[0]).toMatchObject({ state: "EDITED", version: 3, targetText: `${first.targetText} (relu) (relu)` });
  });

  it("answers not_found for an unknown id or slug", async () => {
    await expect(loadExportPost({ actor: admin, postId: 999_999 })).rejects.toMatchObject({ code: "not_found" });
    await expect(loadExportPost({ actor: admin, slug: "no-such-post" })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(loadExportPost({ actor: admin })).rejects.toMatchObject({ code: "invalid_input" });
  });

  it("checks the export permission itself, whatever it is set to", async () => {
    const post = await createSeedPost(database.prisma(), admin.id);
    for (const actor of [translator, reviewer, admin]) {
      const loading = loadExportPost({ actor, postId: post.id });
      if (can(actor.role, EXPORT_ACTION)) await expect(loading).resolves.toMatchObject({ id: post.id });
      else await expect(loading).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("has small pure helpers", () => {
    expect(readPostRef("12")).toEqual({ postId: 12 });
    expect(readPostRef("ibm-amazon")).toEqual({ slug: "ibm-amazon" });
    expect(formatReturnNote({ reason: "grammar", comment: null })).toBe("Returned (grammar).");
    expect(
      rankNames([
        { id: 1, name: "B", count: 1 },
        { id: 2, name: "A", count: 1 },
        { id: 3, name: "C", count: 5 },
      ]),
    ).toEqual(["C", "A", "B"]);
  });

  it("renders every format, non-empty, with its content type", async () => {
    const prisma = database.prisma();
    const post = await createSeedPost(prisma, admin.id);
    // TMX holds approved segments only
    await prisma.segment.updateMany({ where: { postId: post.id }, data: { state: "APPROVED" } });
    const loaded = await loadExportPost({ actor: admin, postId: post.id });
    const types: Record<ExportFormat, RegExp> = {
      html: /^text\/html/,
      md: /^text\/markdown/,
      txt: /^text\/plain/,
      json: /^application\/json/,
      xliff: /^application\/xliff\+xml/,
      xliff12: /^application\/xliff\+xml/,
      tmx: /^application\/x-tmx\+xml/,
    };
    for (const format of EXPORT_FORMATS) {
      const file = exportPost(loaded, format);
      expect(file.body.length, format).toBeGreaterThan(1000);
      expect(file.contentType, format).toMatch(types[format]);
    }
    expect(exportPost(loaded, "html").body).toMatch(/^<!DOCTYPE html>/i);
    expect(JSON.parse(exportPost(loaded, "json").body)).toBeTruthy();
  });
});

describe.each(["xliff", "xliff12"] as const)("importXliff (%s)", (format) => {
  it("writes the targets changed in the file, and reports a segment changed on both sides as a conflict", async () => {
    const prisma = database.prisma();
    const post = await createSeedPost(prisma, admin.id);
    const xml = exportPost(await loadExportPost({ actor: admin, postId: post.id }), format).body;
    const [a, b, c] = await pickReplaceable(post.id, xml, 3);
    // after the export, someone edits c in Retouche
    await saveSegment({ actor: otherTranslator, segmentId: c.id, baseVersion: 1, text: "Texte corrigé dans l'appli." });
    const edited = xml
      .replace(a.targetText, `${a.targetText} (outil)`)
      .replace(b.targetText, "Une toute nouvelle phrase.")
      .replace(c.targetText, `${c.targetText} (outil)`);
    const revisionsBefore = await prisma.revision.count({ where: { segment: { postId: post.id } } });

    const result = await importXliff({ actor: translator, postId: post.id, xml: edited });

    const total = await prisma.segment.count({ where: { postId: post.id } });
    expect(result).toEqual({
      updated: 2,
      unchanged: total - 3,
      conflicts: [{ segmentId: c.id, theirs: "Texte corrigé dans l'appli.", mine: `${c.targetText} (outil)` }],
      unknown: [],
    });
    expect(await prisma.revision.count({ where: { segment: { postId: post.id } } })).toBe(revisionsBefore + 2);
    for (const [segment, text] of [
      [a, `${a.targetText} (outil)`],
      [b, "Une toute nouvelle phrase."],
    ] as const) {
      const row = await prisma.segment.findUniqueOrThrow({ where: { id: segment.id } });
      expect(row).toMatchObject({ targetText: text, state: "EDITED", version: 2 });
      const last = await prisma.revision.findFirstOrThrow({
        where: { segmentId: segment.id },
        orderBy: { id: "desc" },
      });
      expect(last).toMatchObject({ kind: "xliff-import", authorId: translator.id, text, baseVersion: 1 });
      expect(
        await prisma.auditEvent.count({ where: { subject: `segment:${segment.id}`, action: "segment.xliff-import" } }),
      ).toBe(1);
    }
    expect(await prisma.segment.findUniqueOrThrow({ where: { id: c.id } })).toMatchObject({
      targetText: "Texte corrigé dans l'appli.",
      version: 2,
    });

    // The same file again: a and b are now unchanged, c is still a conflict, nothing is written.
    const again = await importXliff({ actor: translator, postId: post.id, xml: edited });
    expect(again).toMatchObject({ updated: 0, unchanged: total - 1, unknown: [] });
    expect(again.conflicts.map((conflict) => conflict.segmentId)).toEqual([c.id]);
    expect(await prisma.revision.count({ where: { segment: { postId: post.id } } })).toBe(revisionsBefore + 2);

    // The translators credited now include the importer.
    const credits = (await loadExportPost({ actor: admin, postId: post.id })).credits;
    expect(credits.translators).toEqual(["Tom Traducteur", "Tara Traductrice"]);
  });

  it("refuses a file of another post and writes nothing", async () => {
    const prisma = database.prisma();
    const one = await createSeedPost(prisma, admin.id);
    const other = await createSeedPost(prisma, admin.id);
    const xml = exportPost(await loadExportPost({ actor: admin, postId: one.id }), format).body;
    const [a] = await pickReplaceable(one.id, xml, 1);
    const before = await prisma.revision.count();
    await expect(
      importXliff({ actor: translator, postId: other.id, xml: xml.replace(a.targetText, "Changé.") }),
    ).rejects.toMatchObject({
      code: "invalid_input",
      message: `This XLIFF file is for another post (post-${one.id}), not this one (post-${other.id}).`,
    });
    expect(await prisma.revision.count()).toBe(before);
  });

  it("reports units that are not segments of the post as unknown", async () => {
    const prisma = database.prisma();
    const post = await createSeedPost(prisma, admin.id);
    const xml = exportPost(await loadExportPost({ actor: admin, postId: post.id }), format).body;
    const [a] = await pickReplaceable(post.id, xml, 1);
    const result = await importXliff({
      actor: translator,
      postId: post.id,
      xml: xml.replaceAll(`"s${a.id}"`, '"s987654"').replace(a.targetText, "Changé."),
    });
    expect(result).toMatchObject({ updated: 0, conflicts: [], unknown: [987_654] });
  });
});

describe("importXliff input", () => {
  it("treats a unit without its export version as a conflict", async () => {
    const post = await createSeedPost(database.prisma(), admin.id);
    const xml = exportPost(await loadExportPost({ actor: admin, postId: post.id }), "xliff").body;
    const [a] = await pickReplaceable(post.id, xml, 1);
    const withoutVersions = xml.replace(/<mda:meta type="version">\d+<\/mda:meta>/g, "");
    expect(withoutVersions).not.toEqual(xml);
    const result = await importXliff({
      actor: translator,
      postId: post.id,
      xml: withoutVersions.replace(a.targetText, "Changé."),
    });
    expect(result.updated).toBe(0);
    expect(result.conflicts).toEqual([{ segmentId: a.id, theirs: a.targetText, mine: "Changé." }]);
  });

  it("refuses malformed XML and unknown posts before writing anything", async () => {
    const post = await createSeedPost(database.prisma(), admin.id);
    await expect(
      importXliff({ actor: translator, postId: post.id, xml: "<xliff version='2.0'>" }),
    ).rejects.toMatchObject({ code: "invalid_input", message: expect.stringMatching(/malformed/) });
    await expect(importXliff({ actor: translator, postId: 999_999, xml: "<x/>" })).rejects.toMatchObject({
      code: "not_found",
    });
  });
});

describe("npm run export", () => {
  it("prints the XLIFF of a post named by its slug, and nothing else", async () => {
    const post = await createSeedPost(database.prisma(), admin.id);
    const { stdout, stderr } = await run(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/export.ts", "--post", post.slug, "--format", "xliff"],
      { env: { ...process.env }, maxBuffer: 20_000_000 },
    );
    expect(stderr).toBe("");
    expect(stdout.startsWith("<?xml")).toBe(true);
    const file = readXliff(stdout);
    expect(file.postRef).toBe(`post-${post.id}`);
    expect(file.units.length).toBe(await database.prisma().segment.count({ where: { postId: post.id } }));
  }, 60_000);

  it("exits 2 on bad usage and 1 with one line on an unknown post", async () => {
    const usage = await run("npx", ["tsx", "--conditions=react-server", "scripts/export.ts", "--post", "x"], {
      env: { ...process.env },
    }).catch((error) => error);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe("");
    const missing = await run(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/export.ts", "--post", "no-such-post", "--format", "md"],
      { env: { ...process.env } },
    ).catch((error) => error);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toBe("export: This post does not exist.\n");
  }, 60_000);
});

describe("GET /api/posts/[id]/export/[format]", () => {
  const call = (id: string, format: string, cookie?: string) =>
    GET(
      new Request(`http://localhost/api/posts/${id}/export/${format}`, cookie ? { headers: { cookie } } : undefined),
      { params: Promise.resolve({ id, format }) },
    );

  async function sessionCookie(user: CurrentUser): Promise<string> {
    const name = SESSION_COOKIE_NAMES[1];
    const secret = process.env.AUTH_SECRET as string;
    return `${name}=${await encode({ token: { sub: String(user.id) }, secret, salt: name })}`;
  }

  it("answers 401 without a session", async () => {
    const response = await call("1", "md");
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: "unauthenticated" } });
  });

  it("downloads the file by slug or id, and answers 404 for an unknown format", async () => {
    const post = await createSeedPost(database.prisma(), admin.id);
    const cookie = await sessionCookie(admin);
    const bySlug = await call(post.slug, "html", cookie);
    expect(bySlug.status).toBe(200);
    expect(bySlug.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(bySlug.headers.get("content-disposition")).toBe(`attachment; filename="${post.slug}.fr.html"`);
    expect(await bySlug.text()).toMatch(/^<!DOCTYPE html>/i);
    const byId = await call(String(post.id), "xliff12", cookie);
    expect(byId.headers.get("content-disposition")).toBe(`attachment; filename="${post.slug}.fr.xlf"`);
    expect(readXliff(await byId.text()).version).toBe("1.2");
    const unknown = await call(String(post.id), "docx", cookie);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      error: { code: "not_found", message: expect.stringMatching(/docx/) },
    });
  });
});
