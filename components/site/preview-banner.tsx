import { endPreviewHref } from "@/lib/preview/paths";

/** Shown on every public page while an editor previews: drafts are visible, and how to leave. */
export function PreviewBanner() {
  return (
    <div className="preview-banner" role="region" aria-label="Preview">
      <p>
        <strong>Preview.</strong> You see drafts as readers will once they are published; readers do not see them.{" "}
        <a href={endPreviewHref("/")}>End the preview</a>
      </p>
    </div>
  );
}
