using Graph.Domain.Identity;
using Graph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>Reads mentions and documents.</summary>
internal static class ProvenanceRows
{
    /// <summary>A mention's columns: its target's ID (t, whose <c>id</c> the statement supplies), article, document and span.</summary>
    public const string MentionColumns = "t.id, a.id, d.hash, m.span_start, m.span_length";

    /// <summary>The article (a) and document (d) of each mention (m), by number (schema version 9).</summary>
    public const string MentionJoins = "JOIN entities a ON a.entity_no = m.article_no JOIN documents d ON d.document_no = m.document_no";

    /// <summary>
    /// The order of <see cref="Graph.Domain.Store.IGraphExporter.ReadAllMentionsAsync"/> and of a target's mentions: target ID,
    /// document hash, span, article ID (the key of the table before schema version 9, which keys mentions by numbers).
    /// </summary>
    public const string MentionOrder = "t.id, d.hash, m.span_start, m.span_length, a.id";

    public const string DocumentColumns = "d.hash, d.name, d.title, d.source, d.published_at, d.length";

    public static Mention ReadMention(SqliteDataReader reader) => new(
        reader.GetString(0),
        new EntityId(reader.GetString(1)),
        reader.GetString(2),
        new TextSpan(reader.GetInt32(3), reader.GetInt32(4)));

    public static DocumentInfo ReadDocument(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.IsDBNull(3) ? null : reader.GetString(3),
        reader.IsDBNull(4) ? null : ScalarColumns.ParseDate(reader.GetString(4)),
        reader.GetInt32(5));
}
