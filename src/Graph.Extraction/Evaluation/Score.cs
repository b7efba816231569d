namespace Graph.Extraction.Evaluation;

/// <summary>Counts of one category; precision and recall are 1 when nothing was predicted or expected (nothing to get wrong).</summary>
public readonly record struct Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score left, Score right) =>
        new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);

    public Score Add(Score other) => this + other;
}
