namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// Finds every occurrence of many phrases in one pass over a text (an Aho–Corasick automaton), so the cost of a
/// message does not grow with the size of the word lists.
/// </summary>
internal sealed class PhraseMatcher<TValue>
{
    private readonly List<Node> _nodes = [new Node()];
    private readonly Node[] _compiled;

    public PhraseMatcher(IEnumerable<KeyValuePair<string, TValue>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        foreach (var (phrase, value) in phrases)
        {
            Add(phrase, value);
        }

        LinkFailures();
        _compiled = [.. _nodes];
    }

    /// <summary>Appends every occurrence of every phrase in <paramref name="text"/> to <paramref name="matches"/>.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<PhraseMatch<TValue>> matches)
    {
        var nodes = _compiled;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            while (true)
            {
                if (nodes[state].Next.TryGetValue(c, out var next))
                {
                    state = next;
                    break;
                }

                if (state == 0)
                {
                    break;
                }

                state = nodes[state].Fail;
            }

            foreach (var (length, value) in nodes[state].Outputs)
            {
                matches.Add(new PhraseMatch<TValue>(i - length + 1, length, value));
            }
        }
    }

    private void Add(string phrase, TValue value)
    {
        var state = 0;
        foreach (var c in phrase)
        {
            if (!_nodes[state].Next.TryGetValue(c, out var next))
            {
                next = _nodes.Count;
                _nodes.Add(new Node());
                _nodes[state].Next.Add(c, next);
            }

            state = next;
        }

        _nodes[state].Outputs.Add((phrase.Length, value));
    }

    private void LinkFailures()
    {
        var queue = new Queue<int>();
        foreach (var child in _nodes[0].Next.Values)
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in _nodes[state].Next)
            {
                var fail = _nodes[state].Fail;
                int target;
                while (!_nodes[fail].Next.TryGetValue(c, out target) && fail != 0)
                {
                    fail = _nodes[fail].Fail;
                }

                _nodes[child].Fail = _nodes[fail].Next.TryGetValue(c, out target) && target != child ? target : 0;
                _nodes[child].Outputs.AddRange(_nodes[_nodes[child].Fail].Outputs);
                queue.Enqueue(child);
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<char, int> Next { get; } = [];

        public int Fail { get; set; }

        public List<(int Length, TValue Value)> Outputs { get; } = [];
    }
}

internal readonly record struct PhraseMatch<TValue>(int Start, int Length, TValue Value)
{
    public int End => Start + Length;

    public bool Covers(PhraseMatch<TValue> other) => Start <= other.Start && End >= other.End && Length > other.Length;
}
