import { makeStyles, tokens } from "@fluentui/react-components";
import { chartGeometry, previewHeight } from "../../core/chart/chartGeometry";
import type { GeometryLegendEntry, GeometryText } from "../../core/chart/chartGeometry";
import type { ChartPlan, ChartSeriesPlan } from "../../core/chart/types";
import { useText } from "../useText";

/** Japanese UI fonts first, so 令和 and テーマ names render evenly; then Fluent's own stack. */
const JAPANESE_FONTS = `"Yu Gothic UI", "Meiryo UI", "Hiragino Sans", "Noto Sans JP", ${tokens.fontFamilyBase}`;

const useStyles = makeStyles({
  svg: {
    display: "block",
    maxWidth: "100%",
    height: "auto",
    fontFamily: JAPANESE_FONTS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { fill: tokens.colorNeutralForeground1 },
  muted: { fill: tokens.colorNeutralForeground2 },
  axis: { stroke: tokens.colorNeutralForeground1, strokeWidth: "1px" },
  grid: { stroke: tokens.colorNeutralStroke2, strokeWidth: "1px" },
});

/** Fill and stroke of a series after its IBCS style: solid filled, outline (white inside), dashed. */
function paint(style: ChartSeriesPlan["style"], color: string, shape: "bar" | "line") {
  if (shape === "line")
    return {
      fill: "none",
      stroke: color,
      strokeWidth: style === "dashed" ? 1.5 : 2,
      strokeDasharray: style === "dashed" ? "6 3" : undefined,
    };
  if (style === "solid") return { fill: color, stroke: color, strokeWidth: 1 };
  return {
    fill: "#FFFFFF",
    stroke: color,
    strokeWidth: 1.5,
    strokeDasharray: style === "dashed" ? "4 2" : undefined,
  };
}

function Text({ t, className }: { t: GeometryText; className: string }) {
  return (
    <text
      x={t.x}
      y={t.y}
      fontSize={t.size}
      fontWeight={t.bold ? 700 : 400}
      textAnchor={t.anchor}
      className={className}
    >
      {t.text}
    </text>
  );
}

function Swatch({ e, className }: { e: GeometryLegendEntry; className: string }) {
  const cy = e.y + 6;
  return (
    <g>
      {e.shape === "line" ? (
        <line x1={e.x} y1={cy} x2={e.x + 18} y2={cy} {...paint(e.style, e.color, "line")} />
      ) : (
        <rect x={e.x + 2} y={e.y + 1} width={14} height={10} {...paint(e.style, e.color, "bar")} />
      )}
      <text x={e.x + 22} y={e.y + 10} fontSize={11} className={className}>
        {e.text}
      </text>
    </g>
  );
}

/**
 * An SVG preview of a chart plan, drawn from {@link chartGeometry}: what the Excel chart will
 * show, in the same print-safe styles (actual solid, plan outlined, targets dashed). All text is
 * React text nodes, so cell contents never become markup.
 */
export function ChartPreview(props: { plan: ChartPlan; width?: number }): JSX.Element {
  const { plan } = props;
  const styles = useStyles();
  const t = useText();
  const width = props.width ?? 360;
  const g = chartGeometry(plan, { width, height: previewHeight(plan, width) });
  const { plot } = g;
  return (
    <svg
      role="img"
      aria-label={plan.title}
      viewBox={`0 0 ${g.width} ${g.height}`}
      width={g.width}
      height={g.height}
      className={styles.svg}
    >
      {g.title.map((x, i) => (
        <Text key={`title${i}`} t={x} className={styles.text} />
      ))}
      {g.valueTicks.map((tick) =>
        g.horizontal ? (
          <g key={`v${tick.value}`}>
            <line
              x1={tick.position}
              y1={plot.y}
              x2={tick.position}
              y2={plot.y + plot.height}
              className={styles.grid}
            />
            <text
              x={tick.position}
              y={plot.y + plot.height + 13}
              fontSize={10}
              textAnchor="middle"
              className={styles.muted}
            >
              {tick.label}
            </text>
          </g>
        ) : (
          <g key={`v${tick.value}`}>
            <line
              x1={plot.x}
              y1={tick.position}
              x2={plot.x + plot.width}
              y2={tick.position}
              className={styles.grid}
            />
            <text
              x={plot.x - 4}
              y={tick.position + 3.5}
              fontSize={10}
              textAnchor="end"
              className={styles.muted}
            >
              {tick.label}
            </text>
          </g>
        )
      )}
      {g.secondaryTicks.map((tick) => (
        <text
          key={`s${tick.value}`}
          x={plot.x + plot.width + 4}
          y={tick.position + 3.5}
          fontSize={10}
          className={styles.muted}
        >
          {tick.label}
        </text>
      ))}
      {g.bars.map((b, i) => (
        <rect
          key={`b${i}`}
          data-series={b.series}
          x={b.x}
          y={b.y}
          width={b.width}
          height={b.height}
          {...paint(b.style, b.color, "bar")}
        />
      ))}
      <line {...g.zeroLine} className={styles.axis} />
      {g.lines.map((l) => (
        <g key={`l${l.series}`} data-series={l.series}>
          {l.segments.map((seg, i) => (
            <polyline
              key={i}
              points={seg.map((p) => `${p.x},${p.y}`).join(" ")}
              {...paint(l.style, l.color, "line")}
            />
          ))}
          {l.markers.map((p, i) => (
            <circle key={`m${i}`} cx={p.x} cy={p.y} r={3} fill={l.color} />
          ))}
        </g>
      ))}
      {g.labels.map((x, i) => (
        <Text key={`lab${i}`} t={x} className={styles.text} />
      ))}
      {g.categoryLabels.map((x, i) => (
        <Text key={`c${i}`} t={x} className={styles.text} />
      ))}
      {g.axisTitles.map((x, i) => (
        <Text key={`a${i}`} t={x} className={styles.muted} />
      ))}
      {g.legend.map((e, i) => (
        <Swatch key={`lg${i}`} e={e} className={styles.text} />
      ))}
      {g.note.map((x, i) => (
        <Text key={`n${i}`} t={x} className={styles.muted} />
      ))}
      {g.empty && (
        <text
          x={plot.x + plot.width / 2}
          y={plot.y + plot.height / 2}
          fontSize={12}
          textAnchor="middle"
          className={styles.muted}
        >
          {t("chart.preview.empty")}
        </text>
      )}
    </svg>
  );
}
