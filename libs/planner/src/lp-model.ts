/** One term of a linear expression: coefficient × column. */
export interface Term {
  coefficient: number;
  column: string;
}

interface Row {
  terms: readonly Term[];
  sense: '<=' | '>=';
  rhs: number;
}

/** Terms per line of LP text: HiGHS reads long rows, but short lines keep a dumped model readable. */
const TERMS_PER_LINE = 12;

/**
 * A 0-1 minimisation model written out in CPLEX LP format, the input HiGHS's one-shot `solve` reads.
 * Column and row names are generated (x…, s…, r…), so no fact (a code with dashes or dots) has to be
 * escaped into the LP syntax.
 */
export class BinaryModel {
  private readonly costs = new Map<string, number>();
  private readonly rows: Row[] = [];

  addColumn(name: string, cost: number): string {
    if (this.costs.has(name)) throw new RangeError(`column ${name} added twice`);
    this.costs.set(name, cost);
    return name;
  }

  addRow(terms: readonly Term[], sense: Row['sense'], rhs: number): void {
    if (terms.length > 0) this.rows.push({ terms, sense, rhs });
  }

  get columnCount(): number {
    return this.costs.size;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  toLp(): string {
    const objective = [...this.costs].map(([column, coefficient]) => ({ column, coefficient }));
    const lines = ['Minimize', ...expression(' obj:', objective), 'Subject To'];
    this.rows.forEach((row, i) => {
      const body = expression(` r${i}:`, row.terms);
      body[body.length - 1] += ` ${row.sense} ${row.rhs}`;
      lines.push(...body);
    });
    lines.push('Binary', ...chunks([...this.costs.keys()]).map((c) => ` ${c.join(' ')}`), 'End');
    return lines.join('\n');
  }
}

function expression(label: string, terms: readonly Term[]): string[] {
  return chunks(terms).map(
    (chunk, i) =>
      (i === 0 ? label : '') +
      chunk
        .map((t, j) => {
          const sign = t.coefficient < 0 ? '-' : i === 0 && j === 0 ? '' : '+';
          const size = Math.abs(t.coefficient);
          return ` ${sign}${sign ? ' ' : ''}${size === 1 ? '' : `${size} `}${t.column}`;
        })
        .join(''),
  );
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += TERMS_PER_LINE) out.push(items.slice(i, i + TERMS_PER_LINE));
  return out;
}
