import type { MessageText } from "./types";

/** Messages of KPI progress, grading and 3E (kpiProgress.*). Codes start with "kpiProgress.". */
export const kpiProgressMessages: Record<string, MessageText> = {
  // How the rate was computed (KpiMethod), shown next to every rate.
  "kpiProgress.method.ratio": { ja: "高いほど良い（実績÷目標）", en: "higher is better (A / T)" },
  "kpiProgress.method.inverse": { ja: "低いほど良い（目標÷実績）", en: "lower is better (T / A)" },
  "kpiProgress.method.baseline": {
    ja: "基準値からの変化（(実績−基準値)÷(目標−基準値)）",
    en: "change from the baseline ((A − B) / (T − B))",
  },
  "kpiProgress.method.cumulative": {
    ja: "累計（実績の累計÷計画の累計）",
    en: "cumulative (Σ actual / Σ plan)",
  },
  "kpiProgress.method.range": { ja: "範囲（範囲内かどうか）", en: "range (in the band or not)" },
  "kpiProgress.method.milestone": {
    ja: "マイルストーン（取組状況）",
    en: "milestone (implementation status)",
  },

  // Where the year's target came from (KpiTargetSource).
  "kpiProgress.targetSource.plan": { ja: "年度計画", en: "yearly plan" },
  "kpiProgress.targetSource.runningTotal": {
    ja: "単年度計画の累計",
    en: "running total of the single-year plans",
  },
  "kpiProgress.targetSource.linear": {
    ja: "基準値から目標値への直線補間",
    en: "straight line from the baseline to the goal",
  },
  "kpiProgress.targetSource.goal": { ja: "目標値", en: "period goal" },
  "kpiProgress.targetSource.band": { ja: "目標の範囲", en: "target band" },
  "kpiProgress.targetSource.none": { ja: "目標なし", en: "no target" },

  // Why a rate or a target is missing, and notes on how the target was found.
  "kpiProgress.noActual": {
    ja: "{year}年度の実績がまだありません（空欄は0ではありません）。",
    en: "No actual for FY{year} yet (a blank is not zero).",
  },
  "kpiProgress.noYearTarget": {
    ja: "{year}年度の目標がありません（年度計画も、基準値から求める道筋もありません）。",
    en: "No target for FY{year} (no yearly plan and no path from a baseline).",
  },
  "kpiProgress.noPlanForYear": {
    ja: "{year}年度の計画値がありません（他の年度にはあります）。",
    en: "No plan value for FY{year} (other years have one).",
  },
  "kpiProgress.noYearlyPlan": {
    ja: "この判定方法は年度計画と比べますが、{year}年度の計画値がありません。",
    en: "This grading scheme compares with the yearly plan, and FY{year} has no plan value.",
  },
  "kpiProgress.progressUndefined": {
    ja: "目標値が基準値と同じ（{value}）ため、進捗率を定義できません。",
    en: "The target equals the baseline ({value}), so progress is undefined.",
  },
  "kpiProgress.zeroTarget": {
    ja: "目標が0のため、実績÷目標の達成率を計算できません（達成かどうかは判定します）。",
    en: "The target is 0, so A / T cannot be computed (whether it is met is still judged).",
  },
  "kpiProgress.zeroActual": {
    ja: "実績が0のため、目標÷実績の達成率を計算できません（達成かどうかは判定します）。",
    en: "The actual is 0, so T / A cannot be computed (whether it is met is still judged).",
  },
  "kpiProgress.missingEarlierActual": {
    ja: "累計を求めるには{year}年度の実績が必要ですが、空欄です。",
    en: "The running total needs the FY{year} actual, which is blank.",
  },
  "kpiProgress.noBand": {
    ja: "範囲の目標に下限も上限もありません。",
    en: "The range target has neither a lower nor an upper bound.",
  },
  "kpiProgress.milestoneNoNumber": {
    ja: "マイルストーンは数値ではなく取組状況で判定します。",
    en: "A milestone is judged by its status, not by a number.",
  },
  "kpiProgress.linearFromBaseline": {
    ja: "年度計画がないため、{from}年度の基準値 {value} から{to}年度の目標値への直線で目標を求めました。",
    en: "No yearly plan: the target is on a straight line from the baseline {value} in FY{from} to the goal in FY{to}.",
  },
  "kpiProgress.linearFromBeforeRegister": {
    ja: "年度計画も基準年度もないため、台帳の初年度の前年（{from}年度）の基準値 {value} から{to}年度の目標値への直線で目標を求めました。",
    en: "No yearly plan and no baseline year: the target is on a straight line from {value} in FY{from} (the year before the register's first year) to the goal in FY{to}.",
  },
  "kpiProgress.overshootsGoal": {
    ja: "年度計画（{plan}）が期間の目標値（{goal}）を超えています。",
    en: "The yearly plan ({plan}) goes beyond the period goal ({goal}).",
  },

  // Grade labels of the presets (GradeBand.label).
  "kpiProgress.grade.completed": { ja: "完了", en: "completed" },
  "kpiProgress.grade.achieved": { ja: "達成", en: "achieved" },
  "kpiProgress.grade.onTrack": { ja: "順調", en: "on track" },
  "kpiProgress.grade.notStarted": { ja: "未着手", en: "not started" },
  "kpiProgress.grade.undetermined": { ja: "判定不能", en: "cannot be judged" },
  "kpiProgress.grade.behind": { ja: "遅れ", en: "behind" },
  "kpiProgress.grade.points": { ja: "{points}点", en: "{points} points" },
  "kpiProgress.grade.dash": { ja: "－（判定不能）", en: "- (cannot be judged)" },
  "kpiProgress.grade.tbS": { ja: "S（目標以上）", en: "S (target met)" },
  "kpiProgress.grade.tbA": { ja: "A（基準値より改善）", en: "A (better than the baseline)" },
  "kpiProgress.grade.tbB": {
    ja: "B（基準値から△10%以内）",
    en: "B (within 10% below the baseline)",
  },
  "kpiProgress.grade.tbC": { ja: "C（基準値を下回る）", en: "C (below the baseline)" },
  "kpiProgress.grade.ypS": { ja: "S（計画以上）", en: "S (at or above the plan)" },
  "kpiProgress.grade.ypA": { ja: "A（計画どおり）", en: "A (as planned)" },
  "kpiProgress.grade.ypB": { ja: "B（やや遅れている）", en: "B (slightly behind)" },
  "kpiProgress.grade.ypC": { ja: "C（ほとんど進んでいない）", en: "C (hardly progressing)" },

  // Names of the presets (GradingScheme.name).
  "kpiProgress.scheme.default": {
    ja: "標準（達成・順調・遅れ・未着手・完了・判定不能）",
    en: "Standard (achieved, on track, behind, not started, completed, cannot be judged)",
  },
  "kpiProgress.scheme.sevenPoint": {
    ja: "達成率による7段階評価",
    en: "7 points by achievement rate",
  },
  "kpiProgress.scheme.targetBaseline": {
    ja: "目標値・基準値によるS/A/B/C評価",
    en: "S/A/B/C against the target and the baseline",
  },
  "kpiProgress.scheme.yearlyPlan": {
    ja: "年度計画に対する進捗のS/A/B/C評価",
    en: "S/A/B/C by progress against the yearly plan",
  },

  // checkGradingScheme: why a scheme from settings or a user edit is refused.
  "kpiProgress.scheme.notObject": {
    ja: "判定方法の設定が読み取れません（オブジェクトではありません）。",
    en: "The grading scheme cannot be read (it is not an object).",
  },
  "kpiProgress.scheme.badField": {
    ja: "判定方法の項目「{field}」が正しくありません。",
    en: 'The grading scheme field "{field}" is not valid.',
  },
  "kpiProgress.scheme.noBands": {
    ja: "判定方法に区分が1つもありません。",
    en: "The grading scheme has no bands.",
  },
  "kpiProgress.scheme.badBand": {
    ja: "判定方法の{index}番目の区分が正しくありません（{field}）。",
    en: "Band {index} of the grading scheme is not valid ({field}).",
  },
  "kpiProgress.scheme.badPercent": {
    ja: "判定方法の{index}番目の区分のしきい値（{value}）は0以上の数値にしてください。",
    en: "The threshold of band {index} ({value}) must be a number of at least 0.",
  },
  "kpiProgress.scheme.duplicateCode": {
    ja: "判定方法の区分コード「{code}」が重複しています。",
    en: 'The band code "{code}" appears more than once.',
  },
  "kpiProgress.scheme.lastNotOtherwise": {
    ja: "判定方法の最後の区分は「それ以外」にしてください（どの行にも判定が付くように）。",
    en: 'The last band must be "otherwise", so that every row gets a grade.',
  },

  // 3E (経済性・効率性・有効性).
  "kpiProgress.threeE.noCost": {
    ja: "{year}年度の事業費がありません。",
    en: "No cost for FY{year}.",
  },
  "kpiProgress.threeE.noEconomyBasis": {
    ja: "経済性を求める予算額も前年度の事業費もありません。",
    en: "Neither a budget nor the prior year's cost is available for economy.",
  },
  "kpiProgress.threeE.noOutput": {
    ja: "{year}年度の活動量がないか0のため、単位当たりコストを求められません。",
    en: "The FY{year} output is blank or 0, so the unit cost cannot be computed.",
  },
  "kpiProgress.threeE.noPersonnel": {
    ja: "{year}年度の人件費が空欄のため、単位当たりコストは事業費のみで求めました。",
    en: "The FY{year} personnel cost is blank: the unit cost uses the project cost only.",
  },
  "kpiProgress.threeE.unknownCostUnit": {
    ja: "費用の単位「{unit}」を円に換算できないため、テーマの合計に含めません。",
    en: 'The cost unit "{unit}" cannot be converted to yen, so it is left out of the theme total.',
  },
};
