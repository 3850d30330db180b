#pragma once

#include "core/result.h"
#include "export/exportoptions.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace Newsdesk {

class Library;

// Exports a library's site as a bundle: a folder, or a .zip (see docs/export.md). Renders
// every page with the preview's Renderer, spread over the cores, and writes the bundle beside
// the target, swapping it in only when complete: any failure or a cancel leaves the previous
// bundle as it was. Deterministic: the same library gives byte-identical bundles. With
// options.incremental, the previous bundle's manifest says what changed, and only that is
// rendered and written.
class Exporter final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Exporter)

public:
    // Called from the exporting thread, often: keep it cheap.
    using ProgressCallback = std::function<void(const ExportProgress &)>;

    // Runs on the calling thread (which must own library's connection); rendering threads
    // open nothing. A cancel (cancel set to true from any thread) fails with Kind::Cancelled.
    static Result<ExportSummary> run(Library &library, const ExportOptions &options,
                                     const ProgressCallback &progress = {},
                                     const std::atomic_bool *cancel = nullptr);
};

} // namespace Newsdesk
