import type { MovesPicture as Picture } from './moves-sankey-layout';

/**
 * The Sankey of moves as SVG (the dashboard's rotations, the planner's proposed moves). Hidden from
 * assistive technology: every use shows the MovesTable beside it, which says the same thing in text.
 */
export function MovesPicture({ picture }: { picture: Picture }) {
  return (
    <svg
      className="moves-picture"
      viewBox={`0 0 ${picture.width} ${picture.height}`}
      aria-hidden="true"
      data-testid="moves-picture"
    >
      <g className="move-bands">
        {picture.bands.map((b) => (
          <path key={b.key} d={b.path} strokeWidth={b.width}>
            <title>{`${b.fromName} → ${b.toName}: ${b.count}`}</title>
          </path>
        ))}
      </g>
      {picture.boxes.map((box) => (
        <g key={box.key} className={`move-box ${box.level ?? 'unknown'}`}>
          <rect x={box.x0} y={box.y0} width={box.x1 - box.x0} height={Math.max(1, box.y1 - box.y0)} />
          <text
            x={box.side === 'from' ? box.x0 - 6 : box.x1 + 6}
            y={(box.y0 + box.y1) / 2}
            dy="0.35em"
            textAnchor={box.side === 'from' ? 'end' : 'start'}
          >
            {`${box.name} (${box.count})`}
          </text>
        </g>
      ))}
    </svg>
  );
}
