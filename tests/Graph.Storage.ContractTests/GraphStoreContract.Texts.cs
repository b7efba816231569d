using Graph.Domain.Model;
using Graph.Domain.Store;
using Graph.Storage.ContractTests.Samples;
using Xunit;

namespace Graph.Storage.ContractTests;

/// <summary>Document texts: kept with the batch that hands them over, never with one that does not, and none with KeepText off.</summary>
public abstract partial class GraphStoreContract
{
    /// <summary>A new, empty store of the backend under test whose KeepText setting is off; the suite initializes and disposes it.</summary>
    protected abstract Task<IGraphStore> CreateStoreKeepingNoTextAsync();

    [Fact]
    public async Task A_document_written_with_its_text_keeps_it_exactly()
    {
        await Store.UpsertAsync(SampleGraph.Batch with { DocumentText = SampleDocument.Text });

        var text = Assert.Single(await Store.GetDocumentTextsAsync([SampleDocument.Hash, "unknown"]));

        Assert.Equal(new DocumentText(SampleDocument.Hash, SampleDocument.Text), text);
        Assert.Equal(SampleDocument.Info, Assert.Single(await Store.GetDocumentsAsync([SampleDocument.Hash])));
    }

    [Fact]
    public async Task Texts_come_back_code_unit_for_code_unit_with_characters_outside_the_basic_plane()
    {
        // A supplementary ideograph (two UTF-16 code units) before the span: offsets count code units, so the stored text
        // must give back the very same string, not a re-encoding.
        const string body = "𠀀𠀁 产业园区落户新区。\r\n第二行\t末尾";
        var batch = FollowUp(body) with { DocumentText = body };

        await Store.UpsertAsync(batch);

        Assert.Equal(body, Assert.Single(await Store.GetDocumentTextsAsync([batch.Document.Hash])).Text);
    }

    [Fact]
    public async Task A_document_written_without_its_text_has_none_until_a_batch_hands_it_over()
    {
        await SeedAsync();
        Assert.Empty(await Store.GetDocumentTextsAsync([SampleDocument.Hash]));

        var again = await Store.UpsertAsync(SampleGraph.Batch with { DocumentText = SampleDocument.Text });

        Assert.True(again.DocumentAlreadyKnown);
        Assert.Equal(SampleDocument.Text, Assert.Single(await Store.GetDocumentTextsAsync([SampleDocument.Hash])).Text);
    }

    [Fact]
    public async Task No_hashes_ask_for_no_texts()
    {
        await Store.UpsertAsync(SampleGraph.Batch with { DocumentText = SampleDocument.Text });

        Assert.Empty(await Store.GetDocumentTextsAsync([]));
    }

    [Fact]
    public async Task A_text_that_is_not_the_documents_is_refused_and_nothing_of_the_batch_is_written()
    {
        var altered = SampleDocument.Text[..^1] + "。";

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.UpsertAsync(SampleGraph.Batch with { DocumentText = altered }));
        var shorter = await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Store.UpsertAsync(SampleGraph.Batch with { DocumentText = SampleDocument.Text[1..] }));

        Assert.Contains("hash", error.Message, StringComparison.Ordinal);
        Assert.Contains("characters", shorter.Message, StringComparison.Ordinal);
        Assert.Empty(await Store.GetDocumentsAsync([SampleDocument.Hash]));
        Assert.Empty(await Store.GetDocumentTextsAsync([SampleDocument.Hash]));
    }

    [Fact]
    public async Task Replacing_a_document_drops_the_text_of_its_earlier_version()
    {
        const string first = "新区产业园一期开工。";
        const string second = "新区产业园二期开工。";
        var earlier = FollowUp(first) with { DocumentText = first };
        var later = FollowUp(second) with { DocumentText = second };
        later = later with { Document = later.Document with { Name = earlier.Document.Name } };
        await Store.ReplaceDocumentAsync(earlier);

        await Store.ReplaceDocumentAsync(later);

        var texts = await Store.GetDocumentTextsAsync([earlier.Document.Hash, later.Document.Hash]);
        Assert.Equal([new DocumentText(later.Document.Hash, second)], texts);
    }

    [Fact]
    public async Task A_store_that_keeps_no_text_stores_the_facts_and_offsets_without_it()
    {
        var store = await CreateStoreKeepingNoTextAsync();
        try
        {
            await store.InitializeAsync();

            var result = await store.UpsertAsync(SampleGraph.Batch with { DocumentText = SampleDocument.Text });

            Assert.False(result.DocumentAlreadyKnown);
            Assert.Equal(SampleDocument.Info, Assert.Single(await store.GetDocumentsAsync([SampleDocument.Hash])));
            Assert.True((await store.GetStatisticsAsync()).Mentions > 0);
            Assert.Empty(await store.GetDocumentTextsAsync([SampleDocument.Hash]));
        }
        finally
        {
            // Not DisposeStoreAsync: a backend's override may also clean up the main store's files.
            await ((IAsyncDisposable)store).DisposeAsync();
        }
    }
}
