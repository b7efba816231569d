namespace Graph.Bench.Synthetic;

/// <summary>What a bulk load wrote and how long each phase took.</summary>
internal sealed record LoadReport(
    int Entities,
    long Relations,
    long Observations,
    long Mentions,
    double EntitySeconds,
    double RelationSeconds,
    double ObservationSeconds,
    double TotalSeconds);
