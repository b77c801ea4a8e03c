using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Briefing.Parsing;

/// <summary>
/// Writes a <see cref="PressBriefing"/> property by property to a <see cref="Utf8JsonWriter"/>: the same bytes as
/// <see cref="System.Text.Json.JsonSerializer"/> with <see cref="BriefingJson.TypeInfo"/> (a test compares the two over
/// every fixture and over models with every property set), without the serializer's per-property metadata walk.
/// The source generator's own fast path cannot be used: the contract's string converter (lone surrogates as U+FFFD)
/// turns it off. Property names are encoded once; strings without surrogates are written as they are.
/// </summary>
internal static class BriefingJsonWriter
{
    private static readonly JsonEncodedText Source = JsonEncodedText.Encode("source"), SourceText = JsonEncodedText.Encode("sourceText"),
        Format = JsonEncodedText.Encode("format"), Id = JsonEncodedText.Encode("id"), Confidence = JsonEncodedText.Encode("confidence"),
        Reason = JsonEncodedText.Encode("reason"), Language = JsonEncodedText.Encode("language"), Title = JsonEncodedText.Encode("title"),
        TitleSpan = JsonEncodedText.Encode("titleSpan"), TitleTranslation = JsonEncodedText.Encode("titleTranslation"),
        Institution = JsonEncodedText.Encode("institution"), Date = JsonEncodedText.Encode("date"), Published = JsonEncodedText.Encode("published"),
        Lead = JsonEncodedText.Encode("lead"), Spokespersons = JsonEncodedText.Encode("spokespersons"), Announcements = JsonEncodedText.Encode("announcements"),
        Exchanges = JsonEncodedText.Encode("exchanges"), Statements = JsonEncodedText.Encode("statements"), Boilerplate = JsonEncodedText.Encode("boilerplate"),
        Diagnostics = JsonEncodedText.Encode("diagnostics"), Text = JsonEncodedText.Encode("text"), Span = JsonEncodedText.Encode("span"),
        Start = JsonEncodedText.Encode("start"), Length = JsonEncodedText.Encode("length"), Name = JsonEncodedText.Encode("name"),
        NameZh = JsonEncodedText.Encode("nameZh"), NameEn = JsonEncodedText.Encode("nameEn"), Kind = JsonEncodedText.Encode("kind"),
        Role = JsonEncodedText.Encode("role"), DirectoryName = JsonEncodedText.Encode("directoryName"), Country = JsonEncodedText.Encode("country"),
        Label = JsonEncodedText.Encode("label"), LabelSpan = JsonEncodedText.Encode("labelSpan"), Translation = JsonEncodedText.Encode("translation"),
        SpeakerName = JsonEncodedText.Encode("speaker"), Question = JsonEncodedText.Encode("question"), Answers = JsonEncodedText.Encode("answers"),
        OutletName = JsonEncodedText.Encode("outlet"), IsFollowUp = JsonEncodedText.Encode("isFollowUp"), Mode = JsonEncodedText.Encode("mode"),
        Via = JsonEncodedText.Encode("via"), Code = JsonEncodedText.Encode("code"), Severity = JsonEncodedText.Encode("severity"),
        Message = JsonEncodedText.Encode("message");

    private static readonly JsonEncodedText[] SpeakerKinds = Names<SpeakerKind>(), Modes = Names<StatementMode>(),
        BoilerplateKinds = Names<BoilerplateKind>(), Severities = Names<DiagnosticSeverity>();

