#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Newsdesk {

// Moving a finished export into place: all or nothing.
class BundleCommit final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::BundleCommit)

public:
    // Puts the complete bundle folder staged in place of target (absent, an empty folder, or
    // a previous bundle) in one atomic exchange of the two folders (renameat2 with
    // RENAME_EXCHANGE; two renames where the filesystem cannot exchange). On success the
    // previous bundle is at staged's path, for the caller to delete.
    static Status swapFolder(const QString &staged, const QString &target);

    // Applies an incremental export to the bundle folder target: each path in changed moves
    // from staged into target (replacing the file there), each path in removed leaves target,
    // and folders left empty go. Replaced and removed files wait in backup (a folder beside
    // target, same filesystem) until all moves are done; on any failure every move is undone
    // and target is as it was. changed is applied in order: put manifest.json last.
    static Status applyChanges(const QString &staged, const QString &target,
                               const QStringList &changed, const QStringList &removed,
                               const QString &backup);

    // Deletes a folder and everything in it (a replaced bundle, a staging folder).
    static void removeTree(const QString &path);
};

} // namespace Newsdesk
