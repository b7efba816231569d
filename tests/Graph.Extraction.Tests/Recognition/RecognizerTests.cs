using Graph.Domain.Model;
using Graph.Extraction.Tests.Support;

namespace Graph.Extraction.Tests.Recognition;

public sealed class RecognizerTests
{
    private static BatchView Extract(string text, string? source = null) =>
        new(DocumentExtractorFactory.Create().Extract(new SourceDocument("brief-2025-04.txt", text, "简报", source)));

    [Fact]
    public void Counts_series_and_generic_words_before_an_event_suffix_name_no_event()
    {
        var view = Extract("第三届澄湖文旅博览会期间将举办一系列精品论坛和系列会议论坛。就如何办好会议论坛，主办方表示：一个论坛要有针对性。");

        view.Entity(EntityKind.Event, "第三届澄湖文旅博览会");
        Assert.Single(view.Batch.Entities, e => e.Kind == EntityKind.Event);
    }

    [Fact]
    public void Words_that_only_begin_like_a_topic_marker_or_a_count_still_name_an_event()
    {
        var view = Extract("澄湖区上月举办就业创业论坛。澄湖市昨日召开了三次产业融合发展大会。");

        view.Entity(EntityKind.Event, "就业创业论坛");
        view.Entity(EntityKind.Event, "三次产业融合发展大会");
    }