    /// <summary>The contract's name of each value of <typeparamref name="TEnum"/> (camelCase), indexed by the value.</summary>
    /// <exception cref="InvalidOperationException">The values do not run 0, 1, 2 ... (the index would not be the value).</exception>
    private static JsonEncodedText[] Names<TEnum>() where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var names = new JsonEncodedText[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            if (Unsafe.BitCast<TEnum, int>(values[i]) != i) throw new InvalidOperationException($"The values of {typeof(TEnum).Name} do not run from 0 without gaps.");
            names[i] = JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(values[i].ToString()));
        }
        return names;
    }

    /// <summary>Writes <paramref name="briefing"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, PressBriefing briefing)
    {
        writer.WriteStartObject();
        WriteString(writer, Source, briefing.Source);
        if (briefing.SourceText is { } sourceText) WriteString(writer, SourceText, sourceText);
        if (briefing.Format is { } format)
        {
            writer.WriteStartObject(Format);
            WriteString(writer, Id, format.Id);
            writer.WriteNumber(Confidence, format.Confidence);
            WriteString(writer, Reason, format.Reason);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Format);
        }
        WriteString(writer, Language, briefing.Language);
        WriteString(writer, Title, briefing.Title);
        WriteSpan(writer, TitleSpan, briefing.TitleSpan);
        WriteTranslation(writer, TitleTranslation, briefing.TitleTranslation);
        WriteString(writer, Institution, briefing.Institution);
        if (briefing.Date is { } date)
        {
            Span<char> digits = stackalloc char[16];
            date.TryFormat(digits, out int written, "O", CultureInfo.InvariantCulture);
            writer.WriteString(Date, digits[..written]);
        }
        else
        {
            writer.WriteNull(Date);
        }
        if (briefing.Published is { } published) writer.WriteString(Published, published);
        else writer.WriteNull(Published);
        WriteBlock(writer, Lead, briefing.Lead);

        writer.WriteStartArray(Spokespersons);
        foreach (var speaker in briefing.Spokespersons) WriteSpeaker(writer, speaker);
        writer.WriteEndArray();

        writer.WriteStartArray(Announcements);
        foreach (var announcement in briefing.Announcements)
        {
            writer.WriteStartObject();
            WriteSpeaker(writer, SpeakerName, announcement.Speaker);
            WriteString(writer, Text, announcement.Text);
            WriteSpan(writer, Span, announcement.Span);
            WriteString(writer, Label, announcement.Label);
            WriteSpan(writer, LabelSpan, announcement.LabelSpan);
            WriteTranslation(writer, Translation, announcement.Translation);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray(Exchanges);
        foreach (var exchange in briefing.Exchanges) WriteExchange(writer, exchange);
        writer.WriteEndArray();

        writer.WriteStartArray(Statements);
        foreach (var statement in briefing.Statements)
        {
            writer.WriteStartObject();
            WriteSpeaker(writer, SpeakerName, statement.Speaker);
            writer.WriteString(Mode, NameOf(Modes, statement.Mode));
            WriteString(writer, Text, statement.Text);
            WriteSpan(writer, Span, statement.Span);
            WriteOutlet(writer, Via, statement.Via);
            WriteBlock(writer, Question, statement.Question);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray(Boilerplate);
        foreach (var block in briefing.Boilerplate)
        {
            writer.WriteStartObject();
            writer.WriteString(Kind, NameOf(BoilerplateKinds, block.Kind));
            WriteString(writer, Text, block.Text);
            WriteSpan(writer, Span, block.Span);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray(Diagnostics);
        foreach (var diagnostic in briefing.Diagnostics)
        {
            writer.WriteStartObject();
            WriteString(writer, Code, diagnostic.Code);
            writer.WriteString(Severity, NameOf(Severities, diagnostic.Severity));
            WriteString(writer, Message, diagnostic.Message);
            WriteSpan(writer, Span, diagnostic.Span);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteExchange(Utf8JsonWriter writer, Exchange exchange)
    {
        writer.WriteStartObject();
        if (exchange.Question is { } question)
        {
            writer.WriteStartObject(Question);
            WriteString(writer, Label, question.Label);
            WriteOutlet(writer, OutletName, question.Outlet);
            WriteString(writer, Text, question.Text);
            WriteSpan(writer, Span, question.Span);
            writer.WriteBoolean(IsFollowUp, question.IsFollowUp);
            WriteSpan(writer, LabelSpan, question.LabelSpan);
            WriteTranslation(writer, Translation, question.Translation);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Question);
        }
        writer.WriteStartArray(Answers);
        foreach (var answer in exchange.Answers)
        {
            writer.WriteStartObject();
            WriteString(writer, Label, answer.Label);
            WriteSpeaker(writer, SpeakerName, answer.Speaker);
            WriteString(writer, Text, answer.Text);
            WriteSpan(writer, Span, answer.Span);
            WriteSpan(writer, LabelSpan, answer.LabelSpan);
            WriteTranslation(writer, Translation, answer.Translation);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteSpan(writer, Span, exchange.Span);
        writer.WriteEndObject();
    }

    private static void WriteSpeaker(Utf8JsonWriter writer, JsonEncodedText name, Speaker? speaker)
    {
        if (speaker is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WritePropertyName(name);
        WriteSpeaker(writer, speaker);
    }

    private static void WriteSpeaker(Utf8JsonWriter writer, Speaker? speaker)
    {
        if (speaker is null)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStartObject();
        WriteString(writer, Name, speaker.Name);
        WriteString(writer, NameZh, speaker.NameZh);
        WriteString(writer, NameEn, speaker.NameEn);
        writer.WriteString(Kind, NameOf(SpeakerKinds, speaker.Kind));
        WriteString(writer, Role, speaker.Role);
        if (speaker.DirectoryName is { } directoryName) WriteString(writer, DirectoryName, directoryName);
        writer.WriteEndObject();
    }

    private static void WriteOutlet(Utf8JsonWriter writer, JsonEncodedText name, Outlet? outlet)
    {
        if (outlet is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        WriteString(writer, Name, outlet.Name);
        WriteString(writer, NameZh, outlet.NameZh);
        WriteString(writer, Country, outlet.Country);
        writer.WriteEndObject();
    }

    private static void WriteTranslation(Utf8JsonWriter writer, JsonEncodedText name, Translation? translation)
    {
        if (translation is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        WriteString(writer, Language, translation.Language);
        WriteString(writer, Text, translation.Text);
        WriteSpan(writer, Span, translation.Span);
        WriteString(writer, Label, translation.Label);
        WriteSpan(writer, LabelSpan, translation.LabelSpan);
        writer.WriteEndObject();
    }

    private static void WriteBlock(Utf8JsonWriter writer, JsonEncodedText name, TextBlock? block)
    {
        if (block is null)
        {
            writer.WriteNull(name);
            return;
        }
        writer.WriteStartObject(name);
        WriteString(writer, Text, block.Text);
        WriteSpan(writer, Span, block.Span);
        writer.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter writer, JsonEncodedText name, TextSpan? span)
    {
        if (span is { } value) WriteSpan(writer, name, value);
        else writer.WriteNull(name);
    }

    private static void WriteSpan(Utf8JsonWriter writer, JsonEncodedText name, TextSpan span)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber(Start, span.Start);
        writer.WriteNumber(Length, span.Length);
        writer.WriteEndObject();
    }

    /// <summary>A string as the contract's converter writes it (see <see cref="TextConverter"/>), or <c>null</c>.</summary>
    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else if (value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0) writer.WriteString(name, value);
        else writer.WriteString(name, TextConverter.Clean(value));
    }

    /// <summary>
    /// The contract's name of <paramref name="value"/>; a value outside the enum is an error, as for the serializer's
    /// converter (which does not write numbers).
    /// </summary>
    private static JsonEncodedText NameOf<TEnum>(JsonEncodedText[] names, TEnum value) where TEnum : struct, Enum
    {
        int index = Unsafe.BitCast<TEnum, int>(value);
        return (uint)index < (uint)names.Length
            ? names[index]
            : throw new JsonException($"The {typeof(TEnum).Name} value {index} has no name in the JSON contract.");
    }
}
