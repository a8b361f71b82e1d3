using System.Net.Http.Headers;

namespace SiteGen.Checks.External;

/// <summary>Reads a <c>Retry-After</c> header: delta seconds or an HTTP date.</summary>
internal static class RetryAfter
{
    public static TimeSpan? From(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (headers.RetryAfter is not { } value)
        {
            return null;
        }

        if (value.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (value.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
