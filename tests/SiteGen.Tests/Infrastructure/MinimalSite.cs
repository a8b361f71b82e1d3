namespace SiteGen.Tests.Infrastructure;

/// <summary>A small valid site that exercises every page type; tests append or replace files.</summary>
internal static class MinimalSite
{
    public const string SiteYaml = """
        -- content/site.yaml --
        title: Partner KB
        description: Rules for partners.
        baseUrl: https://kb.example.org/
        programs: [alpha, beta]
        nav:
          - title: Compare
            url: /compare/
        """;

    public const string Rest = """
        -- content/topics.yaml --
        topics:
          - id: signing
            title: Who signs
          - id: toi
            title: Transfer of Information
        -- content/glossary.yaml --
        terms:
          - term: TOI
            expansion: Transfer of Information
            definition: A document that teaches support staff about a product.
            related: [VIB]
          - term: VIB
            expansion: vSphere Installation Bundle
            definition: The package format for ESXi software.
          - term: SR
            expansion: Support Request
            definition: A ticket filed with VMware support.
          - term: MD5
            expansion: Message Digest 5
            definition: A 128-bit checksum.
        -- content/rules/shared.yaml --
        rules:
          - id: toi-required
            title: Deliver a TOI
            level: must
            topic: toi
            section: "3.4.1.5"
            phase: post-release
            statement: |
              Deliver a TOI before release. See the [intro](../programs/alpha/chapters/01-intro.md#scope).
            see: [alpha-signing, "term:TOI"]
        -- content/programs/alpha/program.yaml --
        name: Alpha Program
        shortName: Alpha
        guide:
          title: Alpha Guide
          version: "1.7"
        summary: Alpha partners ship a VIB.
        facts:
          - label: Acceptance level
            value: Partner Supported
            section: "3.3.1.1"
        revisions:
          - version: "1.7"
            date: "2015-08-31"
            changes: First release.
        rules: [toi-required]
        -- content/programs/alpha/rules.yaml --
        rules:
          - id: alpha-signing
            title: VMware signs the VIB
            level: must
            topic: signing
            section: "3.2.4"
            phase: pre-release
            statement: Submit each VIB through an SR.
        -- content/programs/beta/program.yaml --
        name: Beta Program
        shortName: Beta
        guide:
          title: Beta Guide
          version: "3.0"
        summary: Beta partners ship plug-ins.
        rules: [toi-required]
        -- content/programs/beta/rules.yaml --
        rules:
          - id: beta-signing
            title: Partners sign their own software
            level: should
            topic: signing
            section: "3.3.1.5"
            phase: release
            statement: Sign the plug-in yourself.
        -- content/programs/alpha/chapters/01-intro.md --
        ---
        title: Introduction
        section: "1"
        weight: 10
        ---
        ## Scope

        The TOI covers the product. Read [the rule](/rules/toi-required/).

        ## 1.1 Overview

        Text about the guide.
        -- content/guides/howto.md --
        ---
        title: How to package
        ---
        # Packaging

        ```xml
        <Envelope/>
        ```
        -- content/about.md --
        # About

        Plain page.
        -- content/landing-page.yaml --
        section: "3.3.2.2"
        intro: What the page shows.
        fields:
          - id: md5
            label: MD5 checksum
            kind: md5
            description: The MD5 sum of the download.
            rules: [toi-required]
            detect:
              labels: [MD5]
              pattern: "[a-f0-9]{32}"
        -- content/toi.yaml --
        section: Appendix E
        sections:
          - id: prerequisites
            title: Prerequisites
            items:
              - id: prerequisites-software
                text: Software prerequisites
        session:
          - id: recorded
            text: Record the session.
        """;

    public static string Text => SiteYaml + "\n" + Rest;

    /// <summary>The minimal site with the file at <paramref name="path"/> replaced (or added).</summary>
    public static string With(string path, string content)
    {
        var files = TestSite.Parse(Text);
        files[path] = content.EndsWith('\n') ? content : content + "\n";
        return string.Concat(files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"-- {f.Key} --\n{f.Value}"));
    }
}
