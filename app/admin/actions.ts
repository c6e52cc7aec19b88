"use server";

import { z } from "zod";
import { editorAction } from "@/lib/auth/actions";
import { fieldsObject } from "@/lib/content-schema";
import { renderMarkdown } from "@/lib/markdown";
import { ok } from "@/lib/result";

const previewSchema = fieldsObject({ markdown: z.string({ error: "Send the text to preview." }).max(50_000, { error: "The text is too long to preview." }) });

/** The Markdown preview of the dashboard's editors: rendered and sanitised like the public pages. */
export const previewMarkdownAction = editorAction(previewSchema, async ({ markdown }) => ok({ html: await renderMarkdown(markdown) }));
