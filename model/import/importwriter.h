#pragma once

#include "core/result.h"
#include "core/user.h"
#include "import/importchannels.h"
#include "import/importpreparer.h"
#include "import/importreport.h"
#include "workflow/workflow.h"

#include <QCoreApplication>

namespace Newsdesk {

class Library;

struct ImportWriteOptions
{
    // Every article into this channel (--channel: names or slugs, "资讯/热点"); empty: where
    // the items say (ImportChannels).
    QString channelPath;
    qint64 channelId = 0; // the same by id (the Import dialog's choice); wins over channelPath
    bool submit = false; // submit what is not marked draft
    bool dryRun = false; // decide and report, write nothing
};

// Writes prepared items into a library, on the thread that owns its connection, as the person
// importing: each item in one transaction (a savepoint inside a batch's transaction) with its
// images, article, audit entry ("import", with where it came from and the old system's
// credits), submission and ledger rows (ImportSourceRepository).
//
// An item is found again by its source URL, else its file, so importing it again updates the
// article it became (through the workflow: a live article gets a staged edit); the same bytes
// as an item imported before, under any name, are that item. Unchanged bytes are left alone.
class ImportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Newsdesk::ImportWriter)

public:
    ImportWriter(Library &library, const User &user, const ImportWriteOptions &options);

    // Reads the channel tree; an error when the library has none or the channel of
    // ImportWriteOptions::channelPath does not exist.
    Status begin();
    // What happened to the item; an item that fails is rolled back alone and reported as
    // skipped with the reason.
    ImportReport::Entry write(PreparedImport &prepared);
    // Channels added (or that a dry run would add), as paths.
    const QStringList &addedChannels() const { return m_addedChannels; }

private:
    struct Found
    {
        qint64 articleId = 0;
        QString importedAt;
        bool sameBytes = false;
        QString otherItem; // the same bytes were imported from another item
    };
    Result<Found> lookUp(const PreparedImport &prepared, const QStringList &keys) const;
    Status fill(Article &article, PreparedImport &prepared, ImportReport::Entry &entry);
    Status storeImages(PreparedImport &prepared, QString &body, ImportReport::Entry &entry);
    Status record(const QStringList &keys, qint64 articleId, const QString &hash);
    QString detail(const PreparedImport &prepared) const;
    ImportReport::Entry writeOne(PreparedImport &prepared);

    Library &m_library;
    User m_user;
    ImportWriteOptions m_options;
    Workflow m_workflow;
    ImportChannels m_channels;
    QStringList m_addedChannels;
    qint64 m_channelId = 0; // from channelPath
};

} // namespace Newsdesk
