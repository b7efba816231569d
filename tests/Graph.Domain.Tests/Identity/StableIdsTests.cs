using Graph.Domain.Identity;
using Graph.Domain.Model;

namespace Graph.Domain.Tests.Identity;

public sealed class StableIdsTests
{
    [Fact]
    public void An_entity_id_depends_only_on_kind_and_canonical_name()
    {
        var id = StableIds.Entity(EntityKind.Place, "大连市");

        Assert.Equal(id, StableIds.Entity(EntityKind.Place, "大连市"));
        Assert.Equal(id, StableIds.Entity(EntityKind.Place, " 大连 市 "));
        Assert.NotEqual(id, StableIds.Entity(EntityKind.Organization, "大连市"));
        Assert.NotEqual(id, StableIds.Entity(EntityKind.Place, "大连"));
        Assert.Matches("^place_[0-9a-f]{16}$", id.Value);
    }

    [Fact]
    public void Ids_are_the_same_on_every_machine()
    {
        // Pinned values: a change here changes every stored ID and must come with a migration.
        Assert.Equal("place_" + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData("Place\u001f大连市"u8.ToArray())).Substring(0, 16),
            StableIds.Entity(EntityKind.Place, "大连市").Value);
        Assert.Equal(
            "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92",
            StableIds.DocumentHash("123456"));
    }

    [Fact]
    public void A_document_hash_is_the_sha256_of_the_utf8_text_however_long_and_however_often_taken()
    {
        // Tens of kilobytes of three-byte characters, as a newsletter is, then a short text on the same thread: the reused
        // context must start clean each time.
        var longText = string.Concat(Enumerable.Repeat("大连市服务外包合同签约额同比增长12.5%。", 2_000));
        foreach (var text in new[] { longText, "123456", longText, string.Empty })
        {
            Assert.Equal(
                Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
                StableIds.DocumentHash(text));
        }
    }

    [Fact]
    public void A_relation_id_separates_types_directions_and_roles()
    {
        var a = StableIds.Entity(EntityKind.Person, "张建华");
        var b = StableIds.Entity(EntityKind.Organization, "国家数据局");

        var director = StableIds.Relation(RelationType.WorksFor, a, b, "局长");

        Assert.Equal(director, StableIds.Relation(RelationType.WorksFor, a, b, "局长"));
        Assert.NotEqual(director, StableIds.Relation(RelationType.WorksFor, a, b, "副局长"));
        Assert.NotEqual(director, StableIds.Relation(RelationType.WorksFor, b, a, "局长"));
        Assert.NotEqual(director, StableIds.Relation(RelationType.Mentions, a, b, "局长"));
    }

    [Fact]
    public void An_observation_id_includes_period_unit_and_article()
    {
        var indicator = StableIds.Entity(EntityKind.Indicator, "服务外包合同签约额");
        var subject = StableIds.Entity(EntityKind.Place, "大连市");
        var article = StableIds.Entity(EntityKind.Article, "doc#1");
        var q1 = StableIds.Observation(indicator, subject, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), "万美元", article);

        Assert.Equal(q1, StableIds.Observation(indicator, subject, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), "万美元", article));
        Assert.NotEqual(q1, StableIds.Observation(indicator, subject, new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 28), "万美元", article));
        Assert.NotEqual(q1, StableIds.Observation(indicator, subject, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), "%", article));
    }

    [Fact]
    public void A_relation_or_observation_id_is_the_hash_of_its_parts_joined_by_the_unit_separator()
    {
        // The formula the IDs were first made with, kept as a pin: hashing the parts one by one must not change any ID.
        static string Joined(string prefix, params string[] parts) => prefix + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', parts))))[..16];
        var a = StableIds.Entity(EntityKind.Person, "张建华");
        var b = StableIds.Entity(EntityKind.Organization, "国家数据局");
        var longRole = new string('长', 400); // over the stack buffer: the pooled path
        var lone = "\uD800x"; // an unpaired surrogate is encoded as U+FFFD either way

        Assert.Equal(Joined("rel_", "WORKS_FOR", a.Value, b.Value, "局长"), StableIds.Relation(RelationType.WorksFor, a, b, "局长").Value);
        Assert.Equal(Joined("rel_", "WORKS_FOR", a.Value, b.Value, ""), StableIds.Relation(RelationType.WorksFor, a, b).Value);
        Assert.Equal(Joined("rel_", "WORKS_FOR", a.Value, b.Value, longRole), StableIds.Relation(RelationType.WorksFor, a, b, longRole).Value);
        Assert.Equal(Joined("rel_", "WORKS_FOR", a.Value, b.Value, lone), StableIds.Relation(RelationType.WorksFor, a, b, lone).Value);
        Assert.Equal(
            Joined("obs_", a.Value, b.Value, "2025-01-01", "2025-03-31", "万美元", b.Value),
            StableIds.Observation(a, b, new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31), "万美元", b).Value);
    }
}
