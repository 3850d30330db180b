#pragma once

#include "core/result.h"
#include "core/user.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace Newsdesk {

// What an export is asked to do (the `newsdesk export` options and the Export dialog).
struct ExportOptions
{
    QString target; // a folder, or a file ending in .zip
    bool incremental = false; // rewrite only what changed since the bundle's manifest
    QString baseUrl; // overrides the site setting when not empty
    QDateTime asOf; // what is live; invalid: now
    int threads = 0; // rendering threads; 0: one per core
    bool markPublished = true; // approved articles in the bundle become published
    qint64 userId = 0; // who exports, for the audit log (0: nobody in particular)
    // The signed-in person who exports: their role must allow it (Permission::Export), and
    // they are userId. None: the local operator on the command line without --as, who can
    // publish nothing a chief editor did not approve.
    std::optional<User> user;
    // Runs before each file is written, with its path in the bundle (tests fail one on
    // purpose to check that nothing of a failed export goes live).
    std::function<Status(const QString &path)> beforeWrite;
};

// Where a running export is; reported from the exporting thread.
struct ExportProgress
{
    enum class Phase { Loading, Rendering, Committing };
    Phase phase = Phase::Loading;
    qint64 done = 0;
    qint64 total = 0; // 0 while unknown
};

// What an export did.
struct ExportSummary
{
    QString target;
    bool zip = false;
    bool incremental = false; // false also when --incremental found no usable manifest
    int articles = 0; // live articles in the bundle
    int files = 0; // files in the bundle
    int written = 0; // files new or changed
    int unchanged = 0;
    int removed = 0;
    qint64 bytesWritten = 0;
    QList<qint64> published; // approved articles this export marked published
    QStringList warnings; // e.g. no base URL: feeds and sitemap left out
    double seconds = 0;
    // Where the time went: (phase, seconds) in order, e.g. ("render", 1.9).
    QList<std::pair<QString, double>> phases;
};

} // namespace Newsdesk
