using Graph.Domain.Identity;
using Graph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Storage.Sqlite.Mapping;

/// <summary>Reads mentions and documents.</summary>
internal static class ProvenanceRows
{
    public const string MentionColumns = "m.target_id, m.article_id, m.document_hash, m.span_start, m.span_length";

    /// <summary>The order of <see cref="Graph.Domain.Store.IGraphExporter.ReadAllMentionsAsync"/>: the table's primary key.</summary>
    public const string MentionOrder = "m.target_id, m.document_hash, m.span_start, m.span_length, m.article_id";

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
