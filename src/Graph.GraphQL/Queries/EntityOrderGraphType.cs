using Graph.Domain.Store;
using GraphQL.Types;

namespace Graph.GraphQL.Queries;

/// <summary>Orders for entity lists.</summary>
internal sealed class EntityOrderGraphType : EnumerationGraphType
{
    public EntityOrderGraphType()
    {
        Name = "EntityOrder";
        Description = "How to order a list of entities; ties are broken by ID, so paging is exact.";
        Add("NAME_ASC", EntityOrder.NameAscending, "By name, by code point (Chinese characters in Unicode order, not pinyin).");
        Add("NAME_DESC", EntityOrder.NameDescending, "By name, Z to A.");
        Add("START_DATE_ASC", EntityOrder.StartDateAscending, "By start date, oldest first; undated last.");
        Add("START_DATE_DESC", EntityOrder.StartDateDescending, "By start date, newest first; undated last.");
        Add("NAME_PINYIN_ASC", EntityOrder.NamePinyinAscending, "By the pinyin of the name (ICU's Chinese collation): 北京, 上海, 天津.");
        Add("NAME_PINYIN_DESC", EntityOrder.NamePinyinDescending, "By the pinyin of the name, last first.");
    }
}
