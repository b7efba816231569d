namespace Graph.GraphQL.Filtering;

/// <summary>What a kind's dates mean, for the descriptions of its date filters; no end date means no <c>endDate</c> field.</summary>
/// <param name="Span">What <c>from</c> and <c>to</c> test: "issue date", "span (first to last day)".</param>
/// <param name="Start">What the start date is: "the issue date".</param>
/// <param name="End">What the end date is, when the kind has one: "the last day".</param>
internal sealed record KindDates(string Span, string Start, string? End = null);
