namespace Graph.Domain.Model;

/// <summary>Well-known keys of <see cref="Entity.Attributes"/>.</summary>
public static class EntityAttributes
{
    /// <summary>On an Article: the content hash of the document it was cut from.</summary>
    public const string Document = "document";

    /// <summary>On an Article: its 1-based position in the document.</summary>
    public const string Ordinal = "ordinal";

    /// <summary>On an Article: the name of its source as printed (（来源：…）).</summary>
    public const string Source = "source";
}
