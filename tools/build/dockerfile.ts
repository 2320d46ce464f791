/** One instruction of a Dockerfile: its keyword (upper case) and the rest of its logical line. */
export interface Instruction {
  keyword: string;
  args: string;
}

export interface Stage {
  image: string;
  name?: string;
  instructions: Instruction[];
}

/**
 * The stages of a Dockerfile, enough to check what an image runs: comments dropped, `\` continuations
 * joined. Not a full parser (no heredocs, no escape directive): our Dockerfiles use neither.
 */
export function parseDockerfile(text: string): Stage[] {
  const logical = text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of logical) {
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ') };
    if (instruction.keyword === 'FROM') {
      const [image, as, name] = instruction.args.split(' ');
      stages.push({ image, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (instruction.keyword !== 'ARG' || stages.length > 0) {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${instruction.keyword} before the first FROM`);
      stage.instructions.push(instruction);
    }
  }
  return stages;
}

/** `KEY=VALUE KEY2=VALUE2` of an ENV instruction (values without spaces or quotes, as ours are). */
export function envPairs(args: string): [string, string][] {
  return args.split(' ').map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error(`ENV ${args}: use KEY=VALUE`);
    return [pair.slice(0, at), pair.slice(at + 1)];
  });
}

/** The exec form (JSON array) of CMD or ENTRYPOINT; the shell form is refused (signals would not reach node). */
export function execForm(args: string): string[] {
  const parsed: unknown = JSON.parse(args);
  if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string'))
    throw new Error(`not an exec form: ${args}`);
  return parsed;
}
