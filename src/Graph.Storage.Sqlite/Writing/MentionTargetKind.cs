namespace Graph.Storage.Sqlite.Writing;

/// <summary>What a mention points at: <c>mentions.target_kind</c>, which says whose number <c>target_no</c> is (schema version 9).</summary>
internal enum MentionTargetKind
{
    /// <summary><c>target_no</c> is an <c>entity_no</c>.</summary>
    Entity = 0,

    /// <summary><c>target_no</c> is a <c>relation_no</c>.</summary>
    Relation = 1,

    /// <summary><c>target_no</c> is an <c>observation_no</c>.</summary>
    Observation = 2,
}
