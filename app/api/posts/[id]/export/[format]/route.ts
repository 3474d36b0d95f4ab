import { AppError } from "@/lib/errors";
import { EXPORT_FORMATS, exportPost, isExportFormat } from "@/lib/export/export-post";
import { getRequestUser } from "@/lib/server/accounts/request-user";
import { errorResponse } from "@/lib/server/infrastructure/respond";
import { loadExportPost, readPostRef } from "@/lib/server/publishing/load-export-post";

export const dynamic = "force-dynamic";

/**
 * The post as a file to download: html (standalone document), md, txt, json, xliff (2.0), xliff12 or tmx.
 * `[id]` is the post's numeric id or its slug.
 */
export async function GET(request: Request, context: RouteContext<"/api/posts/[id]/export/[format]">) {
  try {
    const actor = await getRequestUser(request);
    if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
    const { id, format } = await context.params;
    if (!isExportFormat(format)) {
      throw new AppError("not_found", `There is no "${format}" export: use one of ${EXPORT_FORMATS.join(", ")}.`, {
        formats: [...EXPORT_FORMATS],
      });
    }
    const post = await loadExportPost({ actor, ...readPostRef(id) });
    const file = exportPost(post, format);
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${exportFileName(post.slug, post.targetLang, file.extension)}"`,
        // Drafts are not public: no shared cache may keep them.
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}

/** `<slug>.<lang>.<extension>`, kept to characters that need no quoting in a header. */
function exportFileName(slug: string, lang: string, extension: string): string {
  const safe = (part: string) => part.replace(/[^A-Za-z0-9_-]+/g, "-") || "post";
  return `${safe(slug)}.${safe(lang)}.${extension}`;
}
