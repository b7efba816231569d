using Graph.Domain.Model;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Recognition;

/// <summary>Names found by their construction (offices of a government, venues, model line-ups, invested projects); every name is invented.</summary>
public sealed class ConstructionRecognizerTests
{
    private static BatchView Extract(string text) =>
        new(DocumentExtractorFactory.Create().Extract(new SourceDocument("brief-2025-04.txt", text, "简报")));

    [Fact]
    public void A_province_s_general_office_and_foreign_affairs_office_are_part_of_its_people_s_government()
    {
        var view = Extract("2021年江西省政府办公厅印发《江西省物流提质增效实施方案》。作为承办单位之一，甘肃省外办积极对接外事资源。");

        var office = view.Entity(EntityKind.Organization, "江西省人民政府办公厅");
        Assert.Contains("江西省政府办公厅", office.Aliases);
        Assert.Single(view.Relations(RelationType.PartOf, office.Name, "江西省人民政府"));
        Assert.Single(view.Relations(RelationType.LocatedIn, office.Name, "江西省"));
        Assert.Single(view.Relations(RelationType.IssuedBy, "江西省物流提质增效实施方案", office.Name));
        var foreign = view.Entity(EntityKind.Organization, "甘肃省人民政府外事办公室");
        Assert.Single(view.Relations(RelationType.PartOf, foreign.Name, "甘肃省人民政府"));
    }

    [Fact]
    public void A_press_office_keeps_its_place_and_is_not_made_part_of_the_government()
    {
        var view = Extract("山西省政府新闻办举行新闻发布会，介绍上半年经济运行情况。");

        Assert.Empty(view.Relations(RelationType.PartOf, "山西省政府新闻办", "山西省人民政府"));
        Assert.DoesNotContain(view.Batch.Relations, r => r.Type == RelationType.PartOf);
    }
}
