using System.Text.Json;

namespace SiteGen.Checks.External;

/// <summary>
/// External results on disk (<c>.sitegen-cache/links.json</c>) so re-runs only re-check what expired.
/// Only successes and permanent redirects are stored; failures are always re-checked. Keys are the
/// URLs after base-URL mapping, without fragments. Written sorted, so the file is stable.
/// </summary>
internal sealed class LinkResultCache
{
    private readonly string _path;
    private readonly TimeSpan _ttl;
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private LinkResultCache(string path, TimeSpan ttl)
    {
        _path = path;
        _ttl = ttl;
    }

    public static LinkResultCache Load(string path, TimeSpan ttl, DateTimeOffset now)
    {
        var cache = new LinkResultCache(path, ttl);
        if (!File.Exists(path))
        {
            return cache;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            if (!document.RootElement.TryGetProperty("entries", out var entries))
            {
                return cache;
            }

            foreach (var property in entries.EnumerateObject())
            {
                var e = property.Value;
                var checkedAt = e.GetProperty("checked").GetDateTimeOffset();
                if (now - checkedAt > ttl || !Enum.TryParse<ExternalVerdict>(e.GetProperty("verdict").GetString(), out var verdict))
                {
                    continue;
                }

                var newUrl = e.TryGetProperty("newUrl", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                cache._entries[property.Name] = new Entry(new ExternalResult(verdict, e.GetProperty("status").GetInt32(), e.GetProperty("detail").GetString() ?? string.Empty, newUrl), checkedAt);
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            cache._entries.Clear(); // a damaged cache is only a slower run
        }

        return cache;
    }

    public bool TryGet(string url, DateTimeOffset now, out ExternalResult result)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(url, out var entry) && now - entry.Checked <= _ttl)
            {
                result = entry.Result;
                return true;
            }
        }

        result = null!;
        return false;
    }

    public void Put(string url, ExternalResult result, DateTimeOffset now)
    {
        if (result.Verdict is not (ExternalVerdict.Ok or ExternalVerdict.PermanentRedirect))
        {
            return;
        }

        lock (_gate)
        {
            _entries[url] = new Entry(result, now);
        }
    }

    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        var temp = _path + ".tmp";
        using (var stream = File.Create(temp))
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartObject("entries");
            lock (_gate)
            {
                foreach (var (url, entry) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    writer.WriteStartObject(url);
                    writer.WriteString("verdict", entry.Result.Verdict.ToString());
                    writer.WriteNumber("status", entry.Result.Status);
                    writer.WriteString("detail", entry.Result.Detail);
                    if (entry.Result.NewUrl is { } newUrl)
                    {
                        writer.WriteString("newUrl", newUrl);
                    }

                    writer.WriteString("checked", entry.Checked);
                    writer.WriteEndObject();
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        File.Move(temp, _path, overwrite: true);
    }

    private sealed record Entry(ExternalResult Result, DateTimeOffset Checked);
}
