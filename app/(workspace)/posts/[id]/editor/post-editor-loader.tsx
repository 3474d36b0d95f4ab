"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";

// The editor is rendered in the browser only: server-rendering 400 interactive rows cost ~125 ms of server CPU and
// ~700 KB of HTML per page view (bench/editor-speed.ts) for markup the browser rebuilds anyway. The server sends
// the data; the rows appear once the editor's code has loaded.
const PostEditor = dynamic(() => import("./post-editor").then((m) => m.PostEditor), {
  ssr: false,
  loading: () => <LoadingSegments />,
});

function LoadingSegments() {
  const t = useTranslations("editor");
  return (
    <p role="status" className="card p-6 text-stone-600">
      {t("loading")}
    </p>
  );
}

export function PostEditorLoader(props: ComponentProps<typeof import("./post-editor").PostEditor>) {
  return <PostEditor {...props} />;
}
