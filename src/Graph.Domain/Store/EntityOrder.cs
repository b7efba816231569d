namespace Graph.Domain.Store;

/// <summary>Sort orders for entity lists; each is a total order (ties broken by ID) so keyset cursors are exact.</summary>
public enum EntityOrder
{
    NameAscending,
    NameDescending,
    StartDateAscending,
    StartDateDescending,

    /// <summary>By the pinyin collation of the name (ICU's zh collation), so 北京 sorts before 上海; see <see cref="NameSortKey"/>.</summary>
    NamePinyinAscending,
    NamePinyinDescending,
}
