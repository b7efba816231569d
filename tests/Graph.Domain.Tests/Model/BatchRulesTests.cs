using Graph.Domain.Model;

namespace Graph.Domain.Tests.Model;

/// <summary>
/// A rule's message names the offending row, and is formatted only when the rule fails: a valid batch formats none,
/// an invalid one still gets the whole message.
/// </summary>
public sealed class BatchRulesTests
{
    private static readonly DocumentInfo Document = new(new string('c', 64), "doc.txt", null, null, null, 10);

    [Fact]
    public void A_valid_batch_passes()
    {
        var place = Entity.Create(EntityKind.Place, "某市");

        BatchRules.Validate(new GraphBatch(Document, [place], [], [], []));
    }

    [Fact]
    public void A_failing_rule_names_the_entity_it_failed_on()
    {
        var place = Entity.Create(EntityKind.Place, "某市") with
        {
            StartDate = new DateOnly(2025, 1, 2),
            EndDate = new DateOnly(2025, 1, 1),
        };

        var error = Assert.ThrowsAny<ArgumentException>(() => BatchRules.Validate(new GraphBatch(Document, [place], [], [], [])));

        Assert.Contains($"entity {place.Id} ends before it starts.", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The batch was rejected and nothing was written: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failing_rule_on_a_mention_gives_its_numbers()
    {
        var place = Entity.Create(EntityKind.Place, "某市");
        var article = Entity.Create(EntityKind.Article, "doc#1");
        var mention = new Mention(place.Id.Value, article.Id, Document.Hash, new TextSpan(8, 5));

        var error = Assert.ThrowsAny<ArgumentException>(
            () => BatchRules.Validate(new GraphBatch(Document, [place, article], [], [], [mention])));

        Assert.Contains($"a mention of {place.Id} ends at 13, past the document's 10 characters.", error.Message, StringComparison.Ordinal);
    }
}
