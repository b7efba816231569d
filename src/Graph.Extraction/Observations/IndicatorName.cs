using Graph.Extraction.Recognition;

namespace Graph.Extraction.Observations;

/// <summary>What the words before a figure say: which metric, about whom, and whether it is a goal.</summary>
/// <param name="Name">The indicator's name (服务外包合同签约额, 数字产业利润总额).</param>
/// <param name="MetricStart">Start of the metric words as printed, for the indicator's mention.</param>
/// <param name="Period">The period the words imply (an event's dates for 本届博览会…), overriding the last period named.</param>
/// <param name="IsEventDay">True when the period is the day of an event the sentence names (当天签约…), which outweighs
/// every other period of the sentence (去年9月27日 names the same day less exactly).</param>
internal sealed record IndicatorName(
    string Name, int MetricStart, int MetricEnd, EntityRef Subject, bool IsTarget, Dates.Period? Period = null, bool IsEventDay = false);
