namespace Briefing.Parsing.Html;

/// <summary>A run of the source text rendered as one HTML element: an element of the parse, or one part of it.</summary>
internal sealed class SpanNode
{
    public SpanNode(PageElement? element, int start, int end, int part)
    {
        Element = element;
        Start = start;
        End = end;
        Part = part;
    }

    /// <summary>The element, or <see langword="null"/> for the root (the whole text).</summary>
    public PageElement? Element { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>0 for the element's first part; 1, 2 ... for the parts after a boundary it crosses.</summary>
    public int Part { get; }

    public List<SpanNode> Children { get; } = [];
}

/// <summary>
/// Nests the elements' spans into a tree. Elements are taken in a fixed order (start ascending, then the longer first,
/// then by kind rank, then by collection order); an element inside an open one becomes its child. An element that
/// crosses the end of an open one (overlapping spans) is cut there: its first part nests inside, and the rest is placed
/// again from that position, so every character is rendered once and the result does not depend on anything but the spans.
/// Zero-length elements and diagnostic markers are leaves.
/// </summary>
internal static class SpanTree
{
    public static SpanNode Build(int textLength, IEnumerable<PageElement> elements)
    {
        var root = new SpanNode(null, 0, textLength, 0);
        var queue = new PriorityQueue<SpanNode, (int Start, int NegEnd, int Rank, int Order, int Part)>();
        foreach (var e in elements) Enqueue(queue, new SpanNode(e, e.Span.Start, e.Span.End, 0));

        var open = new Stack<SpanNode>();
        open.Push(root);
        while (queue.TryDequeue(out var node, out _))
        {
            while (open.Count > 1 && open.Peek().End <= node.Start) open.Pop();
            var parent = open.Peek();
            if (node.End <= parent.End || node.Start == node.End)
            {
                parent.Children.Add(node);
                if (node.End > node.Start && !node.Element!.IsMarker) open.Push(node);
                continue;
            }
            // Crossing: keep the part inside the parent, place the rest again.
            var inside = new SpanNode(node.Element, node.Start, parent.End, node.Part);
            parent.Children.Add(inside);
            open.Push(inside);
            Enqueue(queue, new SpanNode(node.Element, parent.End, node.End, node.Part + 1));
        }
        return root;
    }

    private static void Enqueue(PriorityQueue<SpanNode, (int, int, int, int, int)> queue, SpanNode node) =>
        queue.Enqueue(node, (node.Start, -node.End, node.Element!.Rank, node.Element.Order, node.Part));
}
