using System.Numerics;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// Finds every occurrence of many phrases in one pass over a text (an Aho–Corasick automaton), so the cost of a
/// message does not grow with the size of the word lists. The automaton is built as a trie and then flattened into
/// arrays: one open-addressing table for all transitions, keyed by state and character, a bit set of the characters
/// that occur in any phrase (any other character sends the scan back to the root without a lookup), failure links,
/// and each state's outputs in one array. Scanning allocates nothing.
/// </summary>
internal sealed class PhraseMatcher<TValue>
{
    private const uint Empty = uint.MaxValue;
    private const int MaxStates = ushort.MaxValue;

    private readonly uint[] _keys;
    private readonly int[] _targets;
    private readonly int _shift;
    private readonly ulong[] _alphabet = new ulong[(char.MaxValue + 1) / 64];
    private readonly int[] _fail;
    private readonly int[] _outputStart;
    private readonly (int Length, TValue Value)[] _outputs;

    public PhraseMatcher(IEnumerable<KeyValuePair<string, TValue>> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var trie = new List<Node> { new() };
        foreach (var (phrase, value) in phrases)
        {
            Add(trie, phrase, value);
        }

        if (trie.Count > MaxStates)
        {
            throw new InvalidOperationException($"A phrase list may compile to at most {MaxStates} states; this one needs {trie.Count}.");
        }

        LinkFailures(trie);
        var transitions = trie.Sum(node => node.Next.Count);
        var bits = BitOperations.Log2(BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, transitions * 2)));
        _shift = 32 - bits;
        _keys = new uint[1 << bits];
        _targets = new int[1 << bits];
        Array.Fill(_keys, Empty);
        _fail = new int[trie.Count];
        _outputStart = new int[trie.Count + 1];
        var outputs = new List<(int Length, TValue Value)>();
        for (var state = 0; state < trie.Count; state++)
        {
            foreach (var (c, next) in trie[state].Next)
            {
                Insert(Key(state, c), next);
                _alphabet[c >> 6] |= 1UL << (c & 63);
            }

            _fail[state] = trie[state].Fail;
            _outputStart[state] = outputs.Count;
            outputs.AddRange(trie[state].Outputs);
        }

        _outputStart[trie.Count] = outputs.Count;
        _outputs = [.. outputs];
    }

    /// <summary>Appends every occurrence of every phrase in <paramref name="text"/> to <paramref name="matches"/>.</summary>
    public void FindAll(ReadOnlySpan<char> text, List<PhraseMatch<TValue>> matches)
    {
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((_alphabet[c >> 6] & (1UL << (c & 63))) == 0)
            {
                state = 0;
                continue;
            }

            while (true)
            {
                var next = Next(state, c);
                if (next >= 0)
                {
                    state = next;
                    break;
                }

                if (state == 0)
                {
                    break;
                }

                state = _fail[state];
            }

            for (var o = _outputStart[state]; o < _outputStart[state + 1]; o++)
            {
                var (length, value) = _outputs[o];
                matches.Add(new PhraseMatch<TValue>(i - length + 1, length, value));
            }
        }
    }

    private static uint Key(int state, char c) => ((uint)state << 16) | c;

    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> _shift);

    private void Insert(uint key, int target)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key);
        while (_keys[slot] != Empty)
        {
            slot = (slot + 1) & mask;
        }

        _keys[slot] = key;
        _targets[slot] = target;
    }

    /// <summary>The state reached from <paramref name="state"/> on <paramref name="c"/>, or -1 when the trie has no such edge.</summary>
    private int Next(int state, char c)
    {
        var key = Key(state, c);
        var mask = _keys.Length - 1;
        for (var slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _targets[slot];
            }

            if (found == Empty)
            {
                return -1;
            }
        }
    }

    private static void Add(List<Node> trie, string phrase, TValue value)
    {
        var state = 0;
        foreach (var c in phrase)
        {
            if (!trie[state].Next.TryGetValue(c, out var next))
            {
                next = trie.Count;
                trie.Add(new Node());
                trie[state].Next.Add(c, next);
            }

            state = next;
        }

        trie[state].Outputs.Add((phrase.Length, value));
    }

    private static void LinkFailures(List<Node> trie)
    {
        var queue = new Queue<int>();
        foreach (var child in trie[0].Next.Values)
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in trie[state].Next)
            {
                var fail = trie[state].Fail;
                int target;
                while (!trie[fail].Next.TryGetValue(c, out target) && fail != 0)
                {
                    fail = trie[fail].Fail;
                }

                trie[child].Fail = trie[fail].Next.TryGetValue(c, out target) && target != child ? target : 0;
                trie[child].Outputs.AddRange(trie[trie[child].Fail].Outputs);
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

    /// <summary>Whether this match begins inside <paramref name="other"/> and runs on past its end.</summary>
    public bool Continues(PhraseMatch<TValue> other) => Start > other.Start && Start < other.End && End > other.End;
}
