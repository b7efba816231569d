namespace Graph.Domain.Model;

/// <summary>Well-known keys of <see cref="Relation.Properties"/>.</summary>
public static class RelationProperties
{
    /// <summary>On WORKS_FOR: the title held (局长, 司长, 副局长).</summary>
    public const string Role = "role";

    /// <summary>On AFFECTS: <c>+</c> for a push (促进, 带动), <c>-</c> for a blow (冲击).</summary>
    public const string Polarity = "polarity";
}
