using System.Buffers;
using System.Globalization;
using System.Text;

namespace SiteGen.Search.Lunr;

/// <summary>
/// A compact UTF-8 JSON writer that spells strings and numbers exactly as JavaScript's
/// <c>JSON.stringify</c> does (raw non-ASCII, lowercase <c>\u00xx</c> escapes, escaped lone surrogates,
/// ECMAScript number formatting). Structure (commas, brackets) is the caller's job.
/// </summary>
internal sealed class JsJsonWriter
{
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(BuildEscapeSet());
    private static readonly byte[] HexDigits = "0123456789abcdef"u8.ToArray();

    private byte[] _buffer;
    private int _length;

    public JsJsonWriter(int initialCapacity = 1 << 16)
    {
        _buffer = new byte[Math.Max(initialCapacity, 64)];
    }

    public int Length => _length;

    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, _length);

    public void Clear() => _length = 0;

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public void Raw(byte value)
    {
        if (_length == _buffer.Length)
        {
            Grow(1);
        }

        _buffer[_length++] = value;
    }

    public void Raw(ReadOnlySpan<byte> utf8)
    {
        var span = Reserve(utf8.Length);
        utf8.CopyTo(span);
        _length += utf8.Length;
    }

    public void Int(long value)
    {
        var span = Reserve(24);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        _length += written;
    }

    /// <summary>A multiple of 0.001 (lunr's rounded vector weights): printed from its integer thousandths.</summary>
    public void Thousandths(double value)
    {
        if (!(Math.Abs(value) < 1e9))
        {
            Number(value);
            return;
        }

        var m = (long)Math.Round(value * 1000);
        if (m == 0 || m / 1000.0 != value)
        {
            Number(value);
            return;
        }

        var span = Reserve(24);
        var pos = 0;
        if (m < 0)
        {
            span[pos++] = (byte)'-';
            m = -m;
        }

        var whole = m / 1000;
        var frac = (int)(m % 1000);
        whole.TryFormat(span[pos..], out var written, default, CultureInfo.InvariantCulture);
        pos += written;
        if (frac != 0)
        {
            span[pos++] = (byte)'.';
            span[pos++] = (byte)('0' + (frac / 100));
            if (frac % 100 != 0)
            {
                span[pos++] = (byte)('0' + (frac / 10 % 10));
                if (frac % 10 != 0)
                {
                    span[pos++] = (byte)('0' + (frac % 10));
                }
            }
        }

        _length += pos;
    }

    public void Number(double value)
    {
        if (value == 0)
        {
            Raw((byte)'0');
            return;
        }

        if (double.IsFinite(value))
        {
            var span = Reserve(32);
            if (value.TryFormat(span, out var written, "R", CultureInfo.InvariantCulture)
                && span[..written].IndexOf((byte)'E') < 0)
            {
                _length += written;
                return;
            }
        }

        Ascii(JsNumber.Format(value));
    }

    public void String(ReadOnlySpan<char> value)
    {
        var maxBytes = (value.Length * 6) + 2;
        var span = Reserve(maxBytes);
        var pos = 0;
        span[pos++] = (byte)'"';
        while (!value.IsEmpty)
        {
            var stop = value.IndexOfAny(NeedsEscape);
            var plain = stop < 0 ? value : value[..stop];
            if (!plain.IsEmpty)
            {
                pos += Encoding.UTF8.GetBytes(plain, span[pos..]);
            }

            if (stop < 0)
            {
                break;
            }

            var c = value[stop];
            if (char.IsHighSurrogate(c) && stop + 1 < value.Length && char.IsLowSurrogate(value[stop + 1]))
            {
                pos += Encoding.UTF8.GetBytes(value.Slice(stop, 2), span[pos..]);
                value = value[(stop + 2)..];
                continue;
            }

            pos += Escape(c, span[pos..]);
            value = value[(stop + 1)..];
        }

        span[pos++] = (byte)'"';
        _length += pos;
    }

    private static int Escape(char c, Span<byte> destination)
    {
        destination[0] = (byte)'\\';
        switch (c)
        {
            case '"': destination[1] = (byte)'"'; return 2;
            case '\\': destination[1] = (byte)'\\'; return 2;
            case '\b': destination[1] = (byte)'b'; return 2;
            case '\f': destination[1] = (byte)'f'; return 2;
            case '\n': destination[1] = (byte)'n'; return 2;
            case '\r': destination[1] = (byte)'r'; return 2;
            case '\t': destination[1] = (byte)'t'; return 2;
        }

        destination[1] = (byte)'u';
        destination[2] = HexDigits[(c >> 12) & 0xF];
        destination[3] = HexDigits[(c >> 8) & 0xF];
        destination[4] = HexDigits[(c >> 4) & 0xF];
        destination[5] = HexDigits[c & 0xF];
        return 6;
    }

    private void Ascii(string value)
    {
        var span = Reserve(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            span[i] = (byte)value[i];
        }

        _length += value.Length;
    }

    private Span<byte> Reserve(int size)
    {
        if (_buffer.Length - _length < size)
        {
            Grow(size);
        }

        return _buffer.AsSpan(_length);
    }

    private void Grow(int size)
    {
        var newSize = Math.Max(_buffer.Length * 2, _length + size);
        Array.Resize(ref _buffer, newSize);
    }

    private static string BuildEscapeSet()
    {
        var chars = new StringBuilder();
        for (var c = 0; c < 0x20; c++)
        {
            chars.Append((char)c);
        }

        chars.Append('"').Append('\\');
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            chars.Append((char)c);
        }

        return chars.ToString();
    }
}
