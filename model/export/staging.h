#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <functional>

namespace Newsdesk {

// A hidden folder beside an export's target (so moving it into place is a rename on the same
// filesystem, never a copy) where the export writes its files before any goes live. Removed
// with everything in it when destroyed, unless release()d after it was moved into place.
class Staging final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::Staging)

public:
    // target: the bundle folder or .zip file the staging folder is for.
    static Result<std::unique_ptr<Staging>> create(const QString &target);
    ~Staging();
    Q_DISABLE_COPY_MOVE(Staging)

    const QString &root() const { return m_root; }
    QString filePath(const QString &relativePath) const { return m_root + u'/' + relativePath; }

    // Writes bytes at a path relative to the root, making its folders. Safe to call from
    // several threads at once. The error names the file and the system's reason.
    Status write(const QString &relativePath, QByteArrayView bytes) const;
    // A check run before each write (tests force a failure mid-export with it).
    void setBeforeWrite(std::function<Status(const QString &)> check)
    {
        m_beforeWrite = std::move(check);
    }

    void release() { m_dir.setAutoRemove(false); }

    // The system's reason for errno, for messages ("No space left on device").
    static QString reason(int error);
    // Makes the folders of path that do not exist; appends them to created (outermost first).
    static Status makePath(const QString &path, QStringList *created = nullptr);

private:
    explicit Staging(const QString &templatePath);

    QTemporaryDir m_dir;
    QString m_root;
    std::function<Status(const QString &)> m_beforeWrite;
};

} // namespace Newsdesk
