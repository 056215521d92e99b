/**
 * WordPress's block grammar, read in one linear pass: `<!-- wp:name {json} -->`
 * opens a block, `<!-- /wp:name -->` closes it, `<!-- wp:name /-->` is a block
 * without content; blocks nest. Each block keeps its own HTML with a `null`
 * where each inner block sits (`innerContent`, as WordPress's parser does).
 * The export is untrusted: attributes that are not a JSON object become {}
 * (and are counted), a closer that matches no open block is dropped, and
 * blocks still open at the end are closed there, so nothing is lost.
 */
export interface Block {
  /** "core/paragraph", "core/columns", "jetpack/rating"… */
  name: string;
  attrs: Record<string, unknown>;
  innerBlocks: Block[];
  innerContent: (string | null)[];
  /** True when the attributes could not be read as a JSON object. */
  badAttrs: boolean;
}

/** The top level: HTML outside any block (the classic editor's) and blocks, in order. */
export type TopLevel = (string | Block)[];

const DELIMITER = /^\s+(\/)?wp:([a-z][a-z0-9_-]*\/)?([a-z][a-z0-9_-]*)\s+(?:(\{[\s\S]*\})\s+)?(\/)?$/;

export function hasBlocks(text: string): boolean {
  return text.includes("<!-- wp:");
}

function readAttrs(json: string | undefined): { attrs: Record<string, unknown>; bad: boolean } {
  if (json === undefined) return { attrs: {}, bad: false };
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return { attrs: value as Record<string, unknown>, bad: false };
    }
  } catch {
    // Fall through: unreadable attributes are counted, the block's HTML is kept.
  }
  return { attrs: {}, bad: true };
}

export function parseBlocks(text: string): TopLevel {
  const top: TopLevel = [];
  const stack: Block[] = [];
  const addHtml = (html: string) => {
    if (!html) return;
    const open = stack.at(-1);
    if (open) open.innerContent.push(html);
    else top.push(html);
  };
  const attach = (block: Block) => {
    const open = stack.at(-1);
    if (open) {
      open.innerBlocks.push(block);
      open.innerContent.push(null);
    } else top.push(block);
  };
  let copied = 0;
  // The next "-->", remembered: positions only grow, so a run of unclosed "<!--" is searched once.
  let end = -2;
  for (let at = text.indexOf("<!--"); at !== -1; ) {
    if (end !== -1 && end < at) end = text.indexOf("-->", at + 4);
    if (end === -1) break;
    const match = DELIMITER.exec(text.slice(at + 4, end));
    if (!match) {
      at = text.indexOf("<!--", at + 4);
      continue;
    }
    addHtml(text.slice(copied, at));
    copied = end + 3;
    const [, closer, namespace, local, json, isVoid] = match;
    const name = `${namespace ?? "core/"}${local}`;
    if (closer) {
      const depth = stack.map((b) => b.name).lastIndexOf(name);
      // Blocks left open inside it end here; a closer of nothing is dropped.
      if (depth !== -1) while (stack.length > depth) attach(stack.pop()!);
    } else {
      const { attrs, bad } = readAttrs(json);
      const block: Block = { name, attrs, innerBlocks: [], innerContent: [], badAttrs: bad };
      if (isVoid) attach(block);
      else stack.push(block);
    }
    at = text.indexOf("<!--", copied);
  }
  addHtml(text.slice(copied));
  while (stack.length) attach(stack.pop()!);
  return top;
}
