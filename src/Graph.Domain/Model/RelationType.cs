namespace Graph.Domain.Model;

/// <summary>The one vocabulary of directed relations. Stored and exported in SCREAMING_SNAKE_CASE (see <see cref="RelationTypes"/>).</summary>
public enum RelationType
{
    /// <summary>Entity → Place it is located in (company → city, city → province).</summary>
    LocatedIn,

    /// <summary>Part → whole (department → ministry, district → city).</summary>
    PartOf,

    /// <summary>Person → Organization or Company; property <c>role</c>.</summary>
    WorksFor,

    /// <summary>Policy → issuing body.</summary>
    IssuedBy,

    /// <summary>Company, Organization or Person → Event.</summary>
    ParticipatedIn,

    /// <summary>Event → Place.</summary>
    HeldIn,

    /// <summary>Company → Product.</summary>
    Produces,

    /// <summary>Article → Source.</summary>
    PublishedBy,

    /// <summary>Article → any entity it mentions.</summary>
    Mentions,

    /// <summary>Cause → affected entity; property <c>polarity</c> (<c>+</c> or <c>-</c>).</summary>
    Affects,

    /// <summary>Policy or programme → what it aims at.</summary>
    Targets,

    /// <summary>Organization or Person → Policy, Project or Event it carries out or organizes.</summary>
    Implements,
}
