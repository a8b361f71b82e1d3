using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SiteGen.Tests.Checks;

/// <summary>An in-process Kestrel server on 127.0.0.1 (port chosen by the OS) that answers with every status the external checker must handle.</summary>
internal sealed class LinkTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _maxInFlight;

    private LinkTestServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public string Url(string path) => BaseUrl + path;

    public int Hits(string path) => _hits.TryGetValue(path, out var n) ? n : 0;

    public static async Task<LinkTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        LinkTestServer? server = null;
        app.Run(context => server!.Handle(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LinkTestServer(app, address.TrimEnd('/'));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task Handle(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var n = _hits.AddOrUpdate(path, 1, (_, v) => v + 1);
        var response = context.Response;
        switch (path)
        {
            case "/":
                await Html(response, "Home", "Welcome");
                break;
            case "/ok":
                response.ContentType = "text/plain";
                await response.WriteAsync("ok");
                break;
            case "/page":
                await Html(response, "Rules", "Access review");
                break;
            case "/moved301":
                Redirect(response, 301, "/page");
                break;
            case "/found302":
                Redirect(response, 302, "/page");
                break;
            case "/temp307":
                Redirect(response, 307, "ok");
                break;
            case "/perm308":
                Redirect(response, 308, Url("/ok"));
                break;
            case "/chain-to-404":
                Redirect(response, 301, "/missing");
                break;
            case "/loop":
                Redirect(response, 302, "/loop");
                break;
            case "/redirect-without-location":
                response.StatusCode = 302;
                break;
            case "/missing":
                response.StatusCode = 404;
                break;
            case "/gone":
                response.StatusCode = 410;
                break;
            case "/rate-limited":
                if (n == 1)
                {
                    response.StatusCode = 429;
                    response.Headers.RetryAfter = "1";
                }
                else
                {
                    response.ContentType = "text/plain";
                }

                break;
            case "/rate-limited-long":
                response.StatusCode = 429;
                response.Headers.RetryAfter = "3600";
                break;
            case "/flaky":
                response.StatusCode = n <= 2 ? 500 : 200;
                break;
            case "/always-500":
                response.StatusCode = 503;
                break;
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(3), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case "/head-405":
                response.StatusCode = HttpMethods.IsHead(context.Request.Method) ? 405 : 200;
                break;
            case "/soft-404":
                await Html(response, "Page not found", "Sorry");
                break;
            case "/soft-404-h1":
                await Html(response, "Example Corp", "The page you are looking for does not exist");
                break;
            case "/deep/old/article":
                Redirect(response, 302, "/");
                break;
            case "/bot-wall":
                response.StatusCode = 403;
                response.Headers["cf-mitigated"] = "challenge";
                break;
            case "/concurrent":
                var now = Interlocked.Increment(ref _inFlight);
                int seen;
                while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
                {
                }

                await Task.Delay(100);
                Interlocked.Decrement(ref _inFlight);
                break;
            default:
                response.StatusCode = 404;
                break;
        }
    }

    private static void Redirect(HttpResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.Headers.Location = location;
    }

    private static Task Html(HttpResponse response, string title, string h1)
    {
        response.ContentType = "text/html; charset=utf-8";
        return response.WriteAsync($"<!doctype html><html><head><title>{title}</title></head><body><h1>{h1}</h1><p>text</p></body></html>");
    }
}
