import { ImageResponse } from "next/og";
import { SITE_NAME } from "@/lib/site-metadata";

// The picture link previews show (Open Graph / Twitter), drawn by next/og at build time and again
// after each revalidation, with its bundled font: nothing is downloaded. Inline styles are the only
// styling next/og understands; this is an image, not part of any page.

export const shareCardSize = { width: 1200, height: 630 };

const colours = { paper: "#fbfaf7", ink: "#1c1b19", muted: "#595650", accent: "#9c2b1f", rule: "#dedad1" };

type ShareCard = { kicker: string; title: string; detail: string };

export function shareCardImage({ kicker, title, detail }: ShareCard): ImageResponse {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "72px 80px",
        background: colours.paper,
        color: colours.ink,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 28, letterSpacing: 4, textTransform: "uppercase", color: colours.accent }}>{kicker}</div>
        <div style={{ marginTop: 24, fontSize: title.length > 28 ? 76 : 96, lineHeight: 1.1, letterSpacing: -1 }}>{title}</div>
        <div style={{ marginTop: 28, fontSize: 32, lineHeight: 1.4, color: colours.muted }}>{detail}</div>
      </div>
      <div style={{ display: "flex", paddingTop: 24, borderTop: `3px solid ${colours.ink}`, fontSize: 30 }}>{SITE_NAME}</div>
    </div>,
    shareCardSize,
  );
}

/** At most `length` characters, cut at a word. */
export function shortened(text: string, length: number): string {
  if (text.length <= length) return text;
  return `${text.slice(0, text.lastIndexOf(" ", length - 1))}…`;
}
