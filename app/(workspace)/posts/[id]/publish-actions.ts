"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/server/accounts/current-user";
import { runAction } from "@/lib/server/infrastructure/respond";
import { importXliff } from "@/lib/server/publishing/import-xliff";
import { publishPost } from "@/lib/server/publishing/publish-post";
import { unpublishPost } from "@/lib/server/publishing/unpublish-post";

export async function publishPostAction(input: { postId: number; overrideReason?: string }) {
  const result = await runAction(async () => publishPost({ actor: await requireActor(), ...input }));
  revalidatePath(`/posts/${input.postId}`);
  return result;
}

export async function unpublishPostAction(input: { postId: number }) {
  const result = await runAction(async () => unpublishPost({ actor: await requireActor(), ...input }));
  revalidatePath(`/posts/${input.postId}`);
  return result;
}

export async function importXliffAction(postId: number, form: FormData) {
  const file = form.get("xliff");
  const result = await runAction(async () =>
    importXliff({
      actor: await requireActor(),
      postId,
      xml: file instanceof File ? await file.text() : "",
    }),
  );
  revalidatePath(`/posts/${postId}`);
  return result;
}
