using Graph.Domain.Model;

namespace Graph.Extraction.Assembly;

/// <summary>
/// Mention equality for one batch: every mention of a batch has the batch's document hash, so it is left out of the hash
/// and the comparison (hashing a 64-character hash per mention was a noticeable part of assembling a batch).
/// </summary>
internal sealed class MentionKey : IEqualityComparer<Mention>
{
    public static readonly MentionKey Instance = new();

    public bool Equals(Mention? x, Mention? y) =>
        ReferenceEquals(x, y)
        || (x is not null && y is not null && x.Span == y.Span && x.Article == y.Article
            && string.Equals(x.TargetId, y.TargetId, StringComparison.Ordinal) && string.Equals(x.DocumentHash, y.DocumentHash, StringComparison.Ordinal));

    public int GetHashCode(Mention obj) => HashCode.Combine(obj.TargetId, obj.Article, obj.Span);
}
