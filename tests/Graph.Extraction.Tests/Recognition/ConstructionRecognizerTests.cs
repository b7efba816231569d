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

    [Fact]
    public void A_venue_by_its_suffix_is_a_place_in_the_city_around_it_and_what_closes_there_is_held_there_and_in_that_city()
    {
        var view = Extract("第三届江淮智能装备博览会12日在青枫国际会展中心（合肥）闭幕。展会期间，主办方在芜湖青槐公园组织无人机展演。");

        var hall = view.Entity(EntityKind.Place, "青枫国际会展中心（合肥）");
        Assert.Single(view.Relations(RelationType.LocatedIn, hall.Name, "合肥市"));
        Assert.Single(view.Relations(RelationType.HeldIn, "第三届江淮智能装备博览会", hall.Name));
        Assert.Single(view.Relations(RelationType.HeldIn, "第三届江淮智能装备博览会", "合肥市"));
        var park = view.Entity(EntityKind.Place, "青槐公园");
        Assert.Contains("芜湖青槐公园", park.Aliases);
        Assert.Single(view.Relations(RelationType.LocatedIn, park.Name, "芜湖市"));
    }

    [Fact]
    public void A_city_prefixed_hall_ending_in_center_is_a_venue_in_that_city_not_an_institution()
    {
        var view = Extract("第五届皖南茶业博览会将于10月8日在杭州松涛国际展览中心举办，展期4天。");

        var hall = view.Entity(EntityKind.Place, "松涛国际展览中心");
        Assert.Contains("杭州松涛国际展览中心", hall.Aliases);
        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Organization && e.Name.EndsWith("展览中心", StringComparison.Ordinal));
        Assert.Single(view.Relations(RelationType.LocatedIn, hall.Name, "杭州市"));
        Assert.Single(view.Relations(RelationType.HeldIn, "第五届皖南茶业博览会", hall.Name));
    }

    [Fact]
    public void Models_listed_before_a_count_of_models_are_products_of_the_plant_in_focus()
    {
        var view = Extract("11月2日，青禾汽车宜兴分公司举行第5万辆整车下线仪式。目前，工厂生产远航300、远航500、星辰炮共3款车型。");

        foreach (var model in (string[])["远航300", "远航500", "星辰炮"])
        {
            view.Entity(EntityKind.Product, model);
            Assert.Single(view.Relations(RelationType.Produces, "青禾汽车宜兴分公司", model));
        }
    }

    [Fact]
    public void A_list_that_does_not_fit_its_count_of_models_names_no_product()
    {
        var view = Extract("目前，工厂生产远航300、远航500共3款车型。");

        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Product);
    }

    [Fact]
    public void A_project_is_named_by_its_total_investment_before_or_after_it()
    {
        var view = Extract("总投资12亿元的青槐智慧物流综合体，将建设仓储中心。据了解，青禾汽车芜湖生产制造基地总投资30亿元，明年投产。");

        view.Entity(EntityKind.Project, "青槐智慧物流综合体");
        var plant = view.Entity(EntityKind.Project, "青禾汽车芜湖生产制造基地");
        Assert.Single(view.Relations(RelationType.LocatedIn, plant.Name, "芜湖市"));
    }

    [Fact]
    public void A_project_in_an_article_about_one_zone_is_located_in_the_zone_unless_its_name_says_where()
    {
        var view = Extract("汉中市经济技术开发区举行项目集中签约仪式。总投资12亿元的青槐智慧物流综合体，将建设仓储中心。");

        Assert.Single(view.Relations(RelationType.LocatedIn, "青槐智慧物流综合体", "汉中市经济技术开发区"));
    }

    [Fact]
    public void A_branch_whose_stem_is_the_short_name_of_a_company_named_in_full_is_part_of_it()
    {
        var view = Extract("位于安徽芜湖的青禾汽车芜湖分公司举行下线仪式，青禾汽车股份有限公司董事长出席。");

        Assert.Single(view.Relations(RelationType.PartOf, "青禾汽车芜湖分公司", "青禾汽车股份有限公司"));
    }

    [Fact]
    public void A_quoted_name_before_an_engine_or_a_computer_is_a_product()
    {
        var view = Extract("展会上，“青羽”液氧发动机、“玄衡”光量子计算机集中亮相。");

        view.Entity(EntityKind.Product, "“青羽”液氧发动机");
        view.Entity(EntityKind.Product, "“玄衡”光量子计算机");
    }

    [Fact]
    public void A_zone_that_holds_a_ceremony_is_where_it_is_held_and_a_city_that_convenes_a_meeting_is_not()
    {
        var view = Extract("3月5日，汉中市经济技术开发区举行2024年一季度重大项目集中开工仪式。年初，宝鸡市召开低碳制造高质量发展大会。");

        Assert.Single(view.Relations(RelationType.HeldIn, "2024年一季度重大项目集中开工仪式", "汉中市经济技术开发区"));
        Assert.Empty(view.Relations(RelationType.HeldIn, "低碳制造高质量发展大会", "宝鸡市"));
    }

    [Fact]
    public void A_long_name_ending_in_project_that_opens_its_clause_and_says_what_it_does_is_a_project()
    {
        var view = Extract("在这批项目中，青槐新能源装备产业园项目依托本地高校开展研发。签约项目将于年内开工。");

        view.Entity(EntityKind.Project, "青槐新能源装备产业园项目");
        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Project && e.Name.Contains("签约", StringComparison.Ordinal));
    }

    [Fact]
    public void A_department_of_a_province_s_party_committee_keeps_the_party_s_name_and_is_no_mention_of_the_committee()
    {
        var view = Extract("江西省委宣传部副部长出席发布会并介绍情况。");

        var department = view.Entity(EntityKind.Organization, "中共江西省委宣传部");
        Assert.Contains("江西省委宣传部", department.Aliases);
        Assert.Single(view.Relations(RelationType.LocatedIn, department.Name, "江西省"));
        Assert.DoesNotContain(view.Batch.Entities, e => e.Name == "中共江西省委员会");
    }
}
