using System.Globalization;

namespace Graph.Domain.Store;

/// <summary>Where a cursor points: the value of each sort key (null for a missing date) and the entity ID.</summary>
public sealed record EntityPosition(IReadOnlyList<string?> Keys, string Id)
{
    public DateOnly? DateAt(int index) => Keys[index] is { } text
        ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : null;
}
