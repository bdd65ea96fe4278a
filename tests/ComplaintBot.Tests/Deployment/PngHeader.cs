using System.Buffers.Binary;

namespace ComplaintBot.Tests.Deployment;

/// <summary>Width and height from a PNG's IHDR chunk.</summary>
internal static class PngHeader
{
    private static readonly byte[] _signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static (int Width, int Height) ReadSize(byte[] png)
    {
        Assert.True(png.Length >= 24 && png.AsSpan(0, 8).SequenceEqual(_signature), "not a PNG file");
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>Whether the PNG uses colour type 6 (RGBA), i.e. it can be transparent.</summary>
    public static bool HasAlpha(byte[] png) => png[25] == 6;
}
