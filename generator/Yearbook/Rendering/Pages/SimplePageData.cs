using Yearbook.Model;

namespace Yearbook.Rendering.Pages;

/// <summary>What the search page's layout sees: where its script finds the index.</summary>
[PageKind("search")]
internal sealed record SearchPageData : ITemplateData
{
    /// <summary>The addresses of the search index.</summary>
    public required SearchView Search { get; init; }
}

/// <summary>The addresses the search script loads.</summary>
internal sealed record SearchView : ITemplateData
{
    /// <summary><c>search/index.json</c> at the site root: shard count, chunk size, fold table (shared by both editions).</summary>
    public required string IndexUrl { get; init; }

    /// <summary><c>search/index.js</c>: the same as a script, loaded with the page so a search need not wait for index.json.</summary>
    public required string IndexScriptUrl { get; init; }

    /// <summary>The folder of the index shards <c>{n}.json</c> (shared).</summary>
    public required string ShardsUrl { get; init; }

    /// <summary>The folder of this edition's result documents <c>{n}.json</c>.</summary>
    public required string DocumentsUrl { get; init; }
}

/// <summary>What the not-found page's layout sees: nothing beyond what every page does.</summary>
[PageKind("notFound")]
internal sealed record NotFoundPageData : ITemplateData;