    [Fact]
    public void A_group_named_short_after_its_full_name_is_that_company()
    {
        var view = Extract("江西省港务集团有限公司上半年营业收入增长。江西港务集团党委书记表示，港务集团将扩大航线。");

        view.Entity(EntityKind.Company, "江西省港务集团有限公司");
        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Company && e.Name is "港务集团" or "江西港务集团");
    }

    [Fact]
    public void A_bare_group_after_a_verb_or_of_a_generic_kind_names_no_company_beyond_the_verb()
    {
        var view = Extract("近年来，澄江市先后组建澄江港务集团，培育支柱型企业集团。项目全部上马集团自主设计的生产线。");

        view.Entity(EntityKind.Company, "澄江港务集团");
        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Company && e.Name is "先后组建澄江港务集团" or "支柱型企业集团" or "全部上马集团" or "培育支柱型企业集团");
    }

    [Fact]
    public void A_governor_works_for_a_province_s_government_never_a_city_s()
    {
        var view = Extract("10月9日，第三届澄江经贸洽谈会在南昌市开幕。江西省副省长秦立中主持开幕式，福建省省长阮书明、湖南省省长韦嘉明出席。");

        Assert.Single(view.Relations(RelationType.WorksFor, "秦立中", "江西省人民政府"));
        Assert.Single(view.Relations(RelationType.WorksFor, "阮书明", "福建省人民政府"));
        Assert.Single(view.Relations(RelationType.WorksFor, "韦嘉明", "湖南省人民政府"));
        Assert.Empty(view.Relations(RelationType.WorksFor, "阮书明", "南昌市人民政府"));
        Assert.Empty(view.Relations(RelationType.WorksFor, "秦立中", "南昌市人民政府"));
    }

    [Fact]
    public void An_acting_governor_keeps_the_acting_title_and_no_governor_works_for_a_municipality_s_government()
    {
        var acting = Extract("10月9日，江西省代省长秦立中出席澄湖经贸洽谈会。");
        var relation = Assert.Single(acting.Relations(RelationType.WorksFor, "秦立中", "江西省人民政府"));
        Assert.Equal("代省长", relation.Properties["role"]);

        var municipality = Extract("本报北京10月9日电 北京市召开澄湖经贸洽谈会，省长秦立中出席。");
        Assert.DoesNotContain(municipality.Batch.Relations,
            r => r.Type == RelationType.WorksFor && municipality.Name(r.To) == "北京市人民政府");
    }

    [Fact]
    public void The_outlet_of_a_byline_does_not_organize_the_event_it_reports_but_a_body_that_holds_it_does()
    {
        var reported = Extract("澄江日报全媒体讯（记者 方明）2月17日上午，澄江开发区举行2023年一季度项目集中签约仪式。");
        var held = Extract("国务院新闻办公室昨天（11日）在京举行澄湖发展政策例行吹风会。");

        Assert.DoesNotContain(reported.Batch.Relations, r => r.Type == RelationType.Implements);
        Assert.Single(held.Relations(RelationType.Implements, "国务院新闻办公室", "澄湖发展政策例行吹风会"));
    }

    [Fact]
    public void Central_bodies_are_named_in_full_with_their_short_forms_as_aliases()
    {
        var view = Extract("十四届全国人大常委会第九次会议闭幕。全国政协、水利部、民政部和应急管理部有关负责人出席，国家医保局介绍情况。");

        Assert.Contains("全国人大常委会", view.Entity(EntityKind.Organization, "全国人民代表大会常务委员会").Aliases);
        Assert.Contains("全国政协", view.Entity(EntityKind.Organization, "中国人民政治协商会议全国委员会").Aliases);
        view.Entity(EntityKind.Organization, "水利部");
        view.Entity(EntityKind.Organization, "民政部");
        view.Entity(EntityKind.Organization, "应急管理部");
        view.Entity(EntityKind.Organization, "国家医疗保障局");
    }

    [Fact]
    public void A_ministry_s_name_before_men_is_the_generic_word_for_departments_but_its_portal_is_still_the_ministry()
    {
        var view = Extract("各级财政部门和公安部门要加强协作，教育部门积极配合。商务部门户网站同步发布了通知。");

        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Organization && e.Name is "财政部" or "公安部" or "教育部");
        view.Entity(EntityKind.Organization, "商务部");
    }

    [Fact]
    public void An_edition_opens_an_event_name_across_a_conjunction_and_meeting_suffixes_name_events()
    {
        var view = Extract("9月3日，第五届澄湖流域协作与发展论坛在澄江开幕。同日举行的第二届澄湖沿岸城市首脑会议上，澄江市与澄北市签署协议。澄江市商务局召开全市外资企业负责人会议。");

        view.Entity(EntityKind.Event, "第五届澄湖流域协作与发展论坛");
        view.Entity(EntityKind.Event, "第二届澄湖沿岸城市首脑会议");
        view.Entity(EntityKind.Event, "全市外资企业负责人会议");
        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Event && e.Name == "发展论坛");
    }

    [Fact]
    public void A_word_ending_in_dian_or_xun_before_a_parenthesis_is_no_dateline_and_its_parenthesis_names_nobody()
    {
        var view = Extract("澄江市新增风电（陆上）装机120万千瓦，夏季用电（高峰）负荷创新高。澄江资讯（周刊）刊发专题。");

        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Person);
    }

    [Fact]
    public void Reporters_and_correspondents_in_a_byline_are_people_of_the_outlet_whatever_the_byline_looks_like()
    {
        var view = Extract("澄江晚报讯（记者 林晓 通讯员 周一帆）5月6日，澄江市举行项目推介会。\n蓝海网澄江5月7日电（范文涛 何思远）当天签约项目8个。\n本报讯 首席记者邓嘉树报道 当天还举行了人才交流会。");

        foreach (var name in (string[])["林晓", "周一帆", "范文涛", "何思远", "邓嘉树"])
        {
            view.Entity(EntityKind.Person, name);
        }

        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Person && e.Name.Contains("通", StringComparison.Ordinal));
    }

    [Fact]
    public void An_event_named_by_the_tail_of_another_event_s_name_is_that_event()
    {
        var view = Extract("10月9日，澄溪新材料公司改性塑料项目投产仪式在澄溪工业园举行。在本次投产仪式上，澄溪新材料公司宣布扩产。第五届澄溪茶业博览会同日开幕，澄溪茶业博览会展期3天。");

        var ceremony = view.Entity(EntityKind.Event, "澄溪新材料公司改性塑料项目投产仪式");
        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Event && e.Name is "投产仪式" or "本次投产仪式" or "澄溪茶业博览会");
        view.Entity(EntityKind.Event, "第五届澄溪茶业博览会");
        Assert.NotNull(ceremony);
    }

    [Fact]
    public void A_tail_shared_by_two_events_names_neither()
    {
        var view = Extract("第五届澄溪茶业博览会与第六届澄溪茶业博览会相隔一年。澄溪茶业博览会由澄溪县主办。");

        view.Entity(EntityKind.Event, "澄溪茶业博览会");
    }

    [Fact]
    public void A_company_named_after_a_place_is_located_there_and_its_short_name_is_learnt()
    {
        var view = Extract("鞍山市华兴机械有限公司发布新品。华兴机械表示将扩大产能。");

        var company = view.Entity(EntityKind.Company, "鞍山市华兴机械有限公司");
        Assert.Contains("华兴机械", company.Aliases);
        Assert.Single(view.Relations(RelationType.LocatedIn, company.Name, "鞍山市"));
        Assert.Equal(2, view.Batch.Mentions.Count(m => m.TargetId == company.Id.Value));
    }

    [Fact]
    public void A_city_s_party_committee_takes_its_official_name_and_a_deputy_secretary_and_mayor_works_there_as_deputy_secretary()
    {
        var view = Extract("宜昌市委副书记、市长王晓东出席仪式并致辞。");

        var committee = view.Entity(EntityKind.Organization, "中共宜昌市委员会");
        Assert.Contains("宜昌市委", committee.Aliases);
        var post = Assert.Single(view.Relations(RelationType.WorksFor, "王晓东", committee.Name));
        Assert.Equal("副书记", post.Properties[RelationProperties.Role]);
    }

    [Fact]
    public void A_word_inside_a_legal_name_after_its_place_and_trade_name_does_not_cut_it()
    {
        var view = Extract("会上，常州恒远联合传动系统有限公司与营口华泰和信制药有限公司签约。青峰集团联合营口宏达机械有限公司发布新品。");

        view.Entity(EntityKind.Company, "常州恒远联合传动系统有限公司");
        Assert.Single(view.Relations(RelationType.LocatedIn, "营口华泰和信制药有限公司", "营口市"));
        view.Entity(EntityKind.Company, "营口宏达机械有限公司");
        Assert.DoesNotContain(view.Batch.Entities, e => e.Name is "传动系统有限公司" or "信制药有限公司" or "青峰集团联合营口宏达机械有限公司");
    }

    [Fact]
    public void A_second_post_after_a_comma_of_enumeration_names_a_department_or_a_body_of_its_own()
    {
        var view = Extract("国家统计局新闻发言人、综合调查司司长王明远表示，形势平稳。商务部数字贸易促进司负责人介绍了情况。"
            + "辽宁省召开发布会，省经信厅副厅长、省创新办主任李文涛在发布会上说，成本下降。"
            + "辽宁省人民政府副秘书长、2025数字经济大会执委会办公室副主任赵建国在发布会上介绍，大会成果丰硕。"
            + "会上，主任陈平在发布会上说，将加大力度。");

        // A department's name is what the text prints; the parent-qualified form is its alias.
        Assert.Single(view.Relations(RelationType.PartOf, "综合调查司", "国家统计局"));
        Assert.Single(view.Relations(RelationType.WorksFor, "王明远", "综合调查司"));
        Assert.Single(view.Relations(RelationType.WorksFor, "王明远", "国家统计局"));
        Assert.Single(view.Relations(RelationType.PartOf, "数字贸易促进司", "商务部"));
        Assert.Single(view.Relations(RelationType.WorksFor, "李文涛", "辽宁省经信厅"));
        Assert.Single(view.Relations(RelationType.WorksFor, "李文涛", "辽宁省创新办"));
        Assert.Single(view.Relations(RelationType.LocatedIn, "辽宁省创新办", "辽宁省"));
        Assert.Single(view.Relations(RelationType.WorksFor, "赵建国", "辽宁省人民政府"));
        Assert.Single(view.Relations(RelationType.WorksFor, "赵建国", "2025数字经济大会执委会办公室"));
        view.Entity(EntityKind.Person, "陈平"); // not 陈平在: 在 starts what follows a name
    }

    [Fact]
    public void An_event_is_held_in_the_place_after_zai_a_few_characters_before_a_verb_of_holding()
    {
        var view = Extract("第三届长白山数字产业大会闭幕。据了解，9月1日至3日在吉林长春举办的本届大会吸引客商1万人。"
            + "第5届东北亚商品交易会于6月1日至5日在沈阳分两期举办。市政府新闻办昨天在沪举行2025年产业发展新闻发布会。");

        Assert.Single(view.Relations(RelationType.HeldIn, "第三届长白山数字产业大会", "长春市"));
        Assert.Empty(view.Relations(RelationType.HeldIn, "第三届长白山数字产业大会", "吉林省"));
        Assert.Single(view.Relations(RelationType.HeldIn, "第5届东北亚商品交易会", "沈阳市"));
        Assert.Single(view.Relations(RelationType.HeldIn, "2025年产业发展新闻发布会", "上海市"));
    }

    [Fact]
    public void An_adverb_between_a_kind_and_its_verb_is_no_company()
    {
        var view = Extract("调研中，企业纷纷表示关切，龙头企业星河科技表示将扩大产能。");

        Assert.DoesNotContain(view.Batch.Entities, e => e.Name.Contains("纷纷", StringComparison.Ordinal));
        view.Entity(EntityKind.Company, "星河科技");
    }

    [Fact]
    public void A_count_of_universities_is_no_university()
    {
        var view = Extract("展区内更有两所大学助力，青川理工大学教授介绍了成果。");

        Assert.DoesNotContain(view.Batch.Entities, e => e.Name.Contains("两所", StringComparison.Ordinal));
        view.Entity(EntityKind.Organization, "青川理工大学");
    }

    [Fact]
    public void A_bare_city_body_stays_as_printed_when_nothing_settles_the_city()
    {
        var view = Extract("市商务局召开会议。");

        view.Entity(EntityKind.Organization, "市商务局");
    }

    [Fact]
    public void A_bare_city_body_takes_the_city_of_the_source()
    {
        var view = Extract("市商务局召开会议。", "沈阳市商务局网站");

        Assert.Contains("市商务局", view.Entity(EntityKind.Organization, "沈阳市商务局").Aliases);
    }

    [Fact]
    public void Aliases_of_organizations_resolve_to_one_entity()
    {
        var view = Extract("工信部与国家发改委联合发文，国新办举行发布会。工业和信息化部表示欢迎。");

        Assert.Contains("工信部", view.Entity(EntityKind.Organization, "工业和信息化部").Aliases);
        Assert.Contains("国家发改委", view.Entity(EntityKind.Organization, "国家发展改革委").Aliases);
        Assert.Contains("国新办", view.Entity(EntityKind.Organization, "国务院新闻办公室").Aliases);
    }

    [Fact]
    public void People_are_found_with_title_and_employer_in_either_order()
    {
        var view = Extract("国家能源局局长张建华表示，市商务局王明副局长出席。", "大连市商务局网站");

        Assert.Single(view.Relations(RelationType.WorksFor, "张建华", "国家能源局"), r => r.Properties[RelationProperties.Role] == "局长");
        Assert.Single(view.Relations(RelationType.WorksFor, "王明", "大连市商务局"), r => r.Properties[RelationProperties.Role] == "副局长");
    }

    [Fact]
    public void Media_titles_are_organizations_and_policy_titles_are_policies()
    {
        var view = Extract("《人民日报》报道，国务院印发《关于促进数据产业发展的指导意见》。");

        Assert.Equal("media", view.Entity(EntityKind.Organization, "人民日报").Subtype);
        view.Entity(EntityKind.Policy, "关于促进数据产业发展的指导意见");
    }

    [Fact]
    public void A_blow_and_a_push_become_affects_relations_with_polarity()
    {
        var view = Extract("人形机器人普及冲击越南制造业。日本投资带动东南亚市场。");

        Assert.Single(view.Relations(RelationType.Affects, "人形机器人", "制造业"), r => r.Properties[RelationProperties.Polarity] == "-");
        Assert.Single(view.Relations(RelationType.Affects, "日本", "东南亚"), r => r.Properties[RelationProperties.Polarity] == "+");
    }

    [Fact]
    public void Common_words_are_not_read_as_places()
    {
        var view = Extract("沿海城市加快建设数字中国，朝阳产业振兴区域经济。");

        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Place);
    }

    [Fact]
    public void Sectors_a_focus_verb_lists_are_industries_that_the_sentences_policy_targets()
    {
        var view = Extract("省政府印发的《示例省绿色制造提升方案》近日公布，提出实施节能改造、智能升级两大行动，并聚焦纺织、造纸、化纤、陶瓷等重点行业推进改造。"
            + "会议围绕招商引资、项目建设等工作作出部署。");

        foreach (var sector in new[] { "纺织", "造纸", "化纤", "陶瓷" })
        {
            view.Entity(EntityKind.Industry, sector);
            Assert.Single(view.Relations(RelationType.Targets, "示例省绿色制造提升方案", sector));
        }

        // A list closed by 工作 names no sectors.
        Assert.DoesNotContain(view.Batch.Entities, e => e.Name is "招商引资" or "项目建设");
    }

    [Fact]
    public void Bodies_whose_officials_are_listed_after_a_briefing_took_part_in_it()
    {
        var view = Extract("国务院新闻办公室昨天在京举行2031年示例产业政策例行吹风会，财政部、商务部和国家统计局等部门有关负责人介绍情况。"
            + "会后，国家发展改革委与示例省人民政府签署合作协议。");

        foreach (var body in new[] { "财政部", "商务部", "国家统计局" })
        {
            Assert.Single(view.Batch.Relations, r => r.Type == RelationType.ParticipatedIn && view.Name(r.From) == body);
        }

        Assert.DoesNotContain(view.Batch.Relations, r => r.Type == RelationType.ParticipatedIn && view.Name(r.From) == "国家发展和改革委员会");
    }

    [Fact]
    public void A_speaker_opening_a_paragraph_after_a_briefing_took_part_in_it_and_a_colon_inside_a_sentence_does_not_count()
    {
        var view = Extract("国务院新闻办公室昨天在京举行2031年示例产业政策例行吹风会。\n"
            + "商务部数字贸易促进司司长周启明：示例措施将扩大服务消费。\n"
            + "据悉，财政部副部长韩立新：要加强示例资金保障。\n");

        var briefing = Assert.Single(view.Batch.Entities, e => e.Kind == EntityKind.Event).Name;
        Assert.Single(view.Relations(RelationType.ParticipatedIn, "周启明", briefing));
        Assert.Empty(view.Relations(RelationType.ParticipatedIn, "韩立新", briefing));
    }

    [Fact]
    public void A_speaker_line_without_a_briefing_before_it_takes_part_in_nothing()
    {
        var view = Extract("商务部数字贸易促进司司长周启明：示例措施将扩大服务消费。\n示例省举行2031年示例产业招商推介会。\n");

        Assert.DoesNotContain(view.Batch.Relations, r => r.Type == RelationType.ParticipatedIn && view.Name(r.From) == "周启明");
    }

    [Fact]
    public void A_zone_s_party_working_committee_and_administrative_committee_take_their_official_names_and_are_located_in_it()
    {
        var view = Extract("汉中市经济技术开发区举行项目签约仪式。经开区党工委副书记、管委会主任周启明出席。");

        var party = view.Entity(EntityKind.Organization, "中共汉中市经济技术开发区工作委员会");
        Assert.Contains("经开区党工委", party.Aliases);
        Assert.Single(view.Relations(RelationType.LocatedIn, party.Name, "汉中市经济技术开发区"));
        var administration = view.Entity(EntityKind.Organization, "汉中市经济技术开发区管理委员会");
        Assert.Single(view.Relations(RelationType.LocatedIn, administration.Name, "汉中市经济技术开发区"));
    }

    [Fact]
    public void A_committee_in_an_article_naming_two_zones_is_left_unresolved()
    {
        var view = Extract("汉中市经济技术开发区与安康市高新技术产业开发区签约。管委会负责人出席。");

        Assert.DoesNotContain(view.Batch.Entities, e => e.Name.EndsWith("管理委员会", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_with_the_surname_wen_after_a_post_is_a_person_and_a_document_after_a_post_is_not()
    {
        var view = Extract("汉中市经济技术开发区举行项目签约仪式。经开区党工委书记文立新致辞。会议要求各单位主任文件签批前核对数据。");

        Assert.Single(view.Relations(RelationType.WorksFor, "文立新", "中共汉中市经济技术开发区工作委员会"));
        Assert.DoesNotContain(view.Batch.Entities, e => e.Kind == EntityKind.Person && e.Name.StartsWith("文件", StringComparison.Ordinal));
    }
}
