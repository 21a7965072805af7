using Yearbook.Model;

namespace Yearbook.Indexes.Subjects;

/// <summary>What the subject index's landing page sees: its groups (letters) with their counts.</summary>
[PageKind("subjects")]
internal sealed record SubjectsPageData : ITemplateData
{
    /// <summary>The subject index, counted by group.</summary>
    public required SubjectsView Subjects { get; init; }
}

/// <summary>The subject index as its landing page lists it.</summary>
internal sealed record SubjectsView : ITemplateData
{
    /// <summary>How many headings the index has.</summary>
    public required int Total { get; init; }

    /// <summary>Its groups in order: one per initial pinyin letter then <c>#</c>, or one per stroke count.</summary>
    public required IReadOnlyList<LetterCount> Letters { get; init; }
}

/// <summary>A group of the subject index on its landing page.</summary>
internal sealed record LetterCount : ITemplateData
{
    /// <summary>The group as readers see it: <c>G</c>, <c>#</c>, <c>2畫</c>.</summary>
    public required string Letter { get; init; }

    /// <summary>Its first page: <c>subjects/g/</c>.</summary>
    public required string Url { get; init; }

    /// <summary>How many headings it has.</summary>
    public required int Count { get; init; }
}

/// <summary>What the page of a group (letter) of the subject index sees: its headings, or a page of them.</summary>
[PageKind("subjectsLetter")]
internal sealed record SubjectsLetterPageData : ITemplateData
{
    /// <summary>The group and this page's headings.</summary>
    public required SubjectsLetterView SubjectsLetter { get; init; }

    /// <summary>The group's numbered pages; empty when it has one.</summary>
    public required IReadOnlyList<PartLink> Parts { get; init; }
}

/// <summary>A group of the subject index, or one page of a long one.</summary>
internal sealed record SubjectsLetterView : ITemplateData
{
    /// <summary>The group as readers see it: <c>G</c>.</summary>
    public required string Letter { get; init; }

    /// <summary>How many headings the group has.</summary>
    public required int Count { get; init; }

    /// <summary>Every group, for the navigator.</summary>
    public required IReadOnlyList<LetterLink> Letters { get; init; }

    /// <summary>This page's headings.</summary>
    public required IReadOnlyList<SubjectHeadingRow> Entries { get; init; }
}

/// <summary>A group in the navigator of the groups' pages.</summary>
internal sealed record LetterLink : ITemplateData
{
    /// <summary>The group as readers see it.</summary>
    public required string Letter { get; init; }

    /// <summary>Its first page.</summary>
    public required string Url { get; init; }

    /// <summary>How many headings it has.</summary>
    public required int Count { get; init; }

    /// <summary>Whether it is the group being shown.</summary>
    public required bool Current { get; init; }
}

/// <summary>A heading of the subject index with the chapters and entries it leads to (or those of them on this page).</summary>
internal sealed record SubjectHeadingRow : ITemplateData
{
    /// <summary>The heading: a title, a category, a tag or an entry's title.</summary>
    public required string Heading { get; init; }

    /// <summary>What it is: <c>title</c>, <c>category</c>, <c>tag</c> or <c>entry</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Its id (<c>tag-医疗器械</c>, the same in both editions); empty when it is continued from the page before.</summary>
    public required string Anchor { get; init; }

    /// <summary>Whether it began on the page before.</summary>
    public required bool Continued { get; init; }

    /// <summary>The chapters it leads to.</summary>
    public required IReadOnlyList<SubjectChapterLink> Chapters { get; init; }

    /// <summary>The entries (条目) it leads to, titled so or tagged with it.</summary>
    public required IReadOnlyList<SubjectEntryLink> Entries { get; init; }
}

/// <summary>A chapter a heading leads to.</summary>
internal sealed record SubjectChapterLink : ITemplateData
{
    /// <summary>The chapter's title.</summary>
    public required string Title { get; init; }

    /// <summary>Its page.</summary>
    public required string Url { get; init; }

    /// <summary>The title of its volume.</summary>
    public required string VolumeTitle { get; init; }
}

/// <summary>An entry (条目) a heading leads to.</summary>
internal sealed record SubjectEntryLink : ITemplateData
{
    /// <summary>The entry's title, without 【】.</summary>
    public required string Title { get; init; }

    /// <summary>The title of its chapter.</summary>
    public required string ChapterTitle { get; init; }

    /// <summary>The entry on its chapter page: the page and <c>#</c> the entry's id.</summary>
    public required string Url { get; init; }

    /// <summary>The title of its volume.</summary>
    public required string VolumeTitle { get; init; }
}
