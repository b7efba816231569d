namespace Graph.Storage.Sqlite.Writing;

/// <summary>One row of <c>mentions</c> (schema version 9); compares in the table's key order.</summary>
internal readonly record struct MentionRow(
    MentionTargetKind Kind, long TargetNo, long DocumentNo, int SpanStart, int SpanLength, long ArticleNo) : IComparable<MentionRow>
{
    public int CompareTo(MentionRow other) =>
        ((int)Kind, TargetNo, DocumentNo, SpanStart, SpanLength, ArticleNo).CompareTo(
            ((int)other.Kind, other.TargetNo, other.DocumentNo, other.SpanStart, other.SpanLength, other.ArticleNo));
}
