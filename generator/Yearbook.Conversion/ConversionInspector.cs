using System.Text;

namespace Yearbook.Conversion;

/// <summary>
/// Replays a conversion and keeps track of which input span became which output, for
/// <see cref="ChineseConverter.Inspect"/>. The spans are the first step's matches (and the runs
/// between them); when a later step of the chain matches across two of them they are merged into
/// one, so the outputs of the spans always concatenate to exactly what Convert returns.
/// </summary>
internal static class ConversionInspector
{
    private sealed class Piece
    {
        public int Start;
        public int End;
        public string Text = "";
        public readonly List<DictEntry> Entries = [];
    }

    public static List<ConversionSegment> Inspect(string text, Converter converter, Glossary? glossary)
    {
        var (normalized, toSource) = Normalize(text, converter);
        var result = new List<ConversionSegment>();
        if (glossary is null)
        {
            InspectRun(text, normalized, toSource, 0, normalized.Length, converter, result);
            return result;
        }
        glossary.Walk(normalized, converter.FirstMatch, (start, length, entry) =>
        {
            if (entry is null)
            {
                InspectRun(text, normalized, toSource, start, length, converter, result);
            }
            else
            {
                int s = toSource[start];
                result.Add(new ConversionSegment(s, text[s..toSource[start + length]], entry.Default, Glossary.DictionaryName, []));
            }
        });
        return result;
    }

    /// <summary>The normalized text and, for each offset in it that starts a code point, the offset in the input.</summary>
    private static (string Normalized, int[] ToSource) Normalize(string text, Converter converter)
    {
        var toSource = new int[text.Length + 1];
        for (int i = 0; i <= text.Length; i++)
        {
            toSource[i] = i;
        }
        string current = text;
        foreach (var step in converter.Normalization?.Conversions ?? [])
        {
            var tokens = new List<Token>();
            step.Tokenize(current, tokens);
            var builder = new StringBuilder(current.Length);
            var map = new List<int>(current.Length + 1);
            foreach (var token in tokens)
            {
                string output = token.Output(current);
                for (int k = 0; k < output.Length; k++)
                {
                    // Unmatched text maps one to one; a replaced code point maps to its source start.
                    map.Add(toSource[token.Entry is null ? token.Start + k : token.Start]);
                }
                builder.Append(output);
            }
            map.Add(toSource[current.Length]);
            current = builder.ToString();
            toSource = [.. map];
        }
        return (current, toSource);
    }

    private static void InspectRun(string source, string normalized, int[] toSource, int start, int length, Converter converter, List<ConversionSegment> result)
    {
        var run = normalized.AsSpan(start, length);
        int offset = 0;
        while (offset < run.Length)
        {
            int segmentLength = converter.Segmentation?.NextSegmentLength(run[offset..]) ?? run.Length - offset;
            var pieces = InspectSegment(normalized.Substring(start + offset, segmentLength), converter.Chain);
            foreach (var piece in pieces)
            {
                int s = toSource[start + offset + piece.Start];
                int e = toSource[start + offset + piece.End];
                var dictionaries = piece.Entries.Select(x => x.Dictionary).Distinct().ToList();
                var alternatives = piece.Entries
                    .SelectMany(x => x.Values.Skip(1))
                    .Where(v => !piece.Text.Contains(v, StringComparison.Ordinal))
                    .Distinct()
                    .ToList();
                result.Add(new ConversionSegment(s, source[s..e], piece.Text, dictionaries.Count == 0 ? null : string.Join(" → ", dictionaries), alternatives));
            }
            offset += segmentLength;
        }
    }

    private static List<Piece> InspectSegment(string segment, ConversionChain chain)
    {
        var tokens = new List<Token>();
        if (chain.Conversions.Count == 0)
        {
            return [new Piece { Start = 0, End = segment.Length, Text = segment }];
        }
        chain.Conversions[0].Tokenize(segment, tokens);
        var pieces = new List<Piece>(tokens.Count);
        foreach (var token in tokens)
        {
            var piece = new Piece { Start = token.Start, End = token.End, Text = token.Output(segment) };
            if (token.Entry is not null)
            {
                piece.Entries.Add(token.Entry);
            }
            pieces.Add(piece);
        }
        for (int k = 1; k < chain.Conversions.Count; k++)
        {
            string current = string.Concat(pieces.Select(p => p.Text));
            tokens.Clear();
            chain.Conversions[k].Tokenize(current, tokens);
            var merged = new List<Piece>(pieces.Count);
            int pieceIndex = 0;
            int pieceEnd = pieces.Count > 0 ? pieces[0].Text.Length : 0;
            Piece? group = null;
            var output = new StringBuilder();
            var laterEntries = new List<DictEntry>();
            foreach (var token in tokens)
            {
                group ??= new Piece { Start = pieces[pieceIndex].Start };
                // Take in every piece this token reaches into.
                while (pieceEnd < token.End)
                {
                    group.Entries.AddRange(pieces[pieceIndex].Entries);
                    pieceIndex++;
                    pieceEnd += pieces[pieceIndex].Text.Length;
                }
                output.Append(token.Output(current));
                if (token.Entry is not null)
                {
                    laterEntries.Add(token.Entry);
                }
                if (token.End == pieceEnd)
                {
                    group.Entries.AddRange(pieces[pieceIndex].Entries);
                    group.Entries.AddRange(laterEntries);
                    laterEntries.Clear();
                    group.End = pieces[pieceIndex].End;
                    group.Text = output.ToString();
                    merged.Add(group);
                    group = null;
                    output.Clear();
                    pieceIndex++;
                    if (pieceIndex < pieces.Count)
                    {
                        pieceEnd += pieces[pieceIndex].Text.Length;
                    }
                }
            }
            pieces = merged;
        }
        return pieces;
    }
}
