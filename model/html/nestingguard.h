#pragma once

#include <QByteArray>

namespace Newsdesk {

// A linear pre-pass over HTML bytes that keeps an HTML5 tree builder (gumbo) linear in time and
// memory whatever the input. gumbo checks element scopes by walking its stack of open elements
// and reconstructs "active formatting elements" into every new paragraph, so 10 MB of "<div>"
// takes hours, and a few unclosed <b class=…> before 100,000 "</p><p>x" take gigabytes.
//
// The guard tokenizes tags the way the HTML tokenizer does (comments, raw-text elements, quoted
// attribute values) and keeps an estimate of the tree builder's stack of open elements and of
// its list of active formatting elements, following the rules that close elements implicitly
// (p before blocks, li, dd/dt, table cells and rows, scopes). Where the estimate would go past
// MaxDepth open elements or MaxFormatting formatting elements it drops the start tag (its text
// stays); once more than ReconstructionBudget formatting elements have been reconstructed it
// closes stale formatting elements with explicit end tags. Real articles never reach these
// limits, and the guard returns such input unchanged (sharing its data).
//
// The guard only ever removes tag bytes or inserts end tags, so it cannot make input more
// dangerous: its output goes through the sanitizer like any other HTML.
class NestingGuard final
{
public:
    static constexpr int MaxDepth = 128;
    static constexpr int MaxFormatting = 12;
    static constexpr int ReconstructionBudget = 65536;

    struct Outcome
    {
        QByteArray html;
        int droppedTags = 0; // start tags dropped past the limits
        int insertedEndTags = 0;
    };

    static Outcome limit(const QByteArray &html);
};

} // namespace Newsdesk
