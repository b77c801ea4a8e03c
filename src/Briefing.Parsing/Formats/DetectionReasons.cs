using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Briefing.Parsing;

/// <summary>
/// The reasons of one detection, joined by "; " as they are added, and built only when the caller shows them
/// (<see cref="DetectionContext.IncludeReason"/>). When it does not, <see cref="Add(ref Handler)"/> evaluates none of the
/// interpolation's holes (no normalised titles, no numbers formatted): a parse scores every format and only the winner's
/// reason is shown. <see cref="Count"/> counts the reasons either way, so a detector's logic never depends on the choice.
/// A struct, kept in a local (a copy would count apart); the builder it appends to is shared by its copies.
/// </summary>
internal struct DetectionReasons
{
    [ThreadStatic]
    private static StringBuilder? t_cached;

    private StringBuilder? _builder;

    public DetectionReasons(bool include)
    {
        _builder = null;
        Count = 0;
        if (!include) return;
        _builder = t_cached ?? new StringBuilder(256);
        t_cached = null;
        _builder.Clear();
    }

    /// <summary>How many reasons were added.</summary>
    public int Count { readonly get; private set; }

    /// <summary>Adds a fixed reason.</summary>
    public void Add(string reason)
    {
        Count++;
        if (_builder is null) return;
        if (_builder.Length > 0) _builder.Append("; ");
        _builder.Append(reason);
    }

    /// <summary>Adds a reason written by an interpolated string, formatted with the invariant culture (and not at all when reasons are not included).</summary>
    public void Add([InterpolatedStringHandlerArgument("")] ref Handler reason)
    {
        _ = reason;
        Count++;
    }

    /// <summary>
    /// The reasons as <see cref="ToString()"/> joins them, or <paramref name="whenNone"/> when none was added; the builder
    /// goes back for the next detection either way (a detection that ends without a reason must still return it, or the
    /// next one allocates a new builder).
    /// </summary>
    public string ToString(string whenNone)
    {
        string text = ToString();
        return Count == 0 ? whenNone : text;
    }

    /// <summary>The reasons joined by "; " (empty when they are not included); the builder goes back for the next detection.</summary>
    public override string ToString()
    {
        if (_builder is null) return "";
        string text = _builder.ToString();
        if (_builder.Capacity <= 4096) t_cached = _builder;
        _builder = null;
        return text;
    }

    /// <summary>Appends the interpolation straight to the reasons' builder, after the separator; skipped when reasons are not included.</summary>
    [InterpolatedStringHandler]
    public ref struct Handler
    {
        private StringBuilder.AppendInterpolatedStringHandler _inner;

        public Handler(int literalLength, int formattedCount, DetectionReasons reasons, out bool shouldAppend)
        {
            var builder = reasons._builder;
            shouldAppend = builder is not null;
            if (builder is null)
            {
                _inner = default;
                return;
            }
            if (builder.Length > 0) builder.Append("; ");
            _inner = new StringBuilder.AppendInterpolatedStringHandler(literalLength, formattedCount, builder, CultureInfo.InvariantCulture);
        }

        public void AppendLiteral(string value) => _inner.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

        public void AppendFormatted(ReadOnlySpan<char> value) => _inner.AppendFormatted(value);

        public void AppendFormatted(string? value) => _inner.AppendFormatted(value);
    }
}
