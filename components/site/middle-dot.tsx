/**
 * The " · " between parts of a line. JSX would write the character itself, and one character above
 * ASCII sends the whole cached page through the slow encoding path on every response (lib/html.ts):
 * a character reference keeps the page ASCII and reads the same.
 */
export function MiddleDot() {
  return <span dangerouslySetInnerHTML={{ __html: " &#xb7; " }} />;
}
