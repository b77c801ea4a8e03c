using System.Collections.Frozen;

namespace Briefing.Parsing;

/// <summary>
/// Whether a run of text before a colon has the shape of a speaker or outlet label ("Macau Monthly", "Prensa Latina")
/// rather than narration ("The Chinese side's position is as follows"), metadata ("Date", "Place") or a time ("00").
/// Used for labels that no directory knows; the assembler accepts such labels only in context.
/// </summary>
internal static class LabelShape
{
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(StringComparer.Ordinal,
        "of", "the", "and", "for", "de", "del", "la", "le", "du", "des", "di", "da", "y", "et", "und", "on", "in", "at", "&", "-", "van", "von", "al", "el", "news",
        "reporter", "reporters", "journalist", "correspondent");

    private static readonly FrozenSet<string> NotLabels = FrozenSet.Create(LabelKeyComparer.Instance,
        "Date", "Time", "Place", "Venue", "Location", "Source", "Sources", "Author", "Authors", "Editor", "Editors", "Tel", "Telephone", "Fax",
        "Email", "E-mail", "Address", "Note", "Notes", "NB", "PS", "Keywords", "Key words", "Tags", "Topics", "Main topics", "Subject", "Title",
        "Photo", "Photos", "Caption", "Updated", "Update", "Published", "Posted", "Attachment", "Attachments", "Download", "Link", "Links", "URL",
        "Related", "Related News", "Share", "Print", "Contact", "Contact us", "Copyright", "Headline", "Headlines", "Transcript", "Translation",
        "Editor's note", "Read more", "Also read", "By", "Summary", "Background", "Language", "Languages", "Category", "Section", "Views",
        "Comments", "Home", "Reference", "References", "Remarks", "Statement", "Full text", "Text", "Video", "Audio", "Image", "Images",
        "First", "Second", "Third", "Fourth", "Fifth", "Finally", "Also", "Next", "Today", "Yesterday", "Tomorrow", "However", "Meanwhile",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Example", "Examples", "Quote", "Question", "Answer", "Result", "Results", "Conclusion", "Warning", "Disclaimer", "Update", "Breaking",
        "Beijing", "Shanghai", "Washington", "Moscow", "Tokyo", "London", "Paris", "Brussels", "Geneva", "New York", "New Delhi", "Hong Kong",
        "China", "US", "USA", "UK", "EU", "UN", "Japan", "Russia", "India", "Taiwan");

    private static readonly System.Buffers.SearchValues<char> Forbidden = System.Buffers.SearchValues.Create(".?!;,\"“”()[]{}<>/|:：");

    /// <summary>Whether <paramref name="label"/> looks like a speaker or outlet label.</summary>
    public static bool LooksLikeLabel(ReadOnlySpan<char> label)
    {
        label = CharClass.TrimSpaces(label);
        if (label.Length is < 2 or > 60) return false;
        if (!char.IsUpper(label[0])) return false;
        if (label.IndexOfAny(Forbidden) >= 0) return false;
        if (NotLabels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(label)) return false;
        int words = 0;
        foreach (var range in label.SplitAny(" \u00A0\u3000\t"))
        {
            var word = label[range];
            if (word.IsEmpty) continue;
            if (++words > 7) return false;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0])) continue;
            if (!Connectors.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
        }
        return words > 0;
    }
}
