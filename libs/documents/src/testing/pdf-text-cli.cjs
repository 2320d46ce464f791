// Reads a PDF on stdin and prints its text, one JSON string per page, with pdf.js (through unpdf).
// A separate process: pdf.js is an ES module that jest's CommonJS sandbox cannot import.
const { extractText, getDocumentProxy } = require('unpdf');

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const proxy = await getDocumentProxy(new Uint8Array(Buffer.concat(chunks)));
  const { text } = await extractText(proxy, { mergePages: false });
  process.stdout.write(JSON.stringify(text));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
